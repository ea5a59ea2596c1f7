import { AppError } from '@zsgk/errors';
import { checkCalendarDate, DATE_WINDOWS } from '@zsgk/validation';
import { beijingDate } from './WorkingDayCalendar';

/**
 * The `decidedOn` input of a submitting mutation: the date (YYYY-MM-DD, Beijing) the decision was
 * made, changed or expired. Absent means today (the submission date). A date that is not real, or
 * later than today, is refused as BAD_USER_INPUT in Chinese naming the field (`path`), since a
 * decision in the future would start a clock that has not begun.
 *
 * @example parseDecidedOn('2026-09-25', 'input.decidedOn') // '2026-09-25'
 */
export function parseDecidedOn(value: unknown, path: string, now: Date = new Date()): string {
  const today = beijingDate(now);
  if (value === undefined || value === null || value === '') return today;
  const checked = checkCalendarDate(value, DATE_WINDOWS.asked);
  if (!checked.ok) throw new AppError('BAD_USER_INPUT', `决定日期（${path}）${JSON.stringify(value)} 不是有效日期，须写作 YYYY-MM-DD，例如 ${today}`, { path });
  if (checked.date > today) throw new AppError('BAD_USER_INPUT', `决定日期（${path}）${checked.date} 晚于今天（${today}，北京时间），不能填写将来的日期`, { path });
  return checked.date;
}
