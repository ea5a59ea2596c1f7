import { changedFields } from './changedFields';
import { fieldsOf } from './diffFields';
import { parseSchoolRow } from './parseSchoolRow';
import type { SchoolChange } from './RegisterChange';
import type { SchoolFields } from './School';
import type { SchoolRecord } from './SchoolRecord';

export type Rebased =
  | { ok: true; next: SchoolFields; baseVersion: number | null; changedFields: string[] }
  | { ok: false; fields: string[]; publishedBy: string; reason: string };

/**
 * Puts a planned change on top of the school's version in force. When versions were published
 * after the change's base, it still applies if none of them touched a field it changes (their work
 * is kept); otherwise it conflicts, naming the fields and who changed them. A new school conflicts
 * with any existing version. `records` are the school's published versions.
 *
 * @example rebaseChange({ baseVersion: 1, changedFields: ['name'], … }, [v1, v2 changing 'website']) // ok, on v2
 */
export function rebaseChange(change: SchoolChange, records: SchoolRecord[]): Rebased {
  const inForce = records.reduce<SchoolRecord | null>((top, r) => (!top || r.version > top.version ? r : top), null);
  if (!inForce) {
    return change.baseVersion === null
      ? { ok: true, next: change.next, baseVersion: null, changedFields: change.changedFields }
      : { ok: false, fields: ['id'], publishedBy: 'unknown', reason: `学校 ${change.schoolId} 的第 ${change.baseVersion} 版不在名册中` };
  }
  if (change.baseVersion === null) {
    return { ok: false, fields: ['id'], publishedBy: inForce.updatedBy, reason: `学校 ${change.schoolId} 已由 ${inForce.updatedBy} 登记（第 ${inForce.version} 版）` };
  }
  if (inForce.version === change.baseVersion) return { ok: true, next: change.next, baseVersion: inForce.version, changedFields: change.changedFields };
  const later = records.filter((r) => r.version > change.baseVersion!);
  const overlap = change.changedFields.filter((field) => later.some((r) => r.changedFields.includes(field)));
  if (overlap.length) {
    const by = later.filter((r) => r.changedFields.some((f) => overlap.includes(f))).at(-1)!;
    const reason = `学校 ${change.schoolId} 的 ${overlap.join('、')} 已在第 ${change.baseVersion} 版之后由 ${by.updatedBy} 修改（第 ${by.version} 版）`;
    return { ok: false, fields: overlap, publishedBy: by.updatedBy, reason };
  }
  const merged = { ...fieldsOf(inForce), ...Object.fromEntries(change.changedFields.map((f) => [f, change.next[f as keyof SchoolFields]])) };
  const checked = parseSchoolRow(merged, 1, inForce.districtCode, 'WGS84');
  if (!checked.ok) {
    const fields = [...new Set(checked.problems.map((p) => p.field ?? 'school'))];
    return { ok: false, fields, publishedBy: inForce.updatedBy, reason: `学校 ${change.schoolId} 合并第 ${inForce.version} 版后不再有效：${checked.problems.map((p) => `${p.field} ${p.reason}`).join('；')}` };
  }
  return { ok: true, next: checked.school, baseVersion: inForce.version, changedFields: changedFields(inForce, checked.school) };
}
