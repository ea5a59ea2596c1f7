import type { ExclusionRule, IncludeRule, RuleZone } from './AddressRule';
import { ruleKeys } from './ruleKeys';

/** One rule filed under one key: which zone it belongs to, and its place in the zone's order. */
export interface IndexedRule<R> {
  zone: number;
  order: number;
  rule: R;
}

/**
 * The rules of a set of zones filed by road, place and unit key, includes and exclusions apart, so
 * an address looks at the few rules that name its road, place or 街道 instead of every rule.
 * Immutable; build once per published set (matchAddress caches one per zones array).
 */
export class RuleIndex {
  readonly includes = new Map<string, IndexedRule<IncludeRule>[]>();
  readonly exclusions = new Map<string, IndexedRule<ExclusionRule>[]>();
  readonly ruleCount: number;

  constructor(readonly zones: readonly RuleZone[]) {
    let count = 0;
    zones.forEach((zone, z) =>
      zone.rules.forEach((rule, order) => {
        count++;
        const target = rule.kind === 'EXCLUSION' ? rule.of : rule;
        const map = (rule.kind === 'EXCLUSION' ? this.exclusions : this.includes) as Map<string, IndexedRule<typeof rule>[]>;
        for (const key of RuleIndex.keysOf(target)) {
          const list = map.get(key);
          if (list) list.push({ zone: z, order, rule });
          else map.set(key, [{ zone: z, order, rule }]);
        }
      }),
    );
    this.ruleCount = count;
  }

  /** The keys a rule is filed under: its name and aliases (road:, place:), its unit name or code (unit:, code:). */
  static keysOf(rule: IncludeRule): string[] {
    if (rule.kind === 'UNIT') return [...(rule.name ? [`unit:${ruleKeys.unit(rule.name)}`] : []), ...(rule.code ? [`code:${rule.code}`] : [])];
    const names = rule.kind === 'ROAD' ? [rule.road, ...rule.aliases] : [rule.name, ...rule.aliases];
    const key = rule.kind === 'ROAD' ? (name: string) => `road:${ruleKeys.road(name)}` : (name: string) => `place:${ruleKeys.place(name)}`;
    return [...new Set(names.map(key))];
  }
}
