import { AppError, type RowProblem } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import type { SchoolRepository } from '../data/SchoolRepository';
import { changedFields } from './changedFields';
import { checkInDistrict } from './checkInDistrict';
import type { DistrictBoundarySource } from './DistrictBoundary';
import type { ImportFile } from './ImportFile';
import { parseSchoolRow } from './parseSchoolRow';
import { planImport } from './planImport';
import type { School, SchoolFields } from './School';

export interface ImportReport {
  accepted: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
  /** Checks that could not be made (e.g. no district boundary), said out loud rather than skipped silently. */
  warnings: string[];
}

export const MAX_IMPORT_ROWS = 100_000;

export interface ImportSchoolsInput {
  districtCode: string;
  file: ImportFile;
  crs: Crs;
  actor: string;
  boundaries: DistrictBoundarySource;
  /** The stored schools among these ids, up to date with every committed write. */
  findExisting(ids: string[]): Promise<Map<string, School>>;
}

/**
 * Imports a district's schools all-or-nothing: every row is checked first, and only when no row has a
 * problem are the changed ones written. Rows identical to what is stored are not written again.
 */
export async function importSchools(repository: SchoolRepository, input: ImportSchoolsInput): Promise<ImportReport> {
  const { file } = input;
  if (file.rows.length === 0 && file.problems.length === 0) throw new AppError('BAD_USER_INPUT', 'The file has no rows.', { path: 'input.content' });
  if (file.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file has ${file.rows.length} rows; at most ${MAX_IMPORT_ROWS} per import.`, { path: 'input.content' });
  }
  const warnings: string[] = [];
  const problems: RowProblem[] = [...file.problems];
  const schools: SchoolFields[] = [];
  const rowOf = new Map<string, number>();
  for (const { row, value, problems: cellProblems } of file.rows) {
    const parsed = parseSchoolRow(value, row, input.districtCode, input.crs);
    const unreadable = new Set(cellProblems.flatMap((p) => [p.field, p.field?.split('.')[0] ?? null]));
    problems.push(...cellProblems);
    if (!parsed.ok) {
      // A cell that could not be read is reported once, not again as "required".
      problems.push(...parsed.problems.filter((p) => !unreadable.has(p.field) && !unreadable.has(p.field?.split('.')[0] ?? null)));
      continue;
    }
    if (cellProblems.length) continue;
    const earlier = rowOf.get(parsed.school.id);
    if (earlier !== undefined) {
      problems.push({ row, field: 'id', reason: `school code ${parsed.school.id} already appears in row ${earlier}` });
      continue;
    }
    rowOf.set(parsed.school.id, row);
    schools.push(parsed.school);
  }

  const boundary = await input.boundaries.find(input.districtCode);
  if (boundary.status === 'FOUND') {
    for (const school of schools) {
      const reason = school.location && checkInDistrict(school.location, boundary.boundary, boundary.name);
      if (reason) problems.push({ row: rowOf.get(school.id)!, field: 'location', reason });
    }
  } else {
    const why = boundary.status === 'UNKNOWN' ? 'the catchments service has no boundary for this district' : boundary.reason;
    warnings.push(`Locations were not checked against the district boundary (${why}); only that they lie in China.`);
  }

  const existing = await input.findExisting(schools.map((s) => s.id));
  for (const school of existing.values()) {
    if (school.districtCode !== input.districtCode) {
      problems.push({ row: rowOf.get(school.id)!, field: 'id', reason: `school code ${school.id} is registered in district ${school.districtCode}` });
    }
  }
  if (problems.length) {
    const labelled = problems.map((p) => ({ ...p, field: file.fieldLabel(p.field) })).sort((a, b) => a.row - b.row);
    return { accepted: false, created: 0, updated: 0, unchanged: 0, problems: labelled, warnings };
  }

  const plan = planImport(schools, existing);
  await repository.saveMany(
    [...plan.create, ...plan.update].map((next) => {
      const previous = existing.get(next.id) ?? null;
      return { next, previous, changedFields: previous ? changedFields(previous, next) : [] };
    }),
    input.actor,
  );
  return { accepted: true, created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, problems: [], warnings };
}
