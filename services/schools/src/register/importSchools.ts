import { AppError, type RowProblem } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import type { SchoolRepository } from '../data/SchoolRepository';
import { parseSchoolRow } from './parseSchoolRow';
import { planImport } from './planImport';
import type { SchoolFields } from './School';

export interface ImportReport {
  accepted: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

export const MAX_IMPORT_ROWS = 100_000;

/**
 * Imports a district's schools all-or-nothing: every row is checked first, and only when no row has a
 * problem are the changed ones written. Rows identical to what is stored are not written again.
 */
export async function importSchools(
  repository: SchoolRepository,
  input: { districtCode: string; rows: unknown[]; crs: Crs; actor: string },
): Promise<ImportReport> {
  if (input.rows.length === 0) throw new AppError('BAD_USER_INPUT', 'The file has no rows.', { path: 'input.content' });
  if (input.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file has ${input.rows.length} rows; at most ${MAX_IMPORT_ROWS} per import.`, {
      path: 'input.content',
    });
  }
  const problems: RowProblem[] = [];
  const schools: SchoolFields[] = [];
  const firstRowOf = new Map<string, number>();
  input.rows.forEach((raw, index) => {
    const parsed = parseSchoolRow(raw, index + 1, input.districtCode, input.crs);
    if (!parsed.ok) return void problems.push(...parsed.problems);
    const earlier = firstRowOf.get(parsed.school.id);
    if (earlier !== undefined) {
      problems.push({ row: index + 1, field: 'id', reason: `school code ${parsed.school.id} already appears in row ${earlier}` });
      return;
    }
    firstRowOf.set(parsed.school.id, index + 1);
    schools.push(parsed.school);
  });

  const existing = await repository.findByIds(schools.map((s) => s.id));
  for (const school of existing.values()) {
    if (school.districtCode !== input.districtCode) {
      problems.push({
        row: firstRowOf.get(school.id) ?? 0,
        field: 'id',
        reason: `school code ${school.id} is registered in district ${school.districtCode}`,
      });
    }
  }
  if (problems.length) return { accepted: false, created: 0, updated: 0, unchanged: 0, problems };

  const plan = planImport(schools, existing);
  await repository.saveMany([...plan.create, ...plan.update], input.actor);
  return { accepted: true, created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, problems: [] };
}
