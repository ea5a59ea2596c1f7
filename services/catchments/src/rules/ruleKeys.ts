import { normalizeRuleText } from './normalizeRuleText';

const COMMITTEE = /(?:居民委员会|居委会|居委)$/;
const VILLAGE_COMMITTEE = /村?村(?:民委员会|委会)$/;
const UNIT_SUFFIX = /(?:街道办事处|街道办|街道|镇|乡|鎮|鄉)$/;

/**
 * The keys rules are indexed and addresses looked up by: the same function on both sides, so a
 * spelling difference the normaliser removes never separates a rule from an address.
 * - road: the normalised name (天乡路二段 → 天乡路2段);
 * - place: the normalised name without 居委会/村委会 (光明村村委会 → 光明村, 光明社区居委会 → 光明社区);
 * - unit: the normalised 街道/镇 name without its suffix (五里墩街道 → 五里墩).
 */
export const ruleKeys = {
  road: (name: string): string => normalizeRuleText(name),
  place: (name: string): string => {
    const key = normalizeRuleText(name);
    if (VILLAGE_COMMITTEE.test(key)) return key.replace(VILLAGE_COMMITTEE, '村');
    const bare = key.replace(COMMITTEE, '');
    return bare.length >= 2 ? bare : key;
  },
  unit: (name: string): string => {
    const key = normalizeRuleText(name);
    const bare = key.replace(UNIT_SUFFIX, '');
    return bare.length >= 2 ? bare : key;
  },
};
