import { changedFields } from './changedFields';
import { SCHOOL_FIELD_NAMES, type School, type SchoolFields } from './School';
import type { SchoolChange } from './RegisterChange';

/** The maintained fields of a stored school (drops version and bookkeeping). */
export function fieldsOf(school: SchoolFields): SchoolFields {
  return Object.fromEntries(SCHOOL_FIELD_NAMES.map((key) => [key, school[key]])) as unknown as SchoolFields;
}

/**
 * The planned change from `current` (null: a new school) to `next`, or null when nothing differs.
 *
 * @example planChange(current, { ...current, name: '新名' }, null)?.changedFields // ['name']
 */
export function planChange(current: School | null, next: SchoolFields, row: number | null): SchoolChange | null {
  if (!current) return { schoolId: next.id, baseVersion: null, next, changedFields: [...SCHOOL_FIELD_NAMES], before: {}, row };
  const changed = changedFields(current, next);
  if (changed.length === 0) return null;
  const before = Object.fromEntries(changed.map((field) => [field, current[field as keyof SchoolFields]])) as Partial<SchoolFields>;
  return { schoolId: next.id, baseVersion: current.version, next, changedFields: changed, before, row };
}
