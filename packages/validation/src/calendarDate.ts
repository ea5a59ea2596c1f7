import { AppError } from '@zsgk/errors';
import { z } from 'zod';

/** The years a date field may name, both ends included. */
export interface YearWindow {
  minYear: number;
  maxYear: number;
}

/**
 * Year windows by kind of field. Outside them a date is a typing slip (1850 for 2050, 0202 for
 * 2020), not a fact, and is refused rather than stored.
 */
export const DATE_WINDOWS = {
  /** Policy documents in force (effectiveFrom, effectiveUntil): no admission policy predates 1990. */
  policy: { minYear: 1990, maxYear: 2100 },
  /** Enrolment rules: issue dates and timetable phases. */
  rules: { minYear: 1990, maxYear: 2100 },
  /** "On a date" arguments of queries (on, asOf, from). */
  asked: { minYear: 1990, maxYear: 2100 },
  /** School opening and closing dates: old schools were founded in the 19th century. */
  school: { minYear: 1800, maxYear: 2100 },
} as const satisfies Record<string, YearWindow>;

export type CalendarDateCheck = { ok: true; date: string } | { ok: false; reason: string };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Checks that `value` is a real calendar date written exactly YYYY-MM-DD, with a year inside
 * `window`. Timestamps are refused, not truncated: the day of `2026-08-31T20:00:00Z` in Beijing is
 * 09-01, so cutting off the time could shift a deadline by a day. The reason reads after the field
 * name ("effectiveFrom is …") and quotes the value, so a clerk can find it.
 *
 * @example checkCalendarDate('2026-02-29', DATE_WINDOWS.policy) // { ok: false, reason: 'is "2026-02-29", not a real date: 2026-02 has 28 days' }
 */
export function checkCalendarDate(value: unknown, window: YearWindow): CalendarDateCheck {
  if (typeof value !== 'string') return { ok: false, reason: `must be a date written YYYY-MM-DD, not ${value === null ? 'null' : typeof value}` };
  const shown = quote(value);
  if (TIMESTAMP.test(value)) return { ok: false, reason: `is ${shown}, a timestamp; write the date alone, YYYY-MM-DD` };
  const parts = SHAPE.exec(value);
  if (!parts) return { ok: false, reason: `is ${shown}, not a date written YYYY-MM-DD (e.g. 2026-09-01)` };
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return { ok: false, reason: `is ${shown}, not a real date: there is no month ${parts[2]}` };
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) return { ok: false, reason: `is ${shown}, not a real date: ${parts[1]}-${parts[2]} has ${length} days` };
  if (year < window.minYear || year > window.maxYear) {
    return { ok: false, reason: `is ${shown}, outside the years allowed here (${window.minYear}–${window.maxYear})` };
  }
  return { ok: true, date: value };
}

/**
 * A GraphQL argument or input field that must be a date: returns it, or throws BAD_USER_INPUT whose
 * message and path name the field.
 *
 * @example parseCalendarDate(args.on, 'on', DATE_WINDOWS.asked) // '2026-09-01'
 */
export function parseCalendarDate(value: unknown, path: string, window: YearWindow): string {
  const checked = checkCalendarDate(value, window);
  if (!checked.ok) throw new AppError('BAD_USER_INPUT', `${path} ${checked.reason}.`, { path });
  return checked.date;
}

/** zod rule for a date in an imported row or a drafted record; row problems name the field. */
export const calendarDate = (window: YearWindow) =>
  z.string({ invalid_type_error: 'must be a date written YYYY-MM-DD' }).superRefine((value, ctx) => {
    const checked = checkCalendarDate(value, window);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.reason });
  });

/** calendarDate or absent; absent becomes null. */
export const optionalCalendarDate = (window: YearWindow) =>
  calendarDate(window)
    .nullish()
    .transform((v) => v ?? null);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The value as typed, in quotes, cut to 40 characters so a pasted paragraph does not fill the message. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
