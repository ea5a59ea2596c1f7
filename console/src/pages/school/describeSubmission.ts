import { label } from '../../api';
import type { SubmissionFieldsFragment } from '../../api/generated/graphql';

/** One line saying what a submission holds, e.g. `2026年 小学 第1批：计划 270，报名 301，录取 265`. */
export function describeSubmission(s: SubmissionFieldsFragment): string {
  const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);
  if (s.admissionResult) {
    const r = s.admissionResult;
    return `${s.year}年 ${label(r.stage)} 第${r.round}批：计划 ${r.plannedSeats}，报名 ${r.applicants}，录取 ${r.admitted}`;
  }
  if (s.enrolmentPlan) {
    const p = s.enrolmentPlan;
    return `${s.year}年 ${label(p.stage)}：计划招生 ${p.plannedSeats}${p.plannedClasses != null ? `，${p.plannedClasses} 个班` : ''}`;
  }
  if (s.transfer) {
    const t = s.transfer;
    return `${s.year}学年 ${label(t.term)}：转入 ${sum(t.transfersIn)}，转出 ${sum(t.transfersOut)}`;
  }
  if (s.schoolRules) return `${s.year}年 ${label(s.schoolRules.stage)} 校级招生细则`;
  return `${s.year}年`;
}
