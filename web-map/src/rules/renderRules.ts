import type { EnrolmentRules, RulesDate } from '../api/YearData';
import type { ZonedStage } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText, day, el, phoneLink, textList } from '../page/el';
import { isPhone } from '../page/isPhone';
import { offSeason, type OffSeason } from './offSeason';
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
      el('th', { attrs: { scope: 'row' } }, dataText(phase.phase)),
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

/**
 * One section of the rules that opens and closes (native details/summary: keyboard and screen readers
 * get it for free). Open on a desktop, where there is room; closed on a phone, so the timetable, papers
 * and 随迁子女 are each one tap away instead of screens down.
 */
function block(name: string, heading: string, ...content: (HTMLElement | null)[]): HTMLElement | null {
  const shown = content.filter((c): c is HTMLElement => c !== null);
  if (!shown.length) return null;
  const details = el('details', { className: 'rules-block', attrs: { 'data-section': name } }, el('summary', {}, el('h4', {}, heading)), ...shown);
  details.open = !isPhone();
  return details;
}

/** Long text (the document body, its interpretation) kept folded, one paragraph per line. */
function folded(summary: string, text: string | null): HTMLElement | null {
  if (!text) return null;
  return el('details', { className: 'document-text' }, el('summary', {}, summary), ...text.split('\n').map((line) => el('p', {}, dataText(line))));
}

/** A link to where the bureau published a document; only https (the API refuses anything else, and so does the page). */
function publishedLink(label: string, url: string | null): HTMLElement | null {
  if (!url || !url.startsWith('https://')) return null;
  return el('p', {}, el('a', { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, label));
}

/** Off-season: the year's procedure is over; when next year's rules are expected, only as far as the data says. */
function offSeasonNotice(year: number, stageName: string, off: OffSeason): HTMLElement {
  const next = off.next;
  const expected =
    next.kind === 'PUBLISHED'
      ? t('rules.next.published', { year: next.year, date: next.date })
      : next.kind === 'USUALLY'
        ? t('rules.next.usually', { year: next.year, month: next.month, first: next.years[0], second: next.years[1] })
        : t('rules.next.notYet', { year: next.year, last: year, date: next.lastPublished });
  return el(
    'p',
    { className: 'notice off-season', attrs: { 'data-next': next.kind } },
    t('rules.offSeason', { year, stage: stageName, date: off.endedOn }),
    ' ',
    expected,
  );
}

/**
 * A stage's enrolment rules for the year: timetable with today's phase, admission method, eligibility
 * and papers, the same for 随迁子女, the source document with its full text and interpretation, each a
 * section that opens. Off-season (the timetable is over) the rules are marked 上一年度 and a notice says
 * when next year's are expected.
 */
export function renderRules(stage: ZonedStage, year: number, rules: EnrolmentRules | null, today: string, calendar: { previous: RulesDate | null; next: RulesDate | null }): HTMLElement {
  const stageName = t(`stage.${stage}`);
  const off = offSeason(rules, calendar, today);
  const heading = el('h3', {}, t('rules.heading', { year, stage: stageName }), off ? el('span', { className: 'tag tag-last-season' }, t('rules.lastSeason')) : null);
  const section = el('section', { className: 'rules', attrs: { 'data-stage': stage, 'data-season': off ? 'over' : 'current' } }, heading);
  if (!rules) {
    section.append(el('p', { className: 'muted' }, t('rules.none', { year, stage: stageName })));
    return section;
  }
  const source = [rules.title, rules.documentNumber, rules.issuedOn ? t('rules.issued', { date: rules.issuedOn }) : null].filter(Boolean).join(' · ');
  section.append(
    ...[
      off ? offSeasonNotice(year, stageName, off) : null,
      rules.status === 'SUPERSEDED' ? el('p', { className: 'notice notice-warning' }, t('rules.superseded')) : null,
      block('timetable', t('rules.timetable'), timetable(rules, today)),
      block('method', t('rules.method'), el('p', {}, dataText(rules.admissionMethod))),
      block('eligibility', t('rules.eligibility'), textList(rules.eligibility)),
      block('papers', t('rules.papers'), textList(rules.papers, false, 'checklist')),
      block(
        'migrant',
        t('rules.migrant'),
        rules.migrantEligibility.length ? el('h5', {}, t('rules.migrantEligibility')) : null,
        textList(rules.migrantEligibility),
        rules.migrantPapers.length ? el('h5', {}, t('rules.migrantPapers')) : null,
        textList(rules.migrantPapers, false, 'checklist'),
      ),
      block(
        'document',
        t('rules.document'),
        el('p', {}, dataText(source)),
        el('p', { className: 'muted' }, t('rules.published', { version: rules.version, date: day(rules.publishedAt) })),
        publishedLink(t('rules.sourceLink'), rules.sourceUrl),
        publishedLink(t('rules.interpretationLink'), rules.interpretationUrl),
        folded(t('rules.body'), rules.body),
        folded(t('rules.interpretation'), rules.interpretation),
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
    rules.petitionAddress ? el('li', {}, ...tNodes('rules.petition', { address: dataText(rules.petitionAddress) })) : null,
  );
}
