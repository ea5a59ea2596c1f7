import type { ExclusionRule, IncludeRule, RuleZone } from './AddressRule';
import type { ParsedAddress } from './parseAddress';
import { RuleIndex, type IndexedRule } from './RuleIndex';
import { ruleIncludes } from './ruleIncludes';
import { ruleKeys } from './ruleKeys';

/** A zone that claims an address, with the first of its rules (in published order) that includes it. */
export interface ZoneClaim {
  zone: { key: string; name: string };
  rule: IncludeRule;
}

/** A zone whose rules include the address but whose exclusion removes it, with that exclusion. */
export interface ZoneExclusion {
  zone: { key: string; name: string };
  rule: ExclusionRule;
}

export interface RuleMatch {
  /** Every zone that claims the address, in the order the zones were given. */
  claims: ZoneClaim[];
  /** True when more than one zone claims it (a shared or overlapping claim: show all, decide none). */
  shared: boolean;
  /** Zones that would claim it but for one of their exclusions. */
  excluded: ZoneExclusion[];
}

const indexes = new WeakMap<readonly RuleZone[], RuleIndex>();

/**
 * The zones whose rules include the address and no exclusion of the same zone removes, each with
 * the rule that matched. Looks only at rules filed under the address's road, place and 街道/镇.
 * Pass a RuleIndex, or the zones array (its index is built once and kept while the array lives).
 *
 * @example matchAddress(parseAddress('雁城路71号'), zones) // { claims: [{ zone: { key: '雁城小学', … }, rule: { text: '雁城路（不含雁城路1-70号）', … } }], shared: false, excluded: [] }
 */
export function matchAddress(address: ParsedAddress, zones: RuleIndex | readonly RuleZone[]): RuleMatch {
  const index = zones instanceof RuleIndex ? zones : indexFor(zones);
  const keys = addressKeys(address);
  const best = new Map<number, IndexedRule<IncludeRule>>();
  for (const key of keys) {
    for (const filed of index.includes.get(key) ?? []) {
      const known = best.get(filed.zone);
      if (known && known.order <= filed.order) continue;
      if (ruleIncludes(filed.rule, address)) best.set(filed.zone, filed);
    }
  }
  const removedBy = new Map<number, ExclusionRule>();
  if (best.size) {
    for (const key of keys) {
      for (const filed of index.exclusions.get(key) ?? []) {
        if (best.has(filed.zone) && !removedBy.has(filed.zone) && ruleIncludes(filed.rule.of, address)) removedBy.set(filed.zone, filed.rule);
      }
    }
  }
  const zoneOf = (z: number) => ({ key: index.zones[z]!.key, name: index.zones[z]!.name });
  const order = [...best.keys()].sort((a, b) => a - b);
  const claims = order.filter((z) => !removedBy.has(z)).map((z) => ({ zone: zoneOf(z), rule: best.get(z)!.rule }));
  const excluded = order.filter((z) => removedBy.has(z)).map((z) => ({ zone: zoneOf(z), rule: removedBy.get(z)! }));
  return { claims, shared: claims.length > 1, excluded };
}

function indexFor(zones: readonly RuleZone[]): RuleIndex {
  let index = indexes.get(zones);
  if (!index) indexes.set(zones, (index = new RuleIndex(zones)));
  return index;
}

/** The index keys an address can be found under, as RuleIndex.keysOf files rules. */
function addressKeys(address: ParsedAddress): string[] {
  const keys: string[] = [];
  if (address.road) keys.push(`road:${address.road}`);
  if (address.place) keys.push(`place:${ruleKeys.place(address.place)}`);
  if (address.subdistrict) keys.push(`unit:${ruleKeys.unit(address.subdistrict)}`);
  if (address.subdistrictCode) keys.push(`code:${address.subdistrictCode}`);
  return keys;
}
