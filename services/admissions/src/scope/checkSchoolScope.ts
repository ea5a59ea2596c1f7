import { AppError } from '@zsgk/errors';

/** A school id a bureau write names, and where in the input it stands (for the error's path). */
export interface SchoolRef {
  schoolId: string;
  path: string;
  /** 1-based row of an import file, when the school comes from one. */
  row?: number;
}

/** Why a write may not touch a school: it is another district's (FORBIDDEN) or not registered (NOT_FOUND). */
export interface ScopeRefusal extends SchoolRef {
  code: 'FORBIDDEN' | 'NOT_FOUND';
  /** The school's district; null for a school the register does not know. */
  schoolDistrict: string | null;
  message: string;
}

/**
 * District scope of a bureau write: every school it names must be in the register and registered in
 * the caller's district. `districtsOf` answers from the school register (null: not registered).
 * Pure apart from that lookup; the caller refuses the whole write when any refusal comes back.
 */
export async function checkSchoolScope(
  refs: SchoolRef[],
  districtCode: string,
  districtsOf: (schoolIds: string[]) => Promise<Map<string, string | null>>,
): Promise<ScopeRefusal[]> {
  if (refs.length === 0) return [];
  const districts = await districtsOf([...new Set(refs.map((r) => r.schoolId))]);
  return refs.flatMap((ref): ScopeRefusal[] => {
    const schoolDistrict = districts.get(ref.schoolId) ?? null;
    const where = ref.row === undefined ? '' : `第 ${ref.row} 行：`;
    if (schoolDistrict === null) {
      return [{ ...ref, code: 'NOT_FOUND', schoolDistrict, message: `${where}学校 ${ref.schoolId} 不在学校名录中（未登记）` }];
    }
    if (schoolDistrict !== districtCode) {
      return [{ ...ref, code: 'FORBIDDEN', schoolDistrict, message: `${where}学校 ${ref.schoolId} 属于 ${schoolDistrict} 区，不属于 ${districtCode} 区` }];
    }
    return [];
  });
}

/** One error for the whole write, coded after the first refusal, naming every school refused (first 20). */
export function scopeError(refusals: ScopeRefusal[]): AppError {
  const first = refusals[0]!;
  const named = refusals.slice(0, 20).map((r) => r.message);
  const more = refusals.length > 20 ? `；另有 ${refusals.length - 20} 处` : '';
  return new AppError(first.code, `${named.join('；')}${more}。未保存任何内容。`, {
    path: first.path,
    details: { refused: refusals.map(({ schoolId, row, code, schoolDistrict }) => ({ schoolId, row: row ?? null, code, schoolDistrict })) },
  });
}
