import type { ZoneSetSummary } from '../DistrictMap';

/**
 * School years with PRIMARY or JUNIOR zones in force, newest first: the year switch's choices. A year
 * whose only sets are superseded has nothing in force and is left out.
 *
 * @example publishedYears([{ year: 2025, stage: 'PRIMARY', status: 'PUBLISHED', … }, { year: 2026, … }]) // [2026, 2025]
 */
export function publishedYears(sets: readonly ZoneSetSummary[]): number[] {
  const years = sets.filter((s) => s.status === 'PUBLISHED' && (s.stage === 'PRIMARY' || s.stage === 'JUNIOR')).map((s) => s.year);
  return [...new Set(years)].sort((a, b) => b - a);
}

/** The year to show: the one asked for in the URL when it is published, else the newest. */
export function chooseYear(years: readonly number[], asked: number | null): number | null {
  return asked !== null && years.includes(asked) ? asked : (years[0] ?? null);
}
