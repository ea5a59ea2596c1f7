import { LRUCache } from 'lru-cache';
import { findSchoolInRegister } from './findSchoolInRegister';

/** Schools remembered at most (a province has about 30,000); the least recently used are forgotten first. */
const MAX_SCHOOLS = 50_000;

/**
 * Finds the district of a school through the schools subgraph's public API, so that a school user's
 * mutations appear in their bureau's audit view. Results are kept for `ttlMs` (schools rarely move)
 * in an lru-cache; an unreachable register yields null (not kept), and the entry is still written.
 */
export function schoolDistrictLookup(schoolsUrl: string, ttlMs = 10 * 60_000): (schoolId: string) => Promise<string | null> {
  const find = findSchoolInRegister(schoolsUrl);
  // Values are boxed: lru-cache does not store null, and "no such school" is an answer worth keeping.
  const cache = new LRUCache<string, { districtCode: string | null }>({ max: MAX_SCHOOLS, ttl: ttlMs });
  return async (schoolId) => {
    const hit = cache.get(schoolId);
    if (hit) return hit.districtCode;
    try {
      const districtCode = (await find(schoolId))?.districtCode ?? null;
      cache.set(schoolId, { districtCode });
      return districtCode;
    } catch {
      return null;
    }
  };
}
