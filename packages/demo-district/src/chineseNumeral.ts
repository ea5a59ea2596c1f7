const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/**
 * Writes 1–9999 in Chinese numerals as school names use them (十五, not 一十五).
 *
 * @example chineseNumeral(15) // '十五'
 * @example chineseNumeral(105) // '一百零五'
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`chineseNumeral takes an integer from 1 to 9999, not ${n}`);
  const digits = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += '零';
    pendingZero = false;
    text += DIGITS[digit]! + unit;
  });
  return text.startsWith('一十') ? text.slice(1) : text;
}
