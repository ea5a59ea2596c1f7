/** What every service's clock item carries (the fields the 逾期 list shows). */
interface Clocked {
  label: string;
  state: string;
  decidedOn: string;
  dueOn: string;
  publishedOn?: string | null;
  workingDaysOverdue: number;
  calendarCovered: boolean;
  missingCalendarYears: readonly number[];
}

type Lists<T> = { overdue: readonly T[]; publishedLate: readonly T[] } | null | undefined;

/** The three services' answers (BureauOverdueDecisions); a service that failed answers null. */
export interface OverdueAnswers {
  admissions: Lists<Clocked & { kind: string; changeId: string }>;
  register: Lists<Clocked & { action: string; change: { id: string } }>;
  zoneSets: Lists<Clocked & { setId: string; change: { id: string } }>;
}

export interface OverdueDecision extends Clocked {
  /** Row key: the review item (or submission) id. */
  key: string;
  /** 招生方案, 学校名录（撤销）, 划片方案, … */
  kindLabel: string;
  late: boolean;
}

const KIND_LABELS: Record<string, string> = {
  ENROLMENT_RULES: '招生方案', ADMISSION_RESULT: '录取数据', ENROLMENT_PLAN: '招生计划', NAMED_LIST: '名单公示', POLICY_DOCUMENT: '政策文件',
  CONSULTATION: '征求意见', TRANSFER: '转学情况', SCHOOL_RULES: '学校招生细则',
};
const REGISTER_ACTIONS: Record<string, string> = { IMPORT: '导入', CREATE: '新增', UPDATE: '修改', CLOSE: '撤销', REOPEN: '重新开办' };

/**
 * One list of every kind's decisions past their deadline, unpublished first (oldest deadline first),
 * then those published late; and the calendar years missing from any count, ascending.
 */
export function mergeOverdueDecisions(answers: OverdueAnswers): { decisions: OverdueDecision[]; missingYears: number[] } {
  const rows: OverdueDecision[] = [];
  const add = <T extends Clocked>(lists: Lists<T>, key: (item: T) => string, kindLabel: (item: T) => string) => {
    for (const item of [...(lists?.overdue ?? []), ...(lists?.publishedLate ?? [])]) {
      rows.push({ ...item, key: `${key(item)}:${item.state}`, kindLabel: kindLabel(item), late: item.state === 'PUBLISHED_LATE' });
    }
  };
  add(answers.admissions, (i) => i.changeId, (i) => KIND_LABELS[i.kind] ?? i.kind);
  add(answers.register, (i) => i.change.id, (i) => `学校名录（${REGISTER_ACTIONS[i.action] ?? i.action}）`);
  add(answers.zoneSets, (i) => i.change.id, () => '划片方案');
  rows.sort((a, b) => Number(a.late) - Number(b.late) || a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
  const missingYears = [...new Set(rows.flatMap((r) => r.missingCalendarYears))].sort((a, b) => a - b);
  return { decisions: rows, missingYears };
}

/** The warning naming the years the holiday calendar lacks, or null when none is missing. */
export function missingCalendarText(years: readonly number[]): string | null {
  if (years.length === 0) return null;
  const named = years.map((y) => `${y} 年`).join('、');
  return `节假日安排缺少 ${named}：这些年份只跳过了周末（如 1 月 1 日按工作日计），期限可能偏早。国务院发布通知后，请用 holidays:import 导入（packages/working-days）。`;
}
