import { COMPLIANCE_ITEMS, type ComplianceCell, type ComplianceItemKey } from './complianceItems';

interface CheckedItem { item: string; present: boolean; detail: string }

/** One school of admissionsSummary.disclosureChecklist, with what the compliance query selects on it. */
export interface ChecklistSchool {
  id: string;
  name: string;
  stages: readonly string[];
  admissionsDisclosure: { items: readonly CheckedItem[] };
  catchmentDisclosure: { items: readonly CheckedItem[] };
  registerDisclosure: { items: readonly CheckedItem[] };
  admissions: readonly {
    plannedSeats: number;
    admitted: number;
    publishedAt: string;
    explanation: { text: string } | null;
    preferential: readonly { policyDocumentNumber: string; policyDocument: { publishedAt: string | null } | null }[];
  }[];
  transfers: readonly { term: string }[];
  namedLists: readonly { title: string; entries: readonly { masked: boolean }[] }[];
}

export interface ComplianceInput {
  year: number;
  stage: string;
  /** Today (Beijing), YYYY-MM-DD: the date the summary judged deadlines on. */
  asOf: string;
  schools: readonly ChecklistSchool[];
  /** admissionsSummary.excludedSchools: CLOSED, NOT_YET_OPEN or STAGE_NOT_OFFERED. */
  excluded: ReadonlyMap<string, { reason: string; on: string | null }>;
  /** admissionsSummary.overdue, by school. */
  overdue: ReadonlyMap<string, { reason: string; dueOn: string; workingDaysOverdue: number }>;
  /** The year's rules (this stage): first day of registration and last day of the round, when it has a timetable. */
  registrationOpensOn: string | null;
  /** Due date of the admission figures (20 working days after the round closed), when the rules have a timetable. */
  resultsDueOn: string | null;
  /** Whether the rules in force publish their interpretation (text or link); null without rules. */
  rulesInterpreted: boolean | null;
  /** Working days from asOf to a date, from the service's holiday calendar; null past its reach. */
  workingDaysUntil(date: string): number | null;
}

export interface ComplianceRow {
  schoolId: string;
  schoolName: string;
  /** Why the school owes less this year (停办 / 尚未开办), or null. */
  exclusion: string | null;
  cells: Record<ComplianceItemKey, ComplianceCell>;
}

const EXCLUSION_LABEL: Record<string, string> = { CLOSED: '已停办', NOT_YET_OPEN: '尚未开办', STAGE_NOT_OFFERED: '不设该学段' };
/** Items only an operating school owes: a closed or not-yet-open school is not applicable there. */
const OPERATING_ONLY: ReadonlySet<ComplianceItemKey> = new Set(['ENROLMENT_PLAN', 'ADMISSION_RESULTS', 'TRANSFERS', 'POLICY_BEFORE_USE', 'NAMED_LISTS_MASKED']);
const TERM_LABEL: Record<string, string> = { AUTUMN: '秋季学期', SPRING: '春季学期' };

const ok = (detail: string): ComplianceCell => ({ state: 'OK', detail });
const na = (detail: string): ComplianceCell => ({ state: 'NOT_APPLICABLE', detail });

/** Schools × statutory items, each cell with its state and working days left or overdue. Pure: the page feeds it the query's answer. */
export function buildComplianceRows(input: ComplianceInput): ComplianceRow[] {
  return input.schools.map((school) => {
    const exclusion = input.excluded.get(school.id);
    const offersStage = school.stages.includes(input.stage);
    const cells = {} as Record<ComplianceItemKey, ComplianceCell>;
    for (const { key } of COMPLIANCE_ITEMS) {
      if (!offersStage) cells[key] = na('本校不设该学段');
      else if (exclusion && (exclusion.reason === 'CLOSED' || OPERATING_ONLY.has(key))) cells[key] = na(`${EXCLUSION_LABEL[exclusion.reason] ?? exclusion.reason}${exclusion.on ? `（${exclusion.on}）` : ''}`);
      else cells[key] = cellFor(key, school, input);
    }
    return { schoolId: school.id, schoolName: school.name, exclusion: exclusion ? EXCLUSION_LABEL[exclusion.reason] ?? exclusion.reason : null, cells };
  });
}

function disclosed(school: ChecklistSchool, item: string): CheckedItem | undefined {
  return [...school.admissionsDisclosure.items, ...school.catchmentDisclosure.items, ...school.registerDisclosure.items].find((i) => i.item === item);
}

function missingUntil(input: ComplianceInput, detail: string, dueOn: string | null): ComplianceCell {
  if (!dueOn) return { state: 'MISSING', detail };
  return { state: 'MISSING', detail, dueOn, workingDaysLeft: input.workingDaysUntil(dueOn) };
}

