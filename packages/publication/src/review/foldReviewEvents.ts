import type { ReviewEvent, ReviewItem } from './ReviewItem';

/** The item's state from its events (seq 0 first); null when it was never submitted. */
export function foldReviewEvents(events: readonly ReviewEvent[]): ReviewItem | null {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const submitted = ordered[0];
  if (!submitted || submitted.seq !== 0) return null;
  const item: ReviewItem = {
    id: submitted.itemId,
    kind: submitted.kind,
    recordKey: submitted.recordKey,
    districtCode: submitted.districtCode,
    status: 'SUBMITTED',
    payload: submitted.payload ?? null,
    summary: submitted.summary ?? '',
    submittedBy: submitted.actor,
    submittedAt: submitted.at,
    decidedOn: submitted.decidedOn ?? null,
    reviewedBy: null,
    reviewedAt: null,
    returnReason: null,
    result: null,
  };
  for (const event of ordered.slice(1)) {
    item.status = event.type;
    if (event.seq === 1) {
      item.reviewedBy = event.actor;
      item.reviewedAt = event.at;
      item.returnReason = event.reason ?? null;
    }
    if (event.seq === 2) {
      item.result = event.result ?? null;
      // RETURNED after approval: publishing lost to another change; the approval stays on record.
      if (event.reason !== undefined) item.returnReason = event.reason;
    }
  }
  return item;
}
