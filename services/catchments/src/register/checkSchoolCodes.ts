import type { SchoolRegister } from './SchoolRegister';

export interface SchoolCodeCheck {
  /** False when no register is configured or it could not be reached: codes were not checked. */
  checked: boolean;
  /** Codes the register does not know (empty when not checked). */
  unknown: Set<string>;
  /** Why codes were not checked, when they were not. */
  note: string | null;
}

/**
 * Checks school codes against the register: the district's schools first (one paged listing), then
 * the rest by code, since a zone may name a school run by a neighbouring district.
 */
export async function checkSchoolCodes(register: SchoolRegister | null, districtCode: string, codes: Iterable<string>): Promise<SchoolCodeCheck> {
  if (!register) return { checked: false, unknown: new Set(), note: 'school codes were not checked: no school register (SCHOOLS_URL) is configured' };
  try {
    const wanted = [...new Set(codes)];
    const inDistrict = new Set((await register.listDistrictSchools(districtCode)).map((s) => s.id));
    const elsewhere = wanted.filter((code) => !inDistrict.has(code));
    const existing = elsewhere.length ? await register.findExisting(elsewhere) : new Set<string>();
    return { checked: true, unknown: new Set(elsewhere.filter((code) => !existing.has(code))), note: null };
  } catch (error) {
    return { checked: false, unknown: new Set(), note: `school codes were not checked: ${(error as Error).message}` };
  }
}
