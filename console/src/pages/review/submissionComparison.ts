import { label } from '../../api';
import type {
  AdmissionResultVersionsQuery,
  EnrolmentPlanVersionsQuery,
  SubmissionFieldsFragment,
  TransferReportVersionsQuery,
} from '../../api/generated/graphql';
import type { ComparedField } from './ComparisonTable';

type Result = AdmissionResultVersionsQuery['admissionResultVersions'][number];
type Plan = EnrolmentPlanVersionsQuery['enrolmentPlanVersions'][number];
type Transfer = TransferReportVersionsQuery['transferReportVersions'][number];

const preferential = (rows: readonly { category: string; count: number; policyDocumentNumber: string }[] | undefined) =>
  rows?.length ? rows.map((p) => `${label(p.category)} ${p.count} 人（${p.policyDocumentNumber}）`).join('；') : null;
const counts = (rows: readonly { reason: string; count: number }[] | undefined) =>
  rows?.length ? rows.map((c) => `${label(c.reason)} ${c.count}`).join('，') : null;
const total = (rows: readonly { count: number }[] | undefined) => (rows ? rows.reduce((sum, c) => sum + c.count, 0) : null);

/** A submission's fields against the version in force (null when nothing is published yet). */
export function submissionComparison(s: SubmissionFieldsFragment, inForce: Result | Plan | Transfer | null): ComparedField[] {
  const common: ComparedField[] = [{ label: '更正原因', inForce: null, submitted: s.correctionReason, text: true }];
  if (s.admissionResult) {
    const now = inForce as Result | null;
    const next = s.admissionResult;
    return [
      { label: '计划招生数', inForce: now?.plannedSeats, submitted: next.plannedSeats },
      { label: '报名人数', inForce: now?.applicants, submitted: next.applicants },
      { label: '录取人数', inForce: now?.admitted, submitted: next.admitted },
      ...(next.stage === 'SENIOR' ? [{ label: '录取分数线', inForce: now?.cutoffScore, submitted: next.cutoffScore }] : []),
      { label: '差异原因', inForce: label(now?.explanation?.reasonCode), submitted: label(next.explanation?.reasonCode) },
      { label: '差异说明', inForce: now?.explanation?.text, submitted: next.explanation?.text, text: true },
      { label: '政策性照顾录取', inForce: preferential(now?.preferential), submitted: preferential(next.preferential), text: true },
      ...common,
    ];
  }
  if (s.enrolmentPlan) {
    const now = inForce as Plan | null;
    return [
      { label: '计划招生数', inForce: now?.plannedSeats, submitted: s.enrolmentPlan.plannedSeats },
      { label: '计划班数', inForce: now?.plannedClasses, submitted: s.enrolmentPlan.plannedClasses },
      ...common,
    ];
  }
  if (s.transfer) {
    const now = inForce as Transfer | null;
    return [
      { label: '转入合计', inForce: total(now?.transfersIn), submitted: total(s.transfer.transfersIn) },
      { label: '转出合计', inForce: total(now?.transfersOut), submitted: total(s.transfer.transfersOut) },
      { label: '转入（按原因）', inForce: counts(now?.transfersIn), submitted: counts(s.transfer.transfersIn), text: true },
      { label: '转出（按原因）', inForce: counts(now?.transfersOut), submitted: counts(s.transfer.transfersOut), text: true },
      ...common,
    ];
  }
  return common;
}
