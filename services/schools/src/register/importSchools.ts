import { AppError, type RowProblem } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { checkInDistrict, uncheckedBecause } from './checkInDistrict';
import type { DistrictBoundarySource } from './DistrictBoundary';
import type { ImportFile } from './ImportFile';
import { parseSchoolRow } from './parseSchoolRow';
import { needsHistory, planImport, type ImportConflict, type PlannedRow } from './planImport';
import type { SchoolChange } from './RegisterChange';
import type { School } from './School';
import type { SchoolRecord } from './SchoolRecord';

export interface ImportReport {
  accepted: boolean;
  created: number;
  updated: number;
  unchanged: number;
  conflicted: number;
  problems: RowProblem[];
  conflicts: ImportConflict[];
  /** Checks that could not be made (e.g. no district boundary), said out loud rather than skipped silently. */
  warnings: string[];
  /** Changes to submit for review (empty when refused or when nothing changes). */
  changes: SchoolChange[];
  /** Districts whose schools the file tried to write, with those schools: each refusal is audited there. */
  foreign: Map<string, string[]>;
}

export const MAX_IMPORT_ROWS = 100_000;

export interface ImportSchoolsInput {
  districtCode: string;
  file: ImportFile;
  crs: Crs;
  boundaries: DistrictBoundarySource;
  /** Rows edited after this time conflict (rows with a `version` use that instead); see planImport. */
  baselineTime: Date;
  /** Row numbers the bureau confirmed despite their conflicts. */
  confirmRows: Set<number>;
  /** The stored schools among these ids, up to date with every committed write. */
  findExisting(ids: string[]): Promise<Map<string, School>>;
  /** The published versions of these schools (read only for rows that may undo later work). */
  findRecords(ids: string[]): Promise<Map<string, SchoolRecord[]>>;
}

/**
 * Checks a district's import file all-or-nothing and plans it: every row is checked first, and only
 * when no row has a problem is anything planned. Rows identical to what is stored plan nothing; rows
 * that would undo later work, close or reopen a school are held back as conflicts (planImport).
 */
export async function importSchools(input: ImportSchoolsInput): Promise<ImportReport> {
  const { file } = input;
  if (file.rows.length === 0 && file.problems.length === 0) throw new AppError('BAD_USER_INPUT', '文件中没有学校', { path: 'input.content' });
  if (file.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `文件有 ${file.rows.length} 行，一次最多导入 ${MAX_IMPORT_ROWS} 行；请拆成几个文件分别导入`, { path: 'input.content' });
  }
  const warnings: string[] = [];
  const problems: RowProblem[] = [...file.problems];
  const foreign = new Map<string, string[]>();
  const refuseForeign = (row: number, schoolId: string, district: string) => {
    problems.push({ row, field: 'districtCode', reason: `学校 ${schoolId} 属于 ${district} 区，不属于 ${input.districtCode} 区` });
    foreign.set(district, [...(foreign.get(district) ?? []), schoolId]);
  };
  const rows: PlannedRow[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, value, problems: cellProblems } of file.rows) {
    const { version, fields, problem } = splitVersion(value, row);
    if (problem) problems.push(problem);
    const named = fields as { id?: unknown; districtCode?: unknown } | null;
    if (named && typeof named.districtCode === 'string' && /^\d{6}$/.test(named.districtCode) && named.districtCode !== input.districtCode) {
      refuseForeign(row, String(named.id ?? '?'), named.districtCode);
      continue;
    }
    const parsed = parseSchoolRow(fields, row, input.districtCode, input.crs);
    const unreadable = new Set(cellProblems.flatMap((p) => [p.field, p.field?.split('.')[0] ?? null]));
    problems.push(...cellProblems);
    if (!parsed.ok) {
      // A cell that could not be read is reported once, not again as "required".
      problems.push(...parsed.problems.filter((p) => !unreadable.has(p.field) && !unreadable.has(p.field?.split('.')[0] ?? null)));
      continue;
    }
    if (cellProblems.length || problem) continue;
    const earlier = rowOf.get(parsed.school.id);
    if (earlier !== undefined) {
      problems.push({ row, field: 'id', reason: `学校标识码 ${parsed.school.id} 与第 ${earlier} 行重复；一所学校只写一行` });
      continue;
    }
    rowOf.set(parsed.school.id, row);
    rows.push({ row, school: parsed.school, version });
  }

  const boundary = await input.boundaries.find(input.districtCode);
  if (boundary.status === 'FOUND') {
    for (const { row, school } of rows) {
      const reason = school.location && checkInDistrict(school.location, boundary.boundary, boundary.name);
      if (reason) problems.push({ row, field: 'location', reason });
    }
  } else {
    warnings.push(`未核对学校位置是否在本区边界内（${uncheckedBecause(boundary)}），只核对了位置在中国境内`);
  }

  const existing = await input.findExisting(rows.map((r) => r.school.id));
  for (const school of existing.values()) {
    if (school.districtCode !== input.districtCode) refuseForeign(rowOf.get(school.id)!, school.id, school.districtCode);
  }
  const refused = (all: RowProblem[]): ImportReport => ({
    accepted: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    conflicted: 0,
    problems: all.map((p) => ({ ...p, field: file.fieldLabel(p.field) })).sort((a, b) => a.row - b.row),
    conflicts: [],
    warnings,
    changes: [],
    foreign,
  });
  if (problems.length) return refused(problems);

  const toCheck = rows.filter((r) => needsHistory(r, existing.get(r.school.id), input.baselineTime)).map((r) => r.school.id);
  const records = toCheck.length ? await input.findRecords(toCheck) : new Map<string, SchoolRecord[]>();
  const plan = planImport(rows, existing, records, input.baselineTime, input.confirmRows);
  if (plan.problems.length) return refused(plan.problems);
  const conflicts = plan.conflicts.map((c) => ({ ...c, field: file.fieldLabel(c.field) ?? c.field }));
  return { accepted: true, ...plan, conflicts, problems: [], warnings, foreign };
}

/** Takes a row's `version` (the register version it was exported from) out of its fields. */
function splitVersion(value: unknown, row: number): { version: number | null; fields: unknown; problem: RowProblem | null } {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('version' in value)) return { version: null, fields: value, problem: null };
  const { version, ...fields } = value as { version: unknown };
  if (version === null || version === undefined) return { version: null, fields, problem: null };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { version: null, fields, problem: { row, field: 'version', reason: '应为导出此行时的名册版本号（从 1 起的整数），请照导出文件填写' } };
  }
  return { version, fields, problem: null };
}
