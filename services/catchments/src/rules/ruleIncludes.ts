import { rangeHolds } from '../gazetteer';
import type { IncludeRule, NumberRange, NumberSpan } from './AddressRule';
import type { ParsedAddress } from './parseAddress';
import { ruleKeys } from './ruleKeys';

/**
 * True when the rule covers the address. The caller has already matched the road, place or unit
 * by key (RuleIndex); this checks numbers and scope. A rule that constrains a number the address
 * lacks (鄰 of a 里, 号 of a road range) does not cover it: "maybe" is never "yes".
 * 号 and 弄 are separate sequences: 中山路1-99号 does not cover 中山路5弄, nor 中山路100弄5号.
 */
export function ruleIncludes(rule: IncludeRule, address: ParsedAddress): boolean {
  if (rule.kind === 'UNIT') return true;
  if (rule.subdistrict && address.subdistrict && ruleKeys.unit(rule.subdistrict) !== ruleKeys.unit(address.subdistrict)) return false;
  if (rule.kind === 'PLACE') {
    return rule.neighbourhoods.length === 0 || (address.neighbourhood !== null && rule.neighbourhoods.some((span) => within(span, address.neighbourhood)));
  }
  return rule.ranges.length === 0 || rule.ranges.some((range) => rangeIncludes(range, address));
}

function rangeIncludes(range: NumberRange, address: ParsedAddress): boolean {
  const number = range.unit === '号' ? (address.lane === null && address.branchLane === null ? address.houseNumber : null)
    : range.unit === '弄' ? address.lane
    : address.lane === null ? address.branchLane : null;
  if (number === null || !rangeHolds({ fromNumber: range.from, toNumber: range.to, parity: range.parity }, number)) return false;
  if (!range.within) return true;
  const inside = range.within.unit === '支弄' ? address.branchLane
    : range.within.unit === '号' ? address.laneHouseNumber
    : address.building !== null && /^\d+$/.test(address.building) ? Number(address.building) : null;
  return within(range.within, inside);
}

function within(span: NumberSpan, n: number | null): boolean {
  return n !== null && n >= span.from && n <= span.to;
}
