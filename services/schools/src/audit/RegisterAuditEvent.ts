/**
 * One entry of the register's audit: every bureau write and every refusal, filed under the district
 * the write targeted (for a refused cross-district attempt, the district of the school it named,
 * not the caller's own), so that district's bureau sees who tried what.
 */
export interface RegisterAuditEvent {
  at: Date;
  /** Signed-in subject, or 'anonymous'. */
  actor: string;
  role: 'PUBLIC' | 'SCHOOL' | 'BUREAU';
  /** The caller's own district (BUREAU), else null. */
  actorDistrictCode: string | null;
  /** The district the write targeted: whose audit this entry belongs to. */
  districtCode: string;
  /** e.g. SUBMIT_IMPORT, SUBMIT_UPDATE, APPROVE, RETURN, PUBLISH, CONFLICT, REFUSED. */
  action: string;
  /** The mutation called, e.g. updateSchool. */
  operation: string;
  outcome: 'OK' | 'REFUSED';
  /** The error code of a refusal, else null. */
  errorCode: string | null;
  /** Schools the write touched or named. */
  schoolIds: string[];
  /** The register change (review item) involved, if any. */
  reviewId: string | null;
  /** One line a reviewer reads (the refusal's message, or what was submitted). */
  summary: string;
}

/** Where audit entries go (data/RegisterAuditLog). */
export interface RegisterAudit {
  /** Appends an entry. With `eventId` (e.g. `<reviewId>:PUBLISH`) it is recorded once however often a repair repeats it. */
  record(event: Omit<RegisterAuditEvent, 'at'>, eventId?: string): Promise<void>;
}
