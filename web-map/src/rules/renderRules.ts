import type { EnrolmentRules } from '../api/YearData';
import type { ZonedStage } from '../DistrictMap';
import { t } from '../i18n/t';
import { day, el, phoneLink, textList } from '../page/el';
import { phaseStates } from './phaseStates';

/** The timetable as a table; today's phase is marked in words (and, for sighted readers, colour). */
function timetable(rules: EnrolmentRules, today: string): HTMLElement {
  const states = phaseStates(rules.timetable, today);
  const rows = rules.timetable.map((phase, i) => {
    const state = states[i] ?? 'LATER';
    const dates = phase.startsOn === phase.endsOn ? phase.startsOn : `${phase.startsOn} – ${phase.endsOn}`;
    return el(
      'tr',
      { className: `phase-${state.toLowerCase()}`, attrs: state === 'NOW' ? { 'aria-current': 'date' } : {} },
      el('th', { attrs: { scope: 'row' } }, phase.phase),
      el('td', {}, dates),
      el('td', {}, state === 'NOW' ? el('strong', {}, t('phase.NOW')) : t(`phase.${state}`)),
    );
  });
  return el(
    'table',
    { className: 'timetable' },
    el('caption', {}, t('rules.timetable')),
    el('thead', {}, el('tr', {}, ...(['phase.col.phase', 'phase.col.dates', 'phase.col.state'] as const).map((k) => el('th', { attrs: { scope: 'col' } }, t(k))))),
    el('tbody', {}, ...rows),
  );
}

function block(heading: string, content: HTMLElement | null): HTMLElement | null {
  return content ? el('div', { className: 'rules-block' }, el('h4', {}, heading), content) : null;
}

/** Long text (the document body, its interpretation) kept folded, one paragraph per line. */
function folded(summary: string, text: string | null): HTMLElement | null {
  if (!text) return null;
  return el('details', { className: 'document-text' }, el('summary', {}, summary), ...text.split('\n').map((line) => el('p', {}, line)));
}

/** A link to where the bureau published a document; only https (the API refuses anything else, and so does the page). */
function publishedLink(label: string, url: string | null): HTMLElement | null {
  if (!url || !url.startsWith('https://')) return null;
  return el('p', {}, el('a', { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, label));
}

/**
 * A stage's enrolment rules for the year: timetable with today's phase, admission method, eligibility
 * and papers (separately for 随迁子女), the source document with its full text and interpretation.
 */
export function renderRules(stage: ZonedStage, year: number, rules: EnrolmentRules | null, today: string): HTMLElement {
  const stageName = t(`stage.${stage}`);
  const section = el('section', { className: 'rules', attrs: { 'data-stage': stage } }, el('h3', {}, t('rules.heading', { year, stage: stageName })));
  if (!rules) {
    section.append(el('p', { className: 'muted' }, t('rules.none', { year, stage: stageName })));
    return section;
  }
  const source = [rules.title, rules.documentNumber, rules.issuedOn ? t('rules.issued', { date: rules.issuedOn }) : null].filter(Boolean).join(' · ');
  section.append(
    ...[
      rules.status === 'SUPERSEDED' ? el('p', { className: 'notice notice-warning' }, t('rules.superseded')) : null,
      timetable(rules, today),
      block(t('rules.method'), el('p', {}, rules.admissionMethod)),
      block(t('rules.eligibility'), textList(rules.eligibility)),
      block(t('rules.papers'), textList(rules.papers, false, 'checklist')),
      block(t('rules.migrantEligibility'), textList(rules.migrantEligibility)),
      block(t('rules.migrantPapers'), textList(rules.migrantPapers, false, 'checklist')),
      block(
        t('rules.document'),
        el(
          'div',
          {},
          el('p', {}, source),
          el('p', { className: 'muted' }, t('rules.published', { version: rules.version, date: day(rules.publishedAt) })),
          publishedLink(t('rules.sourceLink'), rules.sourceUrl),
          publishedLink(t('rules.interpretationLink'), rules.interpretationUrl),
          folded(t('rules.body'), rules.body),
          folded(t('rules.interpretation'), rules.interpretation),
        ),
      ),
      contacts(rules),
    ].filter((n): n is HTMLElement => n !== null),
  );
  return section;
}

function contacts(rules: EnrolmentRules): HTMLElement {
  const line = (text: string, link: HTMLElement | null) => el('li', {}, text, link);
  const [consultation, supervision] = [t('rules.consultation', { phone: '' }), t('rules.supervision', { phone: '' })];
  return el(
    'ul',
    { className: 'contacts' },
    rules.consultationPhone ? line(consultation, phoneLink(rules.consultationPhone)) : null,
    rules.supervisionPhone ? line(supervision, phoneLink(rules.supervisionPhone)) : null,
    rules.petitionAddress ? el('li', {}, t('rules.petition', { address: rules.petitionAddress })) : null,
  );
}
