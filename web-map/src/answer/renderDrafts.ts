import type { AddressCandidate } from '../api/geocodeAddress';
import type { DraftAnswer } from '../api/locateHome';
import { ZONED_STAGES, type ZonedStage } from '../DistrictMap';
import { t, tNodes } from '../i18n/t';
import { dataText, el } from '../page/el';

/** Zone names as one data span (Chinese in either language), joined with the page's list separator. */
const names = (list: { name: string }[]) => dataText(list.map((z) => z.name).join(t('sep.list')));

/** What one draft would do here, in the page's language, from the answer's fields (the service's `summary` is Chinese only). */
function draftSentence(draft: DraftAnswer): (string | Node)[] {
  const proposed = draft.matches.map((m) => m.catchment);
  if (!draft.moves) return tNodes('draft.stays', { zone: names(draft.current) });
  if (!draft.current.length) return tNodes('draft.into', { to: names(proposed) });
  if (!proposed.length) return tNodes('draft.out', { from: names(draft.current) });
  return tNodes('draft.moves', { from: names(draft.current), to: names(proposed) });
}

/**
 * The drafts out for public comment (征求意见稿) at this home, one block apart from the answer in force
 * (`section.draft-answer`, printed with its label): what each would change, until when comments are taken,
 * and the consultation to comment on (the page has no consultation page of its own: its id). Null when none.
 */
export function renderDrafts(drafts: Record<ZonedStage, DraftAnswer[]>): HTMLElement | null {
  const items = ZONED_STAGES.flatMap((stage) => drafts[stage].map((draft) => ({ stage, draft })));
  if (!items.length) return null;
  return el(
    'section',
    { className: 'draft-answer', attrs: { 'aria-label': t('draft.heading') } },
    el('h3', {}, t('draft.heading'), ' ', el('span', { className: 'tag' }, t('draft.notInForce'))),
    ...items.map(({ stage, draft }) =>
      el(
        'div',
        { className: 'draft', attrs: { 'data-stage': stage, 'data-moves': String(draft.moves), 'data-consultation': draft.consultationId } },
        el('p', { className: 'draft-summary' }, t(`stage.${stage}`), t('sep.colon'), ...draftSentence(draft)),
        draft.byAddress?.claims.length
          ? el('p', { className: 'draft-rules' }, ...tNodes('draft.byAddress', { rules: dataText(draft.byAddress.claims.map((c) => `${c.rule.text} → ${c.catchment.name}`).join(t('sep.list'))) }))
          : null,
        el('p', { className: 'draft-comment' }, t('draft.comment', { closesOn: draft.closesOn, id: draft.consultationId })),
      ),
    ),
  );
}

/** The line under a stage's answer when the address's zone changed from the district's previous published year (`p.year-change`); else null. */
export function renderYearChange(candidate: AddressCandidate | null, stage: ZonedStage): HTMLElement | null {
  const change = candidate?.yearChanges?.find((c) => c.stage === stage && c.changed);
  if (!change) return null;
  return el(
    'p',
    { className: 'notice year-change', attrs: { 'data-stage': stage } },
    ...tNodes('yearChange.line', { fromYear: change.fromYear, from: names(change.from), toYear: change.toYear, to: names(change.to) }),
  );
}
