import type { AddressCandidates } from '../api/geocodeAddress';
import type { MapSchool } from '../DistrictMap';
import type { Lookup, Suggestion } from './SearchBox';

/** A school this close to the text makes the text a school name as much as an address: ask. */
const SCHOOL_RIVALS_AT = 0.8;

/**
 * Geocode's candidates and the schools named like the text as one list, best first (an address
 * before a school at the same score). Clear only when geocode calls its first candidate clear and
 * no school name rivals it: 实验小学 is never silently answered as a compound called 实验小区.
 *
 * @example toLookup({ candidates: [range16], clearMatch: true }, []) // { suggestions: [{ kind: 'ADDRESS', … }], clear: true }
 */
export function toLookup(geocoded: AddressCandidates, schools: readonly { school: MapSchool; score: number }[]): Lookup {
  const ranked: { suggestion: Suggestion; score: number }[] = [
    ...geocoded.candidates.map((candidate) => ({ suggestion: { kind: 'ADDRESS' as const, candidate }, score: candidate.score })),
    ...schools.map(({ school, score }) => ({ suggestion: { kind: 'SCHOOL' as const, school }, score })),
  ];
  // Array.prototype.sort is stable: at equal scores addresses stay first.
  ranked.sort((a, b) => b.score - a.score);
  const clear = geocoded.clearMatch && ranked[0]?.suggestion.kind === 'ADDRESS' && !schools.some((s) => s.score >= SCHOOL_RIVALS_AT);
  return { suggestions: ranked.map((r) => r.suggestion), clear };
}
