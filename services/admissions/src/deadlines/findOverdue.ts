import { beijingDate, type WorkingDayCalendar } from '../calendar/WorkingDayCalendar';

/** Policy: publish within 20 working days of the round closing or of a change. */
export const PUBLICATION_WORKING_DAYS = 20;

export interface OverdueItem {
  schoolId: string;
  /** ROUND_CLOSED: no published figures 20 working days after the round closed. CHANGE_PENDING: a change not published in time. */
  reason: 'ROUND_CLOSED' | 'CHANGE_PENDING';
  /** Day the clock started (YYYY-MM-DD, Beijing). */
  since: string;
  dueOn: string;
  workingDaysOverdue: number;
  /**
   * False when the holiday calendar does not cover every day counted, from `since` to `today` (the
   * deadline and the days overdue): there weekends only were skipped, so a holiday counted as a working day.
   */
  calendarCovered: boolean;
  /** The years counted that the calendar lacks (empty when covered). */
  missingCalendarYears: number[];
  submissionId: string | null;
}

export interface OverdueInput {
  /** Last day of the round's timetable, or null when the rules give no timetable. */
  roundClosedOn: string | null;
  /** Schools expected to publish (closed schools and schools not yet open are left out by the caller). */
  roster: string[];
  /** Schools with published figures for the round. */
  published: Set<string>;
  /** Changes not yet published. */
  pending: { id: string; schoolId: string; createdAt: Date }[];
  today: string;
}

/** Items past their publication deadline on `today`, oldest deadline first. */
export function findOverdue(input: OverdueInput, calendar: WorkingDayCalendar): OverdueItem[] {
  const items: OverdueItem[] = [];
  const late = (since: string) => {
    const due = calendar.addWorkingDays(since, PUBLICATION_WORKING_DAYS);
    if (input.today <= due.date) return null;
    const missingCalendarYears = calendar.missingYears(since, input.today);
    return { since, dueOn: due.date, calendarCovered: missingCalendarYears.length === 0, missingCalendarYears, workingDaysOverdue: calendar.workingDaysBetween(due.date, input.today) };
  };
  const roundLate = input.roundClosedOn ? late(input.roundClosedOn) : null;
  if (roundLate) {
    for (const schoolId of input.roster) {
      if (!input.published.has(schoolId)) items.push({ schoolId, reason: 'ROUND_CLOSED', ...roundLate, submissionId: null });
    }
  }
  for (const p of input.pending) {
    const changeLate = late(beijingDate(p.createdAt));
    if (changeLate) items.push({ schoolId: p.schoolId, reason: 'CHANGE_PENDING', ...changeLate, submissionId: p.id });
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.schoolId.localeCompare(b.schoolId));
}
