import { AppError, type RowProblem } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import type { SchoolRepository } from '../data/SchoolRepository';
import { changedFields } from './changedFields';
import { checkInDistrict } from './checkInDistrict';
import type { DistrictBoundarySource } from './DistrictBoundary';
import { parseSchoolRow } from './parseSchoolRow';
import { SCHOOL_FIELD_NAMES, type School, type SchoolFields } from './School';

export interface EditDeps {
  repository: SchoolRepository;
  boundaries: DistrictBoundarySource;
  /** Who writes: recorded on the new version and on the history copy of the old one. */
  actor: string;
}

/** A written school, with the checks that could not be made (see ImportReport.warnings). */
export interface SchoolWriteResult {
  school: School;
  warnings: string[];
}

/** Maps a school field to the argument path a caller passed it in, for error messages. */
type ArgumentPath = (field: string | null) => string;

/** Fields a bureau may change with updateSchool; closing and reopening have their own rules. */
export type SchoolPatch = Partial<Omit<SchoolFields, 'id' | 'districtCode' | 'closedOn' | 'closureReason' | 'sampleData'>>;

/** Registers a new school. Its code must not be registered yet (in any district). */
export async function createSchool(deps: EditDeps, input: Record<string, unknown>, crs: Crs): Promise<SchoolWriteResult> {
  const path: ArgumentPath = (field) => `input${field ? `.${field}` : ''}`;
  const school = checkFields(input, String(input.districtCode), crs, path);
  const existing = (await deps.repository.findByIds([school.id])).get(school.id);
  if (existing) {
    throw new AppError('BAD_USER_INPUT', `School code ${school.id} is already registered (${existing.name}, district ${existing.districtCode}).`, { path: 'input.id' });
  }
  return save(deps, school, null, true, path);
}

/**
 * Changes some fields of a school. Setting status OPEN or PLANNED on a CLOSED school reopens it and
 * clears its closing date and reason (the closed version stays in the history).
 */
export async function updateSchool(deps: EditDeps, current: School, patch: SchoolPatch, crs: Crs): Promise<SchoolWriteResult> {
  const path: ArgumentPath = (field) => (field === null ? 'patch' : `patch.${field}`);
  if ((patch.status as string | undefined) === 'CLOSED') {
    throw new AppError('BAD_USER_INPUT', 'Close a school with closeSchool, which records the date and reason.', { path: 'patch.status' });
  }
  const reopening = current.status === 'CLOSED' && patch.status !== undefined;
  const merged = { ...fieldsOf(current), ...patch, ...(reopening ? { closedOn: null, closureReason: null } : {}) };
  const school = checkFields(merged, current.districtCode, patch.location ? crs : 'WGS84', path);
  return save(deps, school, current, patch.location !== undefined, path);
}

/** Marks a school CLOSED with a date and reason. It is never deleted: it stays readable, marked. */
export async function closeSchool(deps: EditDeps, current: School, closedOn: string, reason: string): Promise<SchoolWriteResult> {
  const path: ArgumentPath = (field) => (field === 'closureReason' ? 'reason' : field === 'closedOn' ? 'closedOn' : 'id');
  if (current.status === 'CLOSED') {
    throw new AppError('BAD_USER_INPUT', `School ${current.id} is already closed (since ${current.closedOn}).`, { path: 'id' });
  }
  const school = checkFields({ ...fieldsOf(current), status: 'CLOSED', closedOn, closureReason: reason }, current.districtCode, 'WGS84', path);
  return save(deps, school, current, false, path);
}

function fieldsOf(school: School): SchoolFields {
  return Object.fromEntries(SCHOOL_FIELD_NAMES.map((key) => [key, school[key]])) as unknown as SchoolFields;
}

function checkFields(raw: unknown, districtCode: string, crs: Crs, path: ArgumentPath): SchoolFields {
  const parsed = parseSchoolRow(raw, 1, districtCode, crs);
  if (!parsed.ok) throw invalid(parsed.problems, path);
  return parsed.school;
}

async function save(deps: EditDeps, next: SchoolFields, previous: School | null, locationWritten: boolean, path: ArgumentPath): Promise<SchoolWriteResult> {
  const warnings: string[] = [];
  if (locationWritten && next.location) {
    const boundary = await deps.boundaries.find(next.districtCode);
    if (boundary.status === 'FOUND') {
      const reason = checkInDistrict(next.location, boundary.boundary, boundary.name);
      if (reason) throw invalid([{ row: 1, field: 'location', reason }], path);
    } else {
      const why = boundary.status === 'UNKNOWN' ? 'the catchments service has no boundary for this district' : boundary.reason;
      warnings.push(`The location was not checked against the district boundary (${why}); only that it lies in China.`);
    }
  }
  const changed = previous ? changedFields(previous, next) : [];
  if (previous && changed.length === 0) return { school: previous, warnings };
  await deps.repository.saveMany([{ next, previous, changedFields: changed }], deps.actor);
  const saved = (await deps.repository.findByIds([next.id])).get(next.id)!;
  return { school: saved, warnings };
}

function invalid(problems: RowProblem[], path: ArgumentPath): AppError {
  const first = problems[0]!;
  const message = problems.map((p) => `${p.field ?? 'school'} ${p.reason}`).join('; ');
  return new AppError('BAD_USER_INPUT', message, {
    path: path(first.field?.split('.')[0] ?? null),
    details: { problems: problems.map((p) => ({ field: path(p.field), reason: p.reason })) },
  });
}
