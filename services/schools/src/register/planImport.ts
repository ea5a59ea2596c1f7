import type { RowProblem } from '@zsgk/errors';
import { fieldLabel } from '@zsgk/messages';
import { changedFields } from './changedFields';
import { planChange } from './diffFields';
import { parseSchoolRow } from './parseSchoolRow';
import type { SchoolChange } from './RegisterChange';
import type { School, SchoolFields } from './School';
import type { SchoolRecord } from './SchoolRecord';

/** One checked import row, with the register version it was exported from when the file says so. */
export interface PlannedRow {
  row: number;
  school: SchoolFields;
  /** The school's register version the row was exported from (the file's `version` column), else null. */
  version: number | null;
}

/** A row that would undo later work or close/reopen a school; reported, and applied only when its row is confirmed. */
export interface ImportConflict {
  row: number;
  schoolId: string;
  field: string;
  currentValue: unknown;
  fileValue: unknown;
  /** Who changed the field after the file's baseline, when, in which version (null for a close/reopen conflict). */
  changedBy: string | null;
  changedAt: Date | null;
  changedInVersion: number | null;
  reason: string;
  /** The bureau confirmed this row: its other fields apply; a close or reopen never does. */
  confirmed: boolean;
}

export interface ImportPlan {
  changes: SchoolChange[];
  created: number;
  updated: number;
  unchanged: number;
  /** Rows held back by a conflict (not confirmed). */
  conflicted: number;
  conflicts: ImportConflict[];
  problems: RowProblem[];
}

const CLOSURE_FIELDS = new Set(['status', 'closedOn', 'closureReason']);

/** Whether a row's school may have been edited after the row's baseline, so its versions must be read. */
export function needsHistory(row: PlannedRow, current: School | undefined, baselineTime: Date): boolean {
  if (!current || changedFields(current, row.school).length === 0) return false;
  return row.version !== null ? current.version > row.version : current.updatedAt > baselineTime;
}

/**
 * Sorts checked rows into new schools, changes, no-ops and conflicts. The rule (issue 10): a row may
 * not change a field that a version published after the row's baseline changed (baseline: the row's
 * `version`, else `baselineTime`), and never closes or reopens a school (closeSchool / reopenSchool
 * do that). Such a row is reported per field and left out, unless its row number is confirmed; a
 * confirmed row applies its fields except a close or reopen. `records` holds the published versions
 * of the schools `needsHistory` named.
 */
export function planImport(
  rows: PlannedRow[],
  existing: Map<string, School>,
  records: Map<string, SchoolRecord[]>,
  baselineTime: Date,
  confirmRows: Set<number>,
): ImportPlan {
  const plan: ImportPlan = { changes: [], created: 0, updated: 0, unchanged: 0, conflicted: 0, conflicts: [], problems: [] };
  for (const planned of rows) {
    const { row, school } = planned;
    const current = existing.get(school.id);
    if (current && planned.version !== null && planned.version > current.version) {
      plan.problems.push({ row, field: 'version', reason: `第 ${planned.version} 版比名册中学校 ${school.id} 的现行第 ${current.version} 版还新，请核对文件` });
      continue;
    }
    const conflicts = current ? conflictsOf(planned, current, records.get(school.id) ?? [], baselineTime, confirmRows.has(row)) : [];
    plan.conflicts.push(...conflicts);
    if (conflicts.length && !confirmRows.has(row)) {
      plan.conflicted += 1;
      continue;
    }
    const next = current && closesOrReopens(current, school) ? keepClosure(school, current) : school;
    const checked = next === school ? { ok: true as const, school } : parseSchoolRow(next, row, school.districtCode, 'WGS84');
    if (!checked.ok) {
      plan.problems.push(...checked.problems);
      continue;
    }
    const change = planChange(current ?? null, checked.school, row);
    if (!change) plan.unchanged += 1;
    else {
      plan.changes.push(change);
      if (current) plan.updated += 1;
      else plan.created += 1;
    }
  }
  return plan;
}

function conflictsOf(planned: PlannedRow, current: School, records: SchoolRecord[], baselineTime: Date, confirmed: boolean): ImportConflict[] {
  const { row, school } = planned;
  const changed = changedFields(current, school);
  const later = records
    .filter((r) => (planned.version !== null ? r.version > planned.version : r.updatedAt > baselineTime))
    .sort((a, b) => b.version - a.version);
  const flips = closesOrReopens(current, school);
  const conflicts: ImportConflict[] = [];
  for (const field of changed) {
    const base = { row, schoolId: school.id, field, currentValue: current[field as keyof School], fileValue: school[field as keyof SchoolFields], confirmed };
    if (flips && CLOSURE_FIELDS.has(field)) {
      if (field !== 'status') continue;
      const reason =
        current.status === 'CLOSED'
          ? `学校 ${school.id} 已于 ${current.closedOn} 撤销；导入不会重新开办学校，请在名册中用“重新开办”（reopenSchool）`
          : `导入不会撤销学校 ${school.id}；请在名册中用“撤销学校”（closeSchool）记录撤销日期和原因`;
      conflicts.push({ ...base, changedBy: null, changedAt: null, changedInVersion: null, reason });
      continue;
    }
    const edit = later.find((r) => r.changedFields.includes(field));
    if (!edit) continue;
    const reason = `「${fieldLabel(field)}」在此文件导出之后已由 ${edit.updatedBy} 于 ${beijingTime(edit.updatedAt)} 修改（第 ${edit.version} 版）；导入会撤销这次修改`;
    conflicts.push({ ...base, changedBy: edit.updatedBy, changedAt: edit.updatedAt, changedInVersion: edit.version, reason });
  }
  return conflicts;
}

function closesOrReopens(current: SchoolFields, row: SchoolFields): boolean {
  return (current.status === 'CLOSED') !== (row.status === 'CLOSED');
}

/** The row's fields with the school's current status and closure kept: imports never close or reopen. */
function keepClosure(school: SchoolFields, current: School): SchoolFields {
  return { ...school, status: current.status, closedOn: current.closedOn, closureReason: current.closureReason };
}

/** A time as a clerk in China reads it: 2026-05-03 10:00（北京时间）. */
function beijingTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')}（北京时间）`;
}
