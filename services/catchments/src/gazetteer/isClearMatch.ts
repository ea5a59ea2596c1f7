/** How a candidate matched the text (see GazetteerIndex.search and schema.graphql `GeocodeMatch`). */
export type GeocodeMatch = 'NAME' | 'NAME_IN_TEXT' | 'SIMILAR_NAME' | 'NUMBER_IN_RANGE' | 'NUMBER_OUTSIDE_RANGE' | 'STREET_WITHOUT_NUMBER' | 'EXTERNAL';

/** A runner-up scoring at least this means the text could name two places: ask, don't answer. */
export const RUNNER_UP_BELOW = 0.8;

/**
 * The rule for answering without asking: the best candidate is exact and nothing else comes close.
 * Exact means score 1 by NAME (the normalised text is the entry's name or an alias) or by
 * NUMBER_IN_RANGE (the street written exactly, with 号, and the number inside one range of the right
 * parity). Nothing close means the runner-up scores below RUNNER_UP_BELOW (0.8): a second exact
 * candidate (two ranges holding the number) or a name inside the text (建设路16号幸福华庭: street and
 * compound) makes the parent choose. Every near miss (no 号, a typo, a number past the ranges, a
 * sentence, an alias inside a longer name) scores below 1 and is offered, never answered.
 *
 * @example isClearMatch([{ score: 1, match: 'NUMBER_IN_RANGE' }]) // true
 * @example isClearMatch([{ score: 0.875, match: 'NAME_IN_TEXT' }]) // false: 幸福小区 is not 幸福华庭
 */
export function isClearMatch(candidates: readonly { score: number; match: GeocodeMatch }[]): boolean {
  const [best, next] = candidates;
  if (!best || best.score < 1) return false;
  if (best.match !== 'NAME' && best.match !== 'NUMBER_IN_RANGE') return false;
  return (next?.score ?? 0) < RUNNER_UP_BELOW;
}
