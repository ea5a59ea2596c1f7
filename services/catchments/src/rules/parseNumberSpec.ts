import type { HouseNumberParity } from '../gazetteer';
import type { NumberRange, NumberSpan } from './AddressRule';

/** What a run of numbers says: house-number ranges, 鄰 ranges, and the side of the road. */
export interface NumberSpec {
  ranges: NumberRange[];
  neighbourhoods: NumberSpan[];
  /** 单/双/全 as written; null when the text does not say. */
  parity: HouseNumberParity | null;
  /** The list ended in 等 or …: more numbers were meant than written. */
  open: boolean;
}

const PARITY_WORDS: [RegExp, HouseNumberParity][] = [
  [/单号|单数|单侧|单/g, 'ODD'],
  [/双号|双数|双侧|双/g, 'EVEN'],
  [/全部|全段|全号|全/g, 'ALL'],
];
const PART = /^(\d+)(?:-(\d+))?(号|弄|支弄|鄰)?(?:(\d+)(?:-(\d+))?(支弄|号|栋))?$/;
const OPEN_END = /(?:等|\.{2,}|…+)$/;

/**
 * Reads the numbers of a rule, already through prepareRuleText: "968号、939号", "1-7、26-28鄰",
 * "1-99号(单号)", "100弄1-20支弄", "12-20弄", "单号". A part without a unit takes the next unit
 * written after it (1-7、26-28鄰 are both 鄰), else the one before, else 号. Returns a reason instead
 * of throwing.
 *
 * @example parseNumberSpec('1-99号(单号)') // { ranges: [{ unit: '号', from: 1, to: 99, parity: 'ODD', within: null }], … }
 */
export function parseNumberSpec(text: string): NumberSpec | { error: string; code: 'BAD_NUMBERS' | 'BAD_PARITY' } {
  let rest = text.replace(/[()（）\s]/g, '').replace(/[－—–~～至到]/g, '-');
  const open = OPEN_END.test(rest);
  rest = rest.replace(OPEN_END, '');
  const parities = new Set<HouseNumberParity>();
  for (const [pattern, parity] of PARITY_WORDS) {
    rest = rest.replace(pattern, () => (parities.add(parity), ''));
  }
  if (parities.has('ODD') && parities.has('EVEN')) return { code: 'BAD_PARITY', error: '同时写了单号和双号；请只写一种，或写 全部' };
  const parity = parities.has('ODD') ? 'ODD' : parities.has('EVEN') ? 'EVEN' : parities.size ? 'ALL' : null;

  const parts = rest.split(/[、,，;；和及]/).filter((p) => p !== '');
  const read = parts.map((part) => PART.exec(part));
  const bad = read.findIndex((m) => !m);
  if (bad >= 0) return { code: 'BAD_NUMBERS', error: `「${parts[bad]}」不是门牌号或号段；请写成如 1-99号、100弄、1-20支弄 或 1-7鄰` };
  const units = read.map((m) => m![3]);
  const unitAt = (i: number) => units[i] ?? units.slice(i).find(Boolean) ?? units.slice(0, i).reverse().find(Boolean) ?? '号';

  const spec: NumberSpec = { ranges: [], neighbourhoods: [], parity, open };
  for (const [i, m] of read.entries()) {
    const from = Number(m![1]);
    const to = m![2] === undefined ? from : Number(m![2]);
    if (from < 1 || to < from) return { code: 'BAD_NUMBERS', error: `「${parts[i]}」的止号 ${to} 小于起号 ${from}，或从 0 开始；号码从 1 起，小号在前` };
    const unit = unitAt(i) as NumberRange['unit'] | '鄰';
    const within = m![6] ? { unit: m![6] as '支弄' | '号' | '栋', from: Number(m![4]), to: Number(m![5] ?? m![4]) } : null;
    if (within && within.to < within.from) return { code: 'BAD_NUMBERS', error: `「${parts[i]}」的止号小于起号；小号在前` };
    if (unit === '鄰') {
      if (within) return { code: 'BAD_NUMBERS', error: `「${parts[i]}」：鄰之内没有门牌号；请只写鄰号` };
      spec.neighbourhoods.push({ from, to });
    } else spec.ranges.push({ unit, from, to, parity: parity ?? 'ALL', within });
  }
  return spec;
}
