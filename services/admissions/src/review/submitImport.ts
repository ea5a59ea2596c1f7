import type { Identity } from '@zsgk/identity';
import { contentHash, type ReviewItem } from '@zsgk/publication';
import { parseDecidedOn } from '@zsgk/working-days';
import { planImport, type ImportReport, type ImportSpec } from '../admissions/planImport';
import type { PublishedKind } from '../publication/VersionChange';
import type { BureauChanges } from './BureauChanges';

/**
 * A bureau import: checked all-or-nothing (planImport), then submitted for review as one change
 * unless nothing changes. The same file sent again while its change awaits review returns that
 * change instead of a second one.
 */
export async function submitImport<F extends object>(
  changes: BureauChanges,
  kind: PublishedKind,
  spec: ImportSpec<F>,
  input: { districtCode: string; rows: unknown[]; decidedOn?: unknown },
  identity: Identity,
): Promise<ImportReport & { review: ReviewItem | null }> {
  const decidedOn = parseDecidedOn(input.decidedOn, 'input.decidedOn');
  const plan = await planImport(spec, input.rows);
  if (!plan.report.accepted || plan.changes.length === 0) return { ...plan.report, review: null };
  const recordKey = `${input.districtCode}:import-${contentHash(plan.changes.map((c) => [c.key, c.fields, c.correctionReason])).slice(0, 16)}`;
  const summary = `${plan.changes.length} 条${plan.changes.some((c) => c.previous) ? `（其中更正 ${plan.changes.filter((c) => c.previous).length} 条）` : ''}，${plan.report.unchanged} 条未变`;
  const review = await changes.submitOnce(kind, { recordKey, districtCode: input.districtCode, payload: { changes: plan.changes }, summary, decidedOn }, identity);
  return { ...plan.report, review };
}
