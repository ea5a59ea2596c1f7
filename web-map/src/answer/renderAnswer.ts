import { ZONED_STAGES } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText, el } from '../page/el';
import { renderRules } from '../rules/renderRules';
import { describeMatch } from '../search/describeMatch';
import type { AnswerView } from './AnswerView';
import type { StageAnswer } from './decideStageAnswer';
import { bureauContacts, renderStageAnswer } from './renderStageAnswer';
import { renderSlip } from './renderSlip';
import { renderDrafts, renderYearChange } from './renderDrafts';

/** One line per stage for the live region and the print slip, e.g. "小学：实验小学学区；初中：…" (zone names marked as data). */
export function summarise(view: AnswerView): HTMLElement {
  const one = (answer: StageAnswer): (string | Node)[] => {
    switch (answer.kind) {
      case 'ZONE': return [dataText(answer.zone.name)];
      case 'NEAR_BOUNDARY': return [dataText(answer.candidates.map((z) => z.name).join(' / '))];
      case 'NO_ZONE': return [t('none.notice', { stage: '' })];
      case 'UNKNOWN': return ['—'];
    }
  };
  return el(
    'span',
    { className: 'summary' },
    ...ZONED_STAGES.flatMap((stage, i) => [i ? t('sep.clause') : '', t(`stage.${stage}`), t('sep.colon'), ...one(view.stages[stage])]),
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
  return el('span', { className: 'matched', attrs }, ...describeMatch(c, dataText));
}

/** Fills the answer panel: the place, year notes, then per stage the answer and that year's rules. */
export function renderAnswer(container: HTMLElement, view: AnswerView, url: string): void {
  const year = view.yearData.year;
  const sample = ZONED_STAGES.some((s) => view.yearData.zones[s].some((z) => z.sampleData));
  // An address is data (Chinese); coordinates are the page's own words.
  const place = view.matched ? dataText(view.place) : view.place;
  container.replaceChildren(
    ...[
      renderSlip({ yearData: view.yearData, contact: view.contact, url, summary: summarise(view), withRecords: true }),
      el('p', { className: 'place' }, el('span', { className: 'place-text' }, ...tNodes('answer.place', { place })), sample ? el('span', { className: 'tag' }, t('sample.tag')) : null, matchedLine(view)),
      view.republished ? el('p', { className: 'notice notice-warning republished-note' }, t('zone.republished')) : null,
      view.newerYear !== null ? el('p', { className: 'notice notice-warning superseded-note' }, t('year.older', { year, latest: view.newerYear })) : null,
      ...ZONED_STAGES.map((stage) => renderStageAnswer(stage, view, renderYearChange(view.matched, stage))),
      renderDrafts(view.drafts),
      ...ZONED_STAGES.map((stage) => renderRules(stage, year, view.yearData.rules[stage], view.today, view.yearData.rulesCalendar[stage])),
      view.stages.PRIMARY.kind === 'ZONE' && view.stages.JUNIOR.kind === 'ZONE' ? el('div', { className: 'no-print' }, bureauContacts(view, 'PRIMARY')) : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
}
