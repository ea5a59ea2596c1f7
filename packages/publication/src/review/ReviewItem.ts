export type ReviewStatus = 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLISHED';

export const reviewStatuses: readonly ReviewStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED'];

/** A change a bureau officer submitted for review (先审查、后公开), folded from its events. */
export interface ReviewItem {
  /** `${kind}:${recordKey}#${round}` */
  id: string;
  kind: string;
  recordKey: string;
  districtCode: string;
  status: ReviewStatus;
  payload: unknown;
  summary: string;
  submittedBy: string;
  submittedAt: string;
  /**
   * The date (YYYY-MM-DD, Beijing) the decision behind the change was made, changed or expired, which
   * starts its publication clock; null for items submitted before it was recorded (read as the
   * submission date).
   */
  decidedOn: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Why it was returned: by a reviewer, or after approval because another change was published first. */
  returnReason: string | null;
  /** What was published (ids, versions), once PUBLISHED. */
  result: unknown | null;
}

/**
 * One stored transition. `_id = ${itemId}#${seq}`: seq 0 submitted, 1 approved or returned, 2 published
 * or (after approval, when publishing lost to another change) returned.
 */
export interface ReviewEvent {
  _id: string;
  itemId: string;
  seq: 0 | 1 | 2;
  type: ReviewStatus;
  kind: string;
  recordKey: string;
  districtCode: string;
  round: number;
  actor: string;
  at: string;
  payload?: unknown;
  summary?: string;
  /** On the submission (seq 0) only: the decision date, when given. */
  decidedOn?: string;
  reason?: string;
  result?: unknown;
}
