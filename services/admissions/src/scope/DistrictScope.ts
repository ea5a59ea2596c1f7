import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { AuditEvent } from '../audit/AuditEvent';
import type { AuditRecorder } from '../audit/AuditRecorder';
import { checkSchoolScope, scopeError, type SchoolRef } from './checkSchoolScope';

/** What a refused write was trying to do, for the audit entry filed under the district it targeted. */
export interface Attempt {
  action: string;
  entityType: string;
  entityId: string;
}

export interface ScopeDeps {
  /** Each school's district in the school register (null: not registered). */
  registeredDistricts(schoolIds: string[]): Promise<Map<string, string | null>>;
  audit: AuditRecorder;
}

/**
 * District scope of every bureau write (issue 10): the caller must be the bureau of the district the
 * write targets, and every school it names must be registered in that district. Each refusal is
 * filed in the audit under the district that was targeted, so that district's bureau sees it.
 */
export class DistrictScope {
  constructor(private readonly deps: ScopeDeps) {}

  /** UNAUTHENTICATED for anonymous; FORBIDDEN (audited under `districtCode`) for anyone but its bureau. */
  async requireBureauOf(identity: Identity, districtCode: string, path: string, attempt: Attempt): Promise<Extract<Identity, { role: 'BUREAU' }>> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
    if (identity.role === 'BUREAU' && identity.districtCode === districtCode) return identity;
    const who = identity.role === 'BUREAU' ? `${identity.districtCode} 区教育局用户 ${identity.subject}` : `学校 ${identity.schoolId} 用户 ${identity.subject}`;
    const record = attempt.entityId.startsWith(attempt.entityType) ? attempt.entityId : `${attempt.entityType} ${attempt.entityId}`;
    return this.refuse(identity, districtCode, path, attempt, `${record} 属于 ${districtCode} 区；只有 ${districtCode} 区教育局可以操作（当前为${who}）。`);
  }

  /** Refuses `attempt` with `message` (FORBIDDEN unless told), filed in the audit under the district it targeted. */
  async refuse(identity: Identity, districtCode: string, path: string, attempt: Attempt, message: string, code: 'FORBIDDEN' | 'NOT_FOUND' = 'FORBIDDEN'): Promise<never> {
    await this.deps.audit.record([refusal(identity, districtCode, null, attempt, message)]);
    throw new AppError(code, message, { path });
  }

  /** Refuses the whole write (nothing stored) unless every school named is registered in `districtCode`. */
  async requireSchoolsOf(identity: Identity, districtCode: string, refs: SchoolRef[], attempt: Omit<Attempt, 'entityId'>): Promise<void> {
    const refusals = await checkSchoolScope(refs, districtCode, (ids) => this.deps.registeredDistricts(ids));
    if (refusals.length === 0) return;
    // A foreign school's refusal goes to its own district; an unregistered one to the district written to.
    await this.deps.audit.record(
      refusals.map((r) => refusal(identity, r.schoolDistrict ?? districtCode, r.schoolId, { ...attempt, entityId: r.schoolId }, r.message)),
    );
    throw scopeError(refusals);
  }
}

function refusal(identity: Identity, districtCode: string, schoolId: string | null, attempt: Attempt, reason: string): Omit<AuditEvent, 'id' | 'at'> {
  return {
    actor: identity.role === 'PUBLIC' ? 'anonymous' : identity.subject,
    role: identity.role,
    action: `REFUSED_${attempt.action}`,
    entityType: attempt.entityType,
    entityId: attempt.entityId,
    districtCode,
    schoolId,
    summary: `拒绝：${reason}`,
    changes: null,
  };
}
