import { SCHOOL_FIELD_NAMES, type SchoolFields } from './School';

/**
 * Names of the maintained fields that differ between two versions of a school, in schema order.
 * An empty list means the write would change nothing (re-imports rely on this).
 *
 * @example changedFields(before, { ...before, name: '新名' }) // ['name']
 */
export function changedFields(before: SchoolFields, after: SchoolFields): string[] {
  return SCHOOL_FIELD_NAMES.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}
