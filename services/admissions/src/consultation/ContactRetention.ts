import type { AuditRecorder } from '../audit/AuditRecorder';
import { addDays, type Consultation } from './Consultation';

/** How long commenters' contacts are kept after a consultation closes (days); CONSULTATION_CONTACT_RETENTION_DAYS. */
export const DEFAULT_CONTACT_RETENTION_DAYS = 180;

export interface ContactRetentionDeps {
  /** Consultations in force that are CLOSED (their feedback published). */
  closed(): Promise<Consultation[]>;
  /** Sets the contact of every comment on these consultations to null; how many were removed per consultation. */
  clearContacts(consultationIds: string[]): Promise<Map<string, number>>;
  audit: AuditRecorder;
  /** Today in Beijing (YYYY-MM-DD). */
  today(): string;
  retentionDays: number;
  /** One line per sweep that removed anything: counts, never contents. */
  log(line: string): void;
}

export interface ContactSweep {
  consultations: number;
  contacts: number;
}

/**
 * Deletes the contacts commenters chose to give, `retentionDays` after the consultation closed (the
 * day its feedback was published): by then the bureau has answered. The comments themselves stay
 * (they are counted in the published feedback); only the contact goes. Each consultation whose
 * contacts were removed gets a history entry (`DELETE_CONTACTS`, how many). Idempotent: a second
 * sweep finds nothing left.
 */
export class ContactRetention {
  constructor(private readonly deps: ContactRetentionDeps) {}

  /** The day a closed consultation's contacts are due for deletion. */
  dueOn(consultation: Pick<Consultation, 'feedback' | 'closesOn'>): string {
    return addDays(consultation.feedback?.closedOn ?? consultation.closesOn, this.deps.retentionDays);
  }

  async sweep(): Promise<ContactSweep> {
    const today = this.deps.today();
    const due = (await this.deps.closed()).filter((c) => c.phase === 'CLOSED' && this.dueOn(c) <= today);
    if (!due.length) return { consultations: 0, contacts: 0 };
    const removed = await this.deps.clearContacts(due.map((c) => c.consultationId));
    const touched = due.filter((c) => (removed.get(c.consultationId) ?? 0) > 0);
    if (!touched.length) return { consultations: 0, contacts: 0 };
    await this.deps.audit.record(touched.map((c) => ({
      actor: 'system', role: 'SYSTEM', action: 'DELETE_CONTACTS', entityType: 'CONSULTATION', entityId: c.consultationId, districtCode: c.districtCode, schoolId: null,
      summary: `征求意见结束满 ${this.deps.retentionDays} 天（${c.feedback?.closedOn ?? c.closesOn} 结束），删除意见人联系方式 ${removed.get(c.consultationId)} 条`, changes: null,
    })));
    const contacts = touched.reduce((sum, c) => sum + (removed.get(c.consultationId) ?? 0), 0);
    this.deps.log(`[admissions] contact retention: removed ${contacts} contact(s) from ${touched.length} consultation(s) closed ${this.deps.retentionDays} or more days ago`);
    return { consultations: touched.length, contacts };
  }
}
