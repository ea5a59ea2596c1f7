import { beijingDate, type WorkingDayCalendar } from './WorkingDayCalendar';

/** Policy: publish within 20 working days of a decision being made, changed or expiring (产生、变动或失效). */
export const PUBLICATION_WORKING_DAYS = 20;

/** Where an item stands against its deadline on the day asked. */
export interface PublicationClock {
  /** Day the clock started (YYYY-MM-DD, Beijing). */
  decidedOn: string;
  dueOn: string;
  /** Beijing date of publication, or null when not yet published. */
  publishedOn: string | null;
  /** OVERDUE: not published and past `dueOn`. PUBLISHED_LATE: published after `dueOn`. */
  state: 'OVERDUE' | 'PUBLISHED_LATE';
  /** Working days after `dueOn` up to today (not published) or the publication date. */
  workingDaysOverdue: number;
  /**
   * False when the holiday calendar does not cover every day counted, from `decidedOn` to today (or
   * the publication date): there weekends only were skipped, so a holiday counted as a working day.
   */
  calendarCovered: boolean;
  /** The years counted that the calendar lacks (empty when covered). */
  missingCalendarYears: number[];
}

/**
 * The clock of one decision on `today`: null while it is on time (published by `dueOn`, or not yet
 * due), else OVERDUE or PUBLISHED_LATE with the working days past the deadline. A publication after
 * `today` counts as not yet published (the clock as it stood that day).
 *
 * @example publicationClock('2026-09-25', null, '2026-10-30', calendar) // { dueOn: '2026-10-29', state: 'OVERDUE', workingDaysOverdue: 1, … }
 */
export function publicationClock(
  decidedOn: string,
  publishedOn: string | null,
  today: string,
  calendar: WorkingDayCalendar,
  workingDays: number = PUBLICATION_WORKING_DAYS,
): PublicationClock | null {
  // Asked about an earlier day (asOf), a publication after it had not happened yet.
  if (publishedOn && publishedOn > today) publishedOn = null;
  const due = calendar.addWorkingDays(decidedOn, workingDays);
  const end = publishedOn ?? today;
  if (end <= due.date) return null;
  const missingCalendarYears = calendar.missingYears(decidedOn, end);
  return {
    decidedOn,
    dueOn: due.date,
    publishedOn,
    state: publishedOn ? 'PUBLISHED_LATE' : 'OVERDUE',
    workingDaysOverdue: calendar.workingDaysBetween(due.date, end),
    calendarCovered: missingCalendarYears.length === 0,
    missingCalendarYears,
  };
}

/** What `reviewItemClocks` reads of a review item (the shape of `@zsgk/publication`'s ReviewItem). */
export interface ClockedReviewItem {
  id: string;
  kind: string;
  recordKey: string;
  status: string;
  submittedAt: string;
  reviewedAt: string | null;
  decidedOn?: string | null;
}

export interface ReviewItemClock<T extends ClockedReviewItem> extends PublicationClock {
  item: T;
}

/**
 * Clocks of a district's review items (先审查、后公开): each PUBLISHED item is published on its approval
 * date; an item not published (SUBMITTED, APPROVED, or RETURNED with no later resubmission of the same
 * record) is still running. A RETURNED item superseded by a later round of the same record is left
 * out: the later round carries the decision on. Items without `decidedOn` (submitted before it was
 * recorded) start on their submission date. Oldest deadline first.
 */
export function reviewItemClocks<T extends ClockedReviewItem>(items: T[], today: string, calendar: WorkingDayCalendar, workingDays: number = PUBLICATION_WORKING_DAYS): ReviewItemClock<T>[] {
  const latestRound = new Map<string, number>();
  for (const item of items) {
    const key = `${item.kind}:${item.recordKey}`;
    latestRound.set(key, Math.max(latestRound.get(key) ?? 0, roundOf(item.id)));
  }
  const clocks: ReviewItemClock<T>[] = [];
  for (const item of items) {
    if (item.status === 'RETURNED' && roundOf(item.id) < latestRound.get(`${item.kind}:${item.recordKey}`)!) continue;
    const decidedOn = item.decidedOn ?? beijingDate(new Date(item.submittedAt));
    const publishedOn = item.status === 'PUBLISHED' && item.reviewedAt ? beijingDate(new Date(item.reviewedAt)) : null;
    const clock = publicationClock(decidedOn, publishedOn, today, calendar, workingDays);
    if (clock) clocks.push({ ...clock, item });
  }
  return clocks.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.item.id.localeCompare(b.item.id));
}

/** `…#3` → 3 (review item ids end in their round). */
function roundOf(id: string): number {
  return Number(id.slice(id.lastIndexOf('#') + 1)) || 0;
}
