import { matchAddress, RuleIndex, type ExclusionRule, type IncludeRule, type ParsedAddress } from '../rules';
import type { Stage, ZoneDraft } from './Zone';

/** What the rule-matcher needs of a zone: its id, where and when it applies, and its rules. */
export type RuleZoneOf = Pick<ZoneDraft, 'name' | 'rules'> & { id: string; districtCode: string; year: number; stage: Stage };

export interface AddressClaims<Z> {
  /** The form of the address the answer is for (the gazetteer's name, when that one matched). */
  address: ParsedAddress;
  /** Every zone in scope whose rules include the address and none of whose exclusions removes it, with the first rule that does. */
  claims: { zone: Z; rule: IncludeRule }[];
  /** True when more than one zone claims it: all are returned, none is chosen. */
  shared: boolean;
  /** Zones in scope that would claim it but for one of their exclusions, with that exclusion. */
  excluded: { zone: Z; rule: ExclusionRule }[];
}

/** A RuleIndex over the zones that have rules, keyed by zone id. */
export function indexZoneRules(zones: readonly RuleZoneOf[]): RuleIndex {
  return new RuleIndex(zones.filter((zone) => zone.rules?.length).map((zone) => ({ key: zone.id, name: zone.name, rules: zone.rules! })));
}

/**
 * The zones of one district (its year, or each stage's latest year, and the stage if given) whose
 * address rules claim the address. Several forms of the address may be given (the gazetteer's
 * canonical name first, then the text as typed): the first one any zone claims or excludes answers.
 *
 * @example claimZonesByAddress([parseAddress('雁城路71号')], index, byId, { districtCode: '370812', year: 2026, stage: 'PRIMARY', latest }) // { claims: [{ zone: 雁城小学, rule: { text: '雁城路（不含雁城路1-70号）' } }], shared: false, … }
 */
export function claimZonesByAddress<Z extends RuleZoneOf>(
  forms: readonly ParsedAddress[],
  index: RuleIndex,
  zoneById: ReadonlyMap<string, Z>,
  scope: { districtCode: string; year: number | null; stage: Stage | null; latest: (districtCode: string, stage: Stage) => number | null },
): AddressClaims<Z> {
  const inScope = (id: string): Z | null => {
    const zone = zoneById.get(id);
    if (!zone || zone.districtCode !== scope.districtCode || (scope.stage && zone.stage !== scope.stage)) return null;
    return zone.year === (scope.year ?? scope.latest(zone.districtCode, zone.stage)) ? zone : null;
  };
  let first: AddressClaims<Z> | null = null;
  for (const address of forms) {
    const match = matchAddress(address, index);
    const claims = match.claims.flatMap((c) => (inScope(c.zone.key) ? [{ zone: inScope(c.zone.key)!, rule: c.rule }] : []));
    const excluded = match.excluded.flatMap((e) => (inScope(e.zone.key) ? [{ zone: inScope(e.zone.key)!, rule: e.rule }] : []));
    const answer = { address, claims, shared: claims.length > 1, excluded };
    if (claims.length || excluded.length) return answer;
    first ??= answer;
  }
  return first ?? { address: forms[0]!, claims: [], shared: false, excluded: [] };
}
