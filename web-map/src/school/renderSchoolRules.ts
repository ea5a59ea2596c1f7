import { t } from '../i18n/t';
import { dataText, el, phoneLink } from '../page/el';
import { renderVersion, type ComparedField } from './renderVersion';
import type { SchoolPage } from './SchoolPage';

const FIELDS: ComparedField[] = [
  { key: 'rules', label: 'field.rules' },
  { key: 'papers', label: 'field.papers' },
  { key: 'notes', label: 'field.notes' },
  { key: 'consultationPhone', label: 'field.consultationPhone' },
];

/** The school's own rules (校级招生细则, its 招生办法) in force for the year, per stage. */
export function renderSchoolRules(page: SchoolPage): HTMLElement {
  const rules = page.school.schoolRules;
  return el(
    'section',
    { className: 'school-section', attrs: { 'data-section': 'school-rules' } },
    el('h4', {}, t('schoolPage.schoolRules')),
    ...(rules.length
      ? rules.map((r) =>
          el(
            'div',
            { className: 'school-rules', attrs: { 'data-record-id': r.id } },
            el('h5', {}, t('schoolPage.schoolRulesOf', { year: r.year, stage: t(`stage.${r.stage}`) })),
            r.rules.length ? el('ol', {}, ...r.rules.map((rule) => el('li', {}, dataText(rule)))) : null,
            r.papers.length ? el('p', {}, t('schoolPage.papers')) : null,
            r.papers.length ? el('ul', {}, ...r.papers.map((paper) => el('li', {}, dataText(paper)))) : null,
            r.notes ? el('p', {}, t('schoolPage.notes', { notes: r.notes })) : null,
            r.consultationPhone ? el('p', {}, t('schoolPage.consultation'), phoneLink(r.consultationPhone)) : null,
            renderVersion(r, page.previous.get(r.id), FIELDS, r as never),
          ),
        )
      : [el('p', { className: 'muted' }, t('schoolPage.schoolRulesNone', { year: page.year }))]),
  );
}