function cellFor(key: ComplianceItemKey, school: ChecklistSchool, input: ComplianceInput): ComplianceCell {
  switch (key) {
    case 'ENROLMENT_PLAN': {
      const item = disclosed(school, key);
      if (item?.present) return ok('招生计划已公开');
      if (input.registrationOpensOn && input.asOf >= input.registrationOpensOn) return { state: 'OVERDUE', detail: `报名已于 ${input.registrationOpensOn} 开始，招生计划未公开` };
      return missingUntil(input, '招生计划未公开（须在报名开始前公开）', input.registrationOpensOn ? dayBefore(input.registrationOpensOn) : null);
    }
    case 'ADMISSION_RESULTS': return resultsCell(school, input);
    case 'TRANSFERS': return transfersCell(school, input);
    case 'POLICY_BEFORE_USE': return policyBeforeUseCell(school);
    case 'NAMED_LISTS_MASKED': return namedListsCell(school);
    case 'INTERPRETATION':
      if (input.rulesInterpreted === null) return { state: 'MISSING', detail: `${input.year} 年招生方案未公开` };
      return input.rulesInterpreted ? ok('招生方案附政策解读') : { state: 'PROBLEM', detail: '招生方案未附政策解读' };
    case 'CONSULTATION_CONTACTS': {
      const district = disclosed(school, key);
      const own = disclosed(school, 'SCHOOL_CONTACTS');
      const found = [district?.present && '招生方案中的咨询电话', own?.present && '学校的咨询、监督电话和信访地址'].filter(Boolean);
      if (found.length > 0) return ok(`已公开${found.join('、')}`);
      return { state: 'MISSING', detail: '未公开咨询电话' };
    }
    default: {
      // The services' own detail is in English (for logs); staff read the item's name and its state.
      const item = disclosed(school, key);
      const label = COMPLIANCE_ITEMS.find((i) => i.key === key)!.label;
      if (!item) return { state: 'MISSING', detail: `未能检查${label}（相关服务暂不可用）` };
      return item.present ? ok(`${label}已公开`) : { state: 'MISSING', detail: `${input.year} 年${label}未公开` };
    }
  }
}

function resultsCell(school: ChecklistSchool, input: ComplianceInput): ComplianceCell {
  const overdue = input.overdue.get(school.id);
  if (school.admissions.length === 0) {
    if (overdue) return { state: 'OVERDUE', detail: overdue.reason === 'CHANGE_PENDING' ? '更正未按期公开' : '录取数据未按期公开', dueOn: overdue.dueOn, workingDaysOverdue: overdue.workingDaysOverdue };
    return missingUntil(input, '录取数据未公开', input.resultsDueOn);
  }
  const unexplained = school.admissions.filter((r) => r.admitted !== r.plannedSeats && !r.explanation);
  if (unexplained.length > 0) return { state: 'PROBLEM', detail: '录取数与计划数不一致，未公开说明' };
  if (overdue) return { state: 'OVERDUE', detail: '更正未按期公开', dueOn: overdue.dueOn, workingDaysOverdue: overdue.workingDaysOverdue };
  const gaps = school.admissions.filter((r) => r.admitted !== r.plannedSeats).length;
  return ok(gaps > 0 ? `已公开，${gaps} 轮录取数与计划数不一致，均附说明` : '已公开，录取数与计划数一致');
}

/** A school year's terms that have begun by asOf: autumn from 1 September of the year, spring from 15 February of the next. */
function termsDue(year: number, asOf: string): string[] {
  return [asOf >= `${year}-09-01` ? 'AUTUMN' : null, asOf >= `${year + 1}-02-15` ? 'SPRING' : null].filter((t): t is string => t !== null);
}

function transfersCell(school: ChecklistSchool, input: ComplianceInput): ComplianceCell {
  const due = termsDue(input.year, input.asOf);
  if (due.length === 0) return na('本学年尚未开学');
  const published = new Set(school.transfers.map((t) => t.term));
  const missing = due.filter((t) => !published.has(t));
  if (missing.length === 0) return ok(`已公开：${due.map((t) => TERM_LABEL[t]).join('、')}`);
  return { state: 'MISSING', detail: `未公开：${missing.map((t) => TERM_LABEL[t]).join('、')}` };
}

function policyBeforeUseCell(school: ChecklistSchool): ComplianceCell {
  const citations = school.admissions.flatMap((r) => r.preferential.map((p) => ({ ...p, usedAt: r.publishedAt })));
  if (citations.length === 0) return na('无政策性照顾录取');
  const late = citations.filter((c) => !c.policyDocument?.publishedAt || c.policyDocument.publishedAt > c.usedAt);
  if (late.length > 0) return { state: 'PROBLEM', detail: `引用的政策文件未先公开：${[...new Set(late.map((c) => c.policyDocumentNumber))].join('、')}` };
  return ok(`引用的 ${new Set(citations.map((c) => c.policyDocumentNumber)).size} 份政策文件均先于使用公开`);
}

function namedListsCell(school: ChecklistSchool): ComplianceCell {
  if (school.namedLists.length === 0) return na('本年无公示名单');
  const exposed = school.namedLists.filter((l) => l.entries.some((e) => !e.masked));
  if (exposed.length > 0) return { state: 'PROBLEM', detail: `公开视图含未脱敏信息：${exposed.map((l) => l.title).join('、')}` };
  return ok(`${school.namedLists.length} 份名单公开时已脱敏`);
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
