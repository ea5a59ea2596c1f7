import { parseDecidedOn } from '@zsgk/working-days';
import { randomBytes } from 'node:crypto';
import { AppError, rowProblemsFromZod } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { ReviewItem } from '@zsgk/publication';
import type { Published } from '../admissions/Admission';
import { sameFields } from '../admissions/planImport';
import type { BureauChanges } from '../review/BureauChanges';
import type { DistrictScope } from '../scope/DistrictScope';
import { namedListKey, namedListSchema, type NamedListFields } from './NamedList';

export interface NamedListDeps {
  scope: DistrictScope;
  changes: BureauChanges;
  findInForce(keys: string[]): Promise<Map<string, NamedListFields & Published>>;
}

/**
 * The bureau submits a named list for review (its own district, a school registered there), or a
 * school clerk its own school's list (the school registered in the district named); strict entries. Null when the list equals the one in force (nothing to publish).
 */
export async function submitNamedList(deps: NamedListDeps, form: Record<string, unknown>, identity: Identity): Promise<ReviewItem | null> {
  const { decidedOn: decidedOnInput, ...input } = form;
  const districtCode = String(input.districtCode ?? '');
  const attempt = { action: 'PUBLISH', entityType: 'NAMED_LIST' };
  const entityId = `${districtCode}:${input.schoolId ?? '-'}:${input.kind}`;
  if (identity.role === 'SCHOOL') {
    // A school clerk: its own school's list only; the register says which district's bureau reviews it.
    if (input.schoolId !== identity.schoolId) {
      await deps.scope.refuse(identity, districtCode, 'input.schoolId', { ...attempt, entityId }, `学校用户只能提交本校（${identity.schoolId}）的名单，不能提交学校 ${String(input.schoolId ?? '（未填）')} 的名单。`);
    }
  } else {
    await deps.scope.requireBureauOf(identity, districtCode, 'input.districtCode', { ...attempt, entityId });
  }
  const decidedOn = parseDecidedOn(decidedOnInput, 'input.decidedOn');
  const parsed = namedListSchema(new Date()).safeParse(input);
  if (!parsed.success) {
    const problems = rowProblemsFromZod(parsed.error.issues, 1);
    throw new AppError('BAD_USER_INPUT', problems.map((p) => `${p.field} ${p.reason}`).join('; '), { path: `input.${problems[0]!.field}` });
  }
  const { correctionReason, ...fields } = parsed.data;
  if (fields.schoolId) await deps.scope.requireSchoolsOf(identity, districtCode, [{ schoolId: fields.schoolId, path: 'input.schoolId' }], attempt);
  const key = namedListKey(fields);
  const previous = (await deps.findInForce([key])).get(key);
  if (previous && sameFields(fields, previous)) return null;
  if (previous && !correctionReason) throw new AppError('BAD_USER_INPUT', 'This changes a published list: say why in correctionReason.', { path: 'input.correctionReason' });
  // The salt keeps the published digest of the entries from being guessed name by name (see contentOf).
  const change = { key, fields: { ...fields, entriesSalt: randomBytes(16).toString('hex') }, correctionReason, previous: previous && { id: previous.id, version: previous.version } };
  const summary = `${fields.kind} ${fields.title}: ${fields.entries.length} entries${previous ? `, correcting version ${previous.version} (${correctionReason})` : ''}`;
  if (identity.role === 'SCHOOL') return deps.changes.submitFromSchool('NAMED_LIST', { recordKey: key, districtCode, payload: { changes: [change] }, summary, decidedOn }, identity);
  return deps.changes.submit('NAMED_LIST', { recordKey: key, districtCode, payload: { changes: [change] }, summary, decidedOn }, identity);
}
