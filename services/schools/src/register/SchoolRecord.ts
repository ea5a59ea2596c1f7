import type { RegisterAction } from './RegisterChange';
import type { School } from './School';

export const RECORD_STATUSES = ['PUBLISHED', 'SUPERSEDED'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/**
 * One published version of a school's register entry (a versioned, logged record). Never edited
 * once written, except that the replaced version is marked SUPERSEDED; the entry in force is the
 * highest version of a school.
 */
export interface SchoolRecord extends School {
  /** `versionId('SCHOOL', id, version)`: the deterministic id that makes publishing exactly-once. */
  recordId: string;
  recordStatus: RecordStatus;
  /** Fields this version changed from the one before (every maintained field for version 1). */
  changedFields: string[];
  /** The register change (review item) that published it; null for versions written before review existed. */
  reviewId: string | null;
  /** The officer who approved it; null as for reviewId. */
  approvedBy: string | null;
  action: RegisterAction | null;
  /**
   * The date the decision was made, changed or expired (YYYY-MM-DD, Beijing), from the register
   * change; published in the content (annual report timeliness). Absent on versions published before
   * it was recorded, whose content and hash stay as logged.
   */
  decidedOn?: string;
}
