import { findSchoolInRegister } from './findSchoolInRegister';

/**
 * Finds the district of a school through the schools subgraph's public API, so that a school user's
 * mutations appear in their bureau's audit view. Results are kept for `ttlMs` (schools rarely move);
 * an unreachable register yields null, and the entry is still written.
 */
export function schoolDistrictLookup(schoolsUrl: string, ttlMs = 10 * 60_000): (schoolId: string) => Promise<string | null> {
  const find = findSchoolInRegister(schoolsUrl);
  const cache = new Map<string, { districtCode: string | null; at: number }>();
  return async (schoolId) => {
    const hit = cache.get(schoolId);
    if (hit && Date.now() - hit.at < ttlMs) return hit.districtCode;
    try {
      const districtCode = (await find(schoolId))?.districtCode ?? null;
      if (cache.size > 50_000) cache.clear();
      cache.set(schoolId, { districtCode, at: Date.now() });
      return districtCode;
    } catch {
      return null;
    }
  };
}
