import { label } from '../../api';
import type { EnrolmentRulesChangesQuery, RulesFieldsFragment } from '../../api/generated/graphql';
import type { ComparedField } from './ComparisonTable';

type Proposed = NonNullable<EnrolmentRulesChangesQuery['bureauChanges']>[number]['enrolmentRules'][number];
type Rules = Pick<Proposed, Exclude<keyof Proposed, 'correctionReason' | 'replacesVersion' | '__typename'>>;

const lines = (items: readonly string[]) => items.join('\n');
const phases = (timetable: Rules['timetable']) => timetable.map((p) => `${label(p.phase)}：${p.startsOn} 至 ${p.endsOn}`).join('\n');

/** The rules a change will publish against those in force, field by field in the 招生规则 page's words. */
export function enrolmentRulesComparison(proposed: Proposed, inForce: RulesFieldsFragment | null): ComparedField[] {
  const row = (label: string, pick: (r: Rules) => string | null | undefined, text = false): ComparedField => ({
    label,
    inForce: inForce ? pick(inForce) : null,
    submitted: pick(proposed),
    text,
  });
  return [
    row('标题', (r) => r.title, true),
    row('文号', (r) => r.documentNumber),
    row('印发日期', (r) => r.issuedOn),
    row('招生日程', (r) => phases(r.timetable), true),
    row('招生对象', (r) => lines(r.eligibility), true),
    row('证件要求', (r) => lines(r.papers), true),
    row('随迁子女条件', (r) => lines(r.migrantEligibility), true),
    row('随迁子女材料', (r) => lines(r.migrantPapers), true),
    row('录取方式', (r) => r.admissionMethod, true),
    row('正文', (r) => r.body, true),
    row('解读', (r) => r.interpretation, true),
    row('原文链接', (r) => r.sourceUrl),
    row('解读链接', (r) => r.interpretationUrl),
    row('咨询电话', (r) => r.consultationPhone),
    row('监督举报电话', (r) => r.supervisionPhone),
    row('信访接待地址', (r) => r.petitionAddress, true),
  ];
}
