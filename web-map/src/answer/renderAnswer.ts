import { ZONED_STAGES } from '../DistrictMap';
import { language, t } from '../i18n/t';
import { day, el } from '../page/el';
import { renderRules } from '../rules/renderRules';
import { describeMatch } from '../search/describeMatch';
import type { AnswerView } from './AnswerView';
import type { StageAnswer } from './decideStageAnswer';
import { bureauContacts, renderStageAnswer } from './renderStageAnswer';

/** One line per stage for the live region and the print slip, e.g. "小学：实验小学学区；初中：…". */
export function summarise(view: AnswerView): string {
  const one = (answer: StageAnswer) => {
    switch (answer.kind) {
      case 'ZONE': return answer.zone.name;
      case 'NEAR_BOUNDARY': return answer.candidates.map((z) => z.name).join(' / ');
      case 'NO_ZONE': return t('none.notice', { stage: '' });
      case 'UNKNOWN': return '—';
    }
  };
  const [colon, semicolon] = language() === 'en' ? [': ', '; '] : ['：', '；'];
  return ZONED_STAGES.map((stage) => `${t(`stage.${stage}`)}${colon}${one(view.stages[stage])}`).join(semicolon);
}

/** When the shown data was published: the zones' and the rules' publication dates, for the slip. */
function dataTimes(view: AnswerView): { zones: string; rules: string } {
  const zones = ZONED_STAGES.flatMap((s) => view.yearData.zones[s].map((z) => z.publishedAt ?? '')).sort().at(-1);
  const rules = ZONED_STAGES.map((s) => view.yearData.rules[s]?.publishedAt ?? '').sort().at(-1);
  return { zones: day(zones || null), rules: day(rules || null) };
}

/** The print-only header of the result slip: what, when, and where to verify it. */
function slip(view: AnswerView, url: string): HTMLElement {
  const phone = view.contact?.enquiryPhone ?? view.yearData.rules.PRIMARY?.consultationPhone ?? '—';
  return el(
    'div',
    { className: 'print-only slip' },
    el('p', { className: 'slip-heading' }, t('slip.heading')),
    el('p', {}, summarise(view)),
    el('p', {}, t('slip.data', dataTimes(view))),
    el('p', {}, t('slip.printed', { time: new Date().toLocaleString(document.documentElement.lang) })),
    el('p', {}, t('slip.verify', { phone, url })),
  );
}

/** What the place was matched to, under the place (one grid row on the slip), with the entry, number and side as data for tests and scripts. */
function matchedLine(view: AnswerView): HTMLElement | null {
  const c = view.matched;
  if (!c) return null;
  const attrs: Record<string, string> = { 'data-kind': c.kind, 'data-match': c.match };
  if (c.id) attrs['data-entry'] = c.id;
  if (c.houseNumber !== null) attrs['data-house-number'] = String(c.houseNumber);
  if (c.parity) attrs['data-parity'] = c.parity;
  return el('span', { className: 'matched', attrs }, describeMatch(c));
}

/** Fills the answer panel: the place, year notes, then per stage the answer and that year's rules. */
export function renderAnswer(container: HTMLElement, view: AnswerView, url: string): void {
  const year = view.yearData.year;
  const sample = ZONED_STAGES.some((s) => view.yearData.zones[s].some((z) => z.sampleData));
  container.replaceChildren(
    ...[
      slip(view, url),
      el('p', { className: 'place' }, t('answer.place', { place: view.place }), sample ? el('span', { className: 'tag' }, t('sample.tag')) : null, matchedLine(view)),
      view.republished ? el('p', { className: 'notice notice-warning republished-note' }, t('zone.republished')) : null,
      view.newerYear !== null ? el('p', { className: 'notice notice-warning superseded-note' }, t('year.older', { year, latest: view.newerYear })) : null,
      ...ZONED_STAGES.map((stage) => renderStageAnswer(stage, view)),
      ...ZONED_STAGES.map((stage) => renderRules(stage, year, view.yearData.rules[stage], view.today)),
      view.stages.PRIMARY.kind === 'ZONE' && view.stages.JUNIOR.kind === 'ZONE' ? el('div', { className: 'no-print' }, bureauContacts(view, 'PRIMARY')) : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
}
