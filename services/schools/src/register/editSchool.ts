import { AppError, type RowProblem } from '@zsgk/errors';
import { fieldLabel } from '@zsgk/messages';
import type { Crs } from '@zsgk/geo';
import { checkInDistrict, uncheckedBecause } from './checkInDistrict';
import { fieldsOf, planChange } from './diffFields';
import type { DistrictBoundarySource } from './DistrictBoundary';
import { parseSchoolRow } from './parseSchoolRow';
import type { SchoolChange } from './RegisterChange';
import type { School, SchoolFields } from './School';

/** A planned one-school change (null when it would change nothing), with the checks that could not be made. */
export interface PlannedEdit {
  change: SchoolChange | null;
  warnings: string[];
}

/** Maps a school field to the argument path a caller passed it in, for error messages. */
type ArgumentPath = (field: string | null) => string;

/** Fields a bureau may change with updateSchool; closing and reopening have their own mutations. */
export type SchoolPatch = Partial<Omit<SchoolFields, 'id' | 'districtCode' | 'closedOn' | 'closureReason' | 'sampleData'>>;

/** Plans registering a new school. `existing` is the school already holding that code, if any (in any district). */
export async function planCreate(boundaries: DistrictBoundarySource, input: Record<string, unknown>, existing: School | null, crs: Crs): Promise<PlannedEdit> {
  const path: ArgumentPath = (field) => `input${field ? `.${field}` : ''}`;
  const school = checkFields(input, String(input.districtCode), crs, path);
  if (existing) {
    throw new AppError('BAD_USER_INPUT', `学校标识码 ${school.id} 已经登记（${existing.name}，${existing.districtCode} 区）；请核对标识码，或修改已登记的学校`, { path: 'input.id' });
  }
  if (school.status === 'CLOSED') throw new AppError('BAD_USER_INPUT', '新登记的学校状态应为正常或筹建；撤销请在登记后用“撤销学校”（closeSchool）', { path: 'input.status' });
  return plan(boundaries, school, null, true, path);
}

/** Plans changing some fields of a school that is not CLOSED (a closed school is reopened with reopenSchool). */
export async function planUpdate(boundaries: DistrictBoundarySource, current: School, patch: SchoolPatch, crs: Crs): Promise<PlannedEdit> {
  const path: ArgumentPath = (field) => (field === null ? 'patch' : `patch.${field}`);
  if ((patch.status as string | undefined) === 'CLOSED') {
    throw new AppError('BAD_USER_INPUT', '撤销学校请用“撤销学校”（closeSchool），它会记录撤销日期和原因', { path: 'patch.status' });
  }
  if (current.status === 'CLOSED' && patch.status !== undefined) {
    throw new AppError('BAD_USER_INPUT', `学校 ${current.id} 已于 ${current.closedOn} 撤销；重新开办请用 reopenSchool。`, { path: 'patch.status' });
  }
  const school = checkFields({ ...fieldsOf(current), ...patch }, current.districtCode, patch.location ? crs : 'WGS84', path);
  return plan(boundaries, school, current, patch.location !== undefined, path);
}

/** Plans marking a school CLOSED with a date and reason. It is never deleted: it stays readable, marked. */
export async function planClose(boundaries: DistrictBoundarySource, current: School, closedOn: string, reason: string): Promise<PlannedEdit> {
  const path: ArgumentPath = (field) => (field === 'closureReason' ? 'reason' : field === 'closedOn' ? 'closedOn' : 'id');
  if (current.status === 'CLOSED') {
    throw new AppError('BAD_USER_INPUT', `学校 ${current.id} 已于 ${current.closedOn} 撤销，无需再次撤销`, { path: 'id' });
  }
  const school = checkFields({ ...fieldsOf(current), status: 'CLOSED', closedOn, closureReason: reason }, current.districtCode, 'WGS84', path);
  return plan(boundaries, school, current, false, path);
}

/** Plans reopening a CLOSED school (the only way to): its closing date and reason are cleared, kept in its history. */
export async function planReopen(boundaries: DistrictBoundarySource, current: School, status: 'OPEN' | 'PLANNED'): Promise<PlannedEdit> {
  const path: ArgumentPath = (field) => (field === 'status' ? 'status' : 'id');
  if (current.status !== 'CLOSED') {
    throw new AppError('BAD_USER_INPUT', `学校 ${current.id} 未撤销（状态 ${current.status}），无需重新开办。`, { path: 'id' });
  }
  const school = checkFields({ ...fieldsOf(current), status, closedOn: null, closureReason: null }, current.districtCode, 'WGS84', path);
  return plan(boundaries, school, current, false, path);
}

function checkFields(raw: unknown, districtCode: string, crs: Crs, path: ArgumentPath): SchoolFields {
  const parsed = parseSchoolRow(raw, 1, districtCode, crs);
  if (!parsed.ok) throw invalid(parsed.problems, path);
  return parsed.school;
}

async function plan(boundaries: DistrictBoundarySource, next: SchoolFields, current: School | null, locationWritten: boolean, path: ArgumentPath): Promise<PlannedEdit> {
  const warnings: string[] = [];
  if (locationWritten && next.location) {
    const boundary = await boundaries.find(next.districtCode);
    if (boundary.status === 'FOUND') {
      const reason = checkInDistrict(next.location, boundary.boundary, boundary.name);
      if (reason) throw invalid([{ row: 1, field: 'location', reason }], path);
    } else {
      warnings.push(`未核对学校位置是否在本区边界内（${uncheckedBecause(boundary)}），只核对了位置在中国境内`);
    }
  }
  return { change: planChange(current, next, null), warnings };
}

function invalid(problems: RowProblem[], path: ArgumentPath): AppError {
  const first = problems[0]!;
  // 「招生咨询电话」不是有效的电话号码…；「位置」…: each problem under the field's Chinese label.
  const message = problems.map((p) => (p.field ? `「${fieldLabel(p.field)}」${p.reason}` : p.reason)).join('；');
  return new AppError('BAD_USER_INPUT', message, {
    path: path(first.field?.split('.')[0] ?? null),
    details: { problems: problems.map((p) => ({ field: path(p.field), reason: p.reason })) },
  });
}
