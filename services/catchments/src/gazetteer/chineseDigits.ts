const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numeral characters, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二三四五六七八九两十百千';

/**
 * Reads a Chinese numeral below 10,000 (十二, 一百零五, 二〇五 digit by digit); NaN if it is not one.
 *
 * @example chineseToNumber('十二') // 12
 * @example chineseToNumber('二〇五') // 205
 */
export function chineseToNumber(text: string): number {
  if (text === '' || [...text].some((c) => DIGIT[c] === undefined && UNIT[c] === undefined)) return NaN;
  if (![...text].some((c) => UNIT[c] !== undefined)) return Number([...text].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let pending = 0;
  for (const c of text) {
    const unit = UNIT[c];
    if (unit === undefined) {
      pending = DIGIT[c]!;
      continue;
    }
    total += (pending || 1) * unit;
    pending = 0;
  }
  return total + pending;
}
