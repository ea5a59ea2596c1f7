/** One year of the State Council's holiday arrangement. */
export interface HolidayYear {
  source: string;
  verified: boolean;
  /** Days off (public holidays and the days moved next to them). */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
  /** The holiday each date belongs to (元旦, 春节, …), when the source gave names (a bureau-supplied notice does). */
  names?: Record<string, string>;
}

/**
 * Working days in mainland China: Monday–Friday unless a holiday, plus make-up working Saturdays and
 * Sundays. Dates are calendar dates written YYYY-MM-DD (Beijing time); no time zone arithmetic.
 * A year the calendar does not cover counts weekends only; `missingYears` lets callers flag that.
 */
export class WorkingDayCalendar {
  private readonly holidays: Set<string>;
  private readonly workdays: Set<string>;

  constructor(private readonly years: Record<string, HolidayYear>) {
    this.holidays = new Set(Object.values(years).flatMap((y) => y.holidays));
    this.workdays = new Set(Object.values(years).flatMap((y) => y.workdays));
  }

  /** Years with an arrangement on file. */
  coveredYears(): number[] {
    return Object.keys(this.years).map(Number).sort((a, b) => a - b);
  }

  covers(date: string): boolean {
    return date.slice(0, 4) in this.years;
  }

  isWorkingDay(date: string): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The date `count` working days after `start` (start itself not counted), e.g. a deadline of
   * 20 working days after a round closes. Also says whether every day counted was covered.
   * @example calendar.addWorkingDays('2025-09-26', 1) // { date: '2025-09-28', covered: true } (make-up Sunday)
   */
  addWorkingDays(start: string, count: number): { date: string; covered: boolean; missingYears: number[] } {
    let date = start;
    for (let left = count; left > 0; ) {
      date = nextDay(date);
      if (this.isWorkingDay(date)) left -= 1;
    }
    const missingYears = this.missingYears(start, date);
    return { date, covered: missingYears.length === 0, missingYears };
  }

  /**
   * Years from `from` to `to` (both included) with no arrangement on file, ascending. Days counted in
   * such a year skip Saturdays and Sundays only: a public holiday there (e.g. 1 January) is counted as a
   * working day, so any answer that counted one must carry `calendarCovered: false` and these years.
   */
  missingYears(from: string, to: string): number[] {
    const missing: number[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) if (!(String(year) in this.years)) missing.push(year);
    return missing;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = nextDay(from); d <= to; d = nextDay(d)) if (this.isWorkingDay(d)) n += 1;
    return n;
  }
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Beijing (UTC+8), as deadlines are counted there. */
export function beijingDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
