import { normalizeAddress, type AddressPlace } from '../gazetteer';
import { CHINESE_NUMERAL_CHARS, chineseToNumber } from '../gazetteer/chineseDigits';

/** Chinese numerals before the units rule texts count in (the gazetteer already reads 号, 栋, 单元, 室). */
const NUMERAL_BEFORE_UNIT = new RegExp(`([${CHINESE_NUMERAL_CHARS}]+)(?=支弄|弄|鄰|段|号|栋|幢)`, 'g');
const NOWHERE: AddressPlace = { districtCode: '' };

/**
 * The spellings rule texts add to what the gazetteer normalises: 號 → 号, 邻/隣 → 鄰, 衖 → 弄, and
 * Chinese numerals before 弄, 支弄, 鄰 and 段 (天乡路二段 → 天乡路2段). Without `where` no province
 * or district prefix is stripped. Then the gazetteer's own normalisation (full-width digits, 〇,
 * 大街 → 街, 胡同 → 巷, 幢/座/号楼 → 栋, punctuation dropped).
 *
 * @example normalizeRuleText('天乡路二段９６８號') // '天乡路2段968号'
 */
export function normalizeRuleText(raw: string, where: AddressPlace = NOWHERE): string {
  return normalizeAddress(prepareRuleText(raw), where).text;
}

/** The rule-text spellings alone, punctuation kept: for parsers that still need to split the text. */
export function prepareRuleText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/號/g, '号')
    .replace(/[邻隣]/g, '鄰')
    .replace(/衖/g, '弄')
    .replace(NUMERAL_BEFORE_UNIT, (all, numeral: string) => {
      const n = chineseToNumber(numeral);
      return Number.isNaN(n) ? all : String(n);
    });
}
