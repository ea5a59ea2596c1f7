import { beijingToday, countWorkingDays, label, schoolYearOf, submissionStatusLabels, type GatewayClient } from '../../api';
import {
  MySubmissionsDocument,
  PublicationDeadlineDocument,
  SchoolPublishedDocument,
  SchoolTimetableDocument,
  type Stage,
  type SubmissionFieldsFragment,
} from '../../api/generated/graphql';
import { openSubmission } from './openSubmission';

export interface Todo {
  key: string;
  /** What is due, e.g. `2026年 小学 录取数据`. */
  what: string;
  /** Due date (YYYY-MM-DD), or null where policy sets none (transfers: every term). */
  dueOn: string | null;
  /** Past its due date. */
  overdue: boolean;
  /** Working days left (or overdue), 0 when due today; null when more than the ladder counts. */
  workingDays: number | null;
  /** Calendar days left (or overdue), for when there are more working days than the ladder counts. */
  calendarDays: number | null;
  /** Where it stands: 未填报, 草稿, 待审核, 已退回, 已公布. */
  state: string;
  done: boolean;
  returnReason: string | null;
  /** The form to open. */
  path: string;
  /** Why the due date may be off (the holiday calendar lacks a year). */
  note: string | null;
}

/** Registration opens on the first day of the timetable; without rules, policy's default of 1 June. */
const DEFAULT_REGISTRATION = '06-01';

/**
 * What the school owes and by when: this year's admission figures per stage (20 working days after the
 * round closes: the admissions service's publicationDeadline from the timetable's last day), next
 * year's enrolment plan per stage (before registration opens), and this term's transfers. Deadlines
 * and working days come from the admissions service's holiday calendar.
 */
export async function loadTodos(client: GatewayClient, school: { schoolId: string; districtCode: string; stages: readonly Stage[] }, today = beijingToday()): Promise<Todo[]> {
  const year = schoolYearOf(today);
  const stages = school.stages.filter((s) => s !== 'KINDERGARTEN');
  const [{ submissions }, { school: published }] = await Promise.all([
    client.request(MySubmissionsDocument),
    client.request(SchoolPublishedDocument, { schoolId: school.schoolId }),
  ]);
  const timetable = async (y: number, stage: Stage) =>
    (await client.request(SchoolTimetableDocument, { districtCode: school.districtCode, year: y, stage })).enrolmentTimetable?.rules.timetable ?? [];

  const todos: Todo[] = [];
  for (const stage of stages) {
    // This year's figures: due 20 working days after the round's last phase.
    const phases = await timetable(year, stage);
    const closedOn = phases.reduce<string | null>((last, p) => (last === null || p.endsOn > last ? p.endsOn : last), null);
    const deadline = closedOn ? (await client.request(PublicationDeadlineDocument, { from: closedOn })).publicationDeadline : null;
    const result = published?.admissions.find((r) => r.year === year && r.stage === stage && r.round === 1);
    const resultOpen = openSubmission(submissions, 'ADMISSION_RESULT', (s) => s.year === year && s.admissionResult?.stage === stage);
    todos.push(await todo(client, today, {
      key: `result-${stage}`,
      what: `${year}年 ${label(stage)} 录取数据`,
      dueOn: deadline?.dueOn ?? null,
      done: Boolean(result),
      open: resultOpen,
      path: '/school/results',
      note: deadline && !deadline.calendarCovered ? `节假日安排缺少 ${deadline.missingCalendarYears.join('、')} 年，截止日期按周末推算` : null,
    }));

    // Next year's plan: before registration opens.
    const nextPhases = await timetable(year + 1, stage);
    const opensOn = nextPhases.reduce<string | null>((first, p) => (first === null || p.startsOn < first ? p.startsOn : first), null) ?? `${year + 1}-${DEFAULT_REGISTRATION}`;
    const plan = published?.enrolmentPlans.find((p) => p.year === year + 1 && p.stage === stage);
    todos.push(await todo(client, today, {
      key: `plan-${stage}`,
      what: `${year + 1}年 ${label(stage)} 招生计划`,
      dueOn: previousDay(opensOn),
      done: Boolean(plan),
      open: openSubmission(submissions, 'ENROLMENT_PLAN', (s) => s.year === year + 1 && s.enrolmentPlan?.stage === stage),
      path: '/school/plan',
      note: nextPhases.length ? null : `${year + 1}年招生方案尚未公布，按 6 月 1 日开始报名计`,
    }));
  }

  // This term's transfers: reported every term.
  const term = Number(today.slice(5, 7)) >= 9 || Number(today.slice(5, 7)) < 2 ? 'AUTUMN' : 'SPRING';
  todos.push(await todo(client, today, {
    key: 'transfers',
    what: `${year}学年 ${label(term)} 转学情况`,
    dueOn: null,
    done: Boolean(published?.transfers.some((t) => t.year === year && t.term === term)),
    open: openSubmission(submissions, 'TRANSFER', (s) => s.year === year && s.transfer?.term === term),
    path: '/school/transfers',
    note: '每学期填报一次',
  }));
  return todos;
}

async function todo(
  client: GatewayClient,
  today: string,
  item: { key: string; what: string; dueOn: string | null; done: boolean; open: SubmissionFieldsFragment | null; path: string; note: string | null },
): Promise<Todo> {
  const state = item.open ? submissionStatusLabels[item.open.status] : item.done ? '已公布' : '未填报';
  const done = item.done && !item.open;
  const overdue = Boolean(item.dueOn && !done && item.dueOn < today);
  let workingDays: number | null = null;
  let calendarDays: number | null = null;
  if (item.dueOn && !done) {
    workingDays = overdue ? await countWorkingDays(client, item.dueOn, today) : await countWorkingDays(client, today, item.dueOn);
    calendarDays = Math.abs(Date.parse(`${item.dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  }
  return { key: item.key, what: item.what, dueOn: item.dueOn, overdue, workingDays, calendarDays, state, done, returnReason: item.open?.status === 'RETURNED' ? item.open.returnReason : null, path: item.path, note: item.note };
}

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
