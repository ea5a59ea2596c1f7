import { beijingDate, publicationClock, PUBLICATION_WORKING_DAYS, type WorkingDayCalendar } from '@zsgk/working-days';

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

/** Items past their publication deadline on `today` (`workingDays` after the clock started), oldest deadline first. */
export function findOverdue(input: OverdueInput, calendar: WorkingDayCalendar, workingDays: number = PUBLICATION_WORKING_DAYS): OverdueItem[] {
  const items: OverdueItem[] = [];
  const late = (since: string) => {
    const clock = publicationClock(since, null, input.today, calendar, workingDays);
    if (!clock) return null;
    const { dueOn, calendarCovered, missingCalendarYears, workingDaysOverdue } = clock;
    return { since, dueOn, calendarCovered, missingCalendarYears, workingDaysOverdue };
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
