import { AppError, isAppError } from '@zsgk/errors';
import type { Officer } from '../register/RegisterPublisher';
import type { School } from '../register/School';
import { checkSchoolId } from './checkArguments';
import { actorOf, type SchoolsContext } from './SchoolsContext';

/** What a write aimed at, filled in as it is learnt: a refusal is audited under this district. */
export interface WriteTarget {
  districtCode: string | null;
  schoolIds: string[];
  reviewId: string | null;
}

/**
 * Runs a bureau write; when it is refused (any AppError), records who tried what under the district
 * it targeted — the school's or the change's district, not the caller's — and rethrows.
 */
export async function auditedWrite<T>(ctx: SchoolsContext, operation: string, run: (target: WriteTarget) => Promise<T>): Promise<T> {
  const target: WriteTarget = { districtCode: null, schoolIds: [], reviewId: null };
  try {
    return await run(target);
  } catch (error) {
    if (isAppError(error)) await recordRefusal(ctx, operation, target, error.code, error.message);
    throw error;
  }
}

export async function recordRefusal(ctx: SchoolsContext, operation: string, target: WriteTarget, code: string, message: string): Promise<void> {
  const own = ctx.identity.role === 'BUREAU' ? ctx.identity.districtCode : null;
  const districtCode = target.districtCode ?? own;
  if (!districtCode) return;
  await ctx.audit
    .record({
      actor: actorOf(ctx),
      role: ctx.identity.role,
      actorDistrictCode: own,
      districtCode,
      action: 'REFUSED',
      operation,
      outcome: 'REFUSED',
      errorCode: code,
      schoolIds: target.schoolIds,
      reviewId: target.reviewId,
      summary: message,
    })
    .catch((error) => console.error('[schools] AUDIT WRITE FAILED', operation, error));
}

/** The caller as a bureau officer of `districtCode`, or UNAUTHENTICATED / FORBIDDEN naming what was targeted. */
export function officerOf(ctx: SchoolsContext, districtCode: string, what: string, path: string): Officer {
  const identity = ctx.identity;
  if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
  if (identity.role !== 'BUREAU') throw new AppError('FORBIDDEN', `只有 ${districtCode} 区教育局可以修改${what}`, { path });
  if (identity.districtCode !== districtCode) throw new AppError('FORBIDDEN', `${what}属于 ${districtCode} 区，不属于 ${identity.districtCode} 区`, { path });
  return { subject: identity.subject, districtCode };
}

/** The registered school `id`, once the caller is known to be the bureau of its district; NOT_FOUND names an unregistered code. */
export async function schoolInScope(ctx: SchoolsContext, id: string, target: WriteTarget, path = 'id'): Promise<{ school: School; officer: Officer }> {
  if (ctx.identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
  checkSchoolId(id, path);
  target.schoolIds = [id];
  const school = (await ctx.freshCatalog()).getMany([id]).get(id);
  if (!school) throw new AppError('NOT_FOUND', `学校 ${id} 不在学校名册中`, { path });
  target.districtCode = school.districtCode;
  return { school, officer: officerOf(ctx, school.districtCode, `学校 ${id} `, path) };
}
