/** One audited write or refused attempt: who, when, what, and under which district it is filed. */
export interface AuditEvent {
  id: string;
  at: Date;
  /** The caller's subject ('anonymous' for the public). */
  actor: string;
  role: string;
  /** The caller's own district, when a bureau user. */
  actorDistrictCode: string | null;
  /** The mutation, e.g. importCatchments. */
  action: string;
  /** DONE, or REFUSED with the error code. */
  outcome: 'DONE' | 'REFUSED';
  code: string | null;
  /** The district the write targeted: a refusal is filed under the district it would have touched. */
  districtCode: string;
  /** The record written or aimed at (set id, review item id, district code …), when known. */
  target: string | null;
  /** What happened, in one line (the refusal's message, or what was written). */
  summary: string;
}
