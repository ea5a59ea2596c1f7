import type { ReviewQueue } from '@zsgk/publication';
import type { BureauChanges } from '../review/BureauChanges';
import type { Submission } from '../workflow/Submission';

export interface RepairDeps {
  reviews: Pick<ReviewQueue, 'approvedUnpublished'>;
  changes: Pick<BureauChanges, 'publish'>;
  submissions: { repairTransitions(): Promise<number>; find(filter: { status: ['APPROVED'] }): Promise<Submission[]> };
  workflow: { publishApproved(submission: Submission): Promise<Submission> };
}

export interface RepairReport {
  /** Approved bureau changes and school submissions whose publication was finished now. */
  finished: string[];
  /** Those that could not be finished (e.g. CONFLICT: another version was published meanwhile), with why. */
  failed: { id: string; reason: string }[];
}

/**
 * The startup repair pass: finishes every publication a crash left half-done. Each step of a
 * publication is idempotent (deterministic version ids, idempotent log appends and audit ids), so
 * publishing an approved item again completes exactly what was missing and repeats nothing.
 */
export async function repairPublications(deps: RepairDeps): Promise<RepairReport> {
  const report: RepairReport = { finished: [], failed: [] };
  const attempt = async (id: string, publish: () => Promise<unknown>) => {
    try {
      await publish();
      report.finished.push(id);
    } catch (error) {
      report.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const item of await deps.reviews.approvedUnpublished()) await attempt(item.id, () => deps.changes.publish(item));
  await deps.submissions.repairTransitions();
  for (const submission of await deps.submissions.find({ status: ['APPROVED'] })) await attempt(submission.id, () => deps.workflow.publishApproved(submission));
  return report;
}
