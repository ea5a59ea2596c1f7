import { isAppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { AuditLog } from '../data/AuditLog';

type Resolver<A, R, C> = (parent: unknown, args: A, ctx: C) => Promise<R>;

/** What an audited mutation says about its target. */
export interface AuditTarget<A, R> {
  /** District the arguments name, when they name one (else the caller's own district is used). */
  district?: (args: A) => string | null;
  /** The record aimed at, from the arguments. */
  target?: (args: A) => string | null;
  /** One line saying what was written, from the result. */
  done: (result: R, args: A) => { summary: string; target?: string | null; districtCode?: string };
}

/**
 * Wraps a mutation so that every outcome is audited: what it wrote, under the district it wrote to,
 * or why it was refused, under the district(s) it targeted — an error's `details.targetDistricts`
 * when the domain found them (a foreign school, ground inside a neighbour), else the argument's
 * district, else the caller's own.
 */
export function audited<A, R, C extends { identity: Identity; audit: AuditLog }>(
  action: string,
  describe: AuditTarget<A, R>,
  resolver: Resolver<A, R, C>,
): Resolver<A, R, C> {
  return async (parent, args, ctx) => {
    const who = whoOf(ctx.identity, action);
    const argumentDistrict = describe.district?.(args) ?? null;
    try {
      const result = await resolver(parent, args, ctx);
      const done = describe.done(result, args);
      const districtCode = done.districtCode ?? argumentDistrict ?? who.actorDistrictCode;
      if (districtCode) {
        await ctx.audit.record([{ ...who, outcome: 'DONE', code: null, districtCode, target: done.target ?? describe.target?.(args) ?? null, summary: done.summary }]);
      }
      return result;
    } catch (error) {
      const targeted = isAppError(error) && Array.isArray(error.details?.targetDistricts) ? (error.details!.targetDistricts as string[]) : [];
      const districts = [...new Set([...targeted, ...(argumentDistrict ? [argumentDistrict] : []), ...(targeted.length || argumentDistrict ? [] : [who.actorDistrictCode ?? ''])])];
      const code = isAppError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
      const summary = isAppError(error) ? error.message : 'unexpected failure';
      await ctx.audit
        .record(districts.filter(Boolean).map((districtCode) => ({ ...who, outcome: 'REFUSED' as const, code, districtCode, target: describe.target?.(args) ?? null, summary })))
        .catch((auditError) => console.error('[catchments] could not audit a refusal', auditError));
      throw error;
    }
  };
}

function whoOf(identity: Identity, action: string) {
  return {
    action,
    actor: identity.role === 'PUBLIC' ? 'anonymous' : identity.subject,
    role: identity.role,
    actorDistrictCode: identity.role === 'BUREAU' ? identity.districtCode : null,
  };
}
