import { language, t } from '../i18n/t';
import { dataText, el, phoneLink, webLink } from '../page/el';
import { renderFigures, renderPlans } from './renderFigures';
import { renderNamedLists } from './renderNamedLists';
import { renderPolicyDocuments } from './renderPolicyDocuments';
import { renderRecords } from './renderRecords';
import { renderSchoolRules } from './renderSchoolRules';
import { renderSchoolZones, type MatchedRule } from './renderSchoolZones';
import { renderTransfers } from './renderTransfers';
import type { SchoolPage } from './SchoolPage';
import type { SchoolPageContext } from './SchoolPageContext';
import { schoolRecords } from './schoolRecords';

/** One labelled line; "not published" rather than a blank. */
function field(label: string, value: Node | string | null | undefined): HTMLElement[] {
  return [el('dt', {}, label), el('dd', {}, value ?? el('span', { className: 'muted' }, t('school.none')))];
}

/** Address, the school's phones (enquiry, supervision), petition address, website, and the bureau's supervision phone. */
function renderContacts(page: SchoolPage, context: SchoolPageContext): HTMLElement {
  const { school } = page;
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'contacts' } },
    el('h4', {}, t('schoolPage.contacts')),
    el(
      'dl',
      {},
      ...field(t('school.address'), dataText(school.address)),
      ...field(t('school.enquiry'), phoneLink(school.enquiryPhone)),
      ...field(t('school.supervision'), phoneLink(school.supervisionPhone)),
      ...field(t('school.petition'), school.petitionAddress ? dataText(school.petitionAddress) : null),
      ...field(t('schoolPage.website'), webLink(school.website)),
      ...(context.bureau?.supervisionPhone ? field(t('schoolPage.bureauSupervision'), phoneLink(context.bureau.supervisionPhone)) : []),
    ),
  );
}

/**
 * Everything published about one school, in the answer panel: name and kind, contacts, the zones it
 * serves, plans, figures (explanations, cited documents, corrections), its own rules, transfers per
 * term, named lists (masked), the policy documents, and every record's hash with 核验.
 */
export function renderSchoolPage(container: HTMLElement, page: SchoolPage, context: SchoolPageContext, matched: { rules: readonly MatchedRule[]; address: string | null }): void {
  const { school } = page;
  const sample = school.sampleData ? el('span', { className: 'tag' }, t('sample.tag')) : null;
  container.replaceChildren(
    el(
      'section',
      // `school-choice` and `data-school`: what a school chosen in the search has always been marked with (search browser test).
      { className: 'school-page school-choice', attrs: { 'data-school-id': school.id, 'data-school': school.id, 'data-state': 'school' } },
      el('h3', { className: 'school-title' }, dataText(school.name), ' ', sample),
      el('p', {}, `${school.stages.map((s) => t(`stage.${s}`)).join(language() === 'en' ? ', ' : '、')} · ${t(`ownership.${school.ownership}`)}`),
      school.status === 'OPEN' ? null : el('p', { className: 'notice notice-warning' }, t(`schoolPage.${school.status}`)),
      el('p', { className: 'notice' }, t('school.notHome')),
      renderContacts(page, context),
      renderSchoolZones(page, context, matched.rules, matched.address),
      renderPlans(page),
      renderFigures(page, context),
      renderSchoolRules(page),
      renderTransfers(page),
      renderNamedLists(page),
      renderPolicyDocuments(page),
      renderRecords(context, schoolRecords(page)),
    ),
  );
}
