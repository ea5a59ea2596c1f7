import type { NamedListKind, Stage } from '../../api/generated/graphql';

/**
 * A named list's record key (`<district>:<school or ->:<kind>:<year>:<stage>`, as the admissions service
 * writes it) in parts; null for anything else.
 */
export function namedListKeyParts(key: string): { districtCode: string; schoolId: string | null; kind: NamedListKind; year: number; stage: Stage } | null {
  const match = /^(\d{6}):(\d{10}|-):(POLICY_PREFERENCE|POPULAR_SCHOOL_ADMISSION):(\d{4}):(KINDERGARTEN|PRIMARY|JUNIOR|SENIOR)$/.exec(key);
  if (!match) return null;
  const [, districtCode, school, kind, year, stage] = match;
  return { districtCode: districtCode!, schoolId: school === '-' ? null : school!, kind: kind as NamedListKind, year: Number(year), stage: stage as Stage };
}
