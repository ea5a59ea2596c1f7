import { AppError } from '@zsgk/errors';
import { calendarDate, checkCalendarDate, DATE_WINDOWS, optionalCalendarDate, parseCalendarDate } from './calendarDate';
import { isoDate } from './fields';

const POLICY = DATE_WINDOWS.policy;

describe('checkCalendarDate', () => {
  it.each([
    ['2026-09-01', POLICY],
    ['2028-02-29', POLICY], // leap year
    ['2000-02-29', POLICY], // divisible by 400: leap
    ['1990-01-01', POLICY], // first day of the window
    ['2100-12-31', POLICY], // last day of the window
    ['1850-09-01', DATE_WINDOWS.school], // an old school's founding
  ])('when the value is %s, then it is accepted as is', (value, window) => {
    expect(checkCalendarDate(value, window)).toEqual({ ok: true, date: value });
  });

  it.each([
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 00'],
    ['2026-01-32', '2026-01 has 31 days'],
    ['2026-04-31', '2026-04 has 30 days'],
    ['2026-02-29', '2026-02 has 28 days'],
    ['2100-02-29', '2100-02 has 28 days'], // divisible by 100, not 400: no leap day
    ['2026-01-00', '2026-01 has 31 days'],
    ['1850-01-01', 'outside the years allowed here (1990–2100)'],
    ['2101-01-01', 'outside the years allowed here (1990–2100)'],
    ['0202-01-01', 'outside the years allowed here (1990–2100)'],
    ['2026-1-5', 'not a date written YYYY-MM-DD'],
    ['2026/09/01', 'not a date written YYYY-MM-DD'],
    [' 2026-09-01', 'not a date written YYYY-MM-DD'],
    ['2026-09-01\n', 'not a date written YYYY-MM-DD'],
    ['+02026-09-01', 'not a date written YYYY-MM-DD'],
    ['２０２６-09-01', 'not a date written YYYY-MM-DD'], // full-width digits
    ['yesterday', 'not a date written YYYY-MM-DD'],
    ['', 'not a date written YYYY-MM-DD'],
    ['2026-09-01T00:00:00Z', 'a timestamp; write the date alone'],
    ['2026-09-01 08:00', 'a timestamp; write the date alone'],
  ])('when the value is %j, then it is refused saying %s', (value, reason) => {
    const checked = checkCalendarDate(value, POLICY);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.reason).toContain(reason);
    expect(!checked.ok && checked.reason).toContain(JSON.stringify(value));
  });

  it.each([[null], [undefined], [20260901], [{}]])('when the value is %j, not text, then it is refused', (value) => {
    expect(checkCalendarDate(value, POLICY)).toEqual({ ok: false, reason: expect.stringContaining('must be a date written YYYY-MM-DD') });
  });

  it('when a long paragraph is pasted, then the message quotes only its start', () => {
    const checked = checkCalendarDate('x'.repeat(10_000), POLICY);
    expect(!checked.ok && checked.reason.length).toBeLessThan(120);
  });
});

describe('parseCalendarDate', () => {
  it('when the date is good, then it is returned', () => {
    expect(parseCalendarDate('2026-09-01', 'on', DATE_WINDOWS.asked)).toBe('2026-09-01');
  });

  it('when the date is bad, then BAD_USER_INPUT names the field, the value and the window', () => {
    const thrown = (() => {
      try {
        parseCalendarDate('1850-01-01', 'input.effectiveFrom', POLICY);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.effectiveFrom', safe: true });
    expect((thrown as AppError).message).toBe('input.effectiveFrom is "1850-01-01", outside the years allowed here (1990–2100).');
  });
});

describe('calendarDate (zod, for rows)', () => {
  it('when a row has month 13, then the issue is a message on that field, never a thrown error', () => {
    const result = calendarDate(POLICY).safeParse('2026-13-01');
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues[0]!.message).toBe('is "2026-13-01", not a real date: there is no month 13');
  });

  it('when an optional date is absent, then it becomes null; when it is bad, it is refused', () => {
    expect(optionalCalendarDate(POLICY).parse(undefined)).toBeNull();
    expect(optionalCalendarDate(POLICY).parse(null)).toBeNull();
    expect(optionalCalendarDate(POLICY).safeParse('2026-00-01').success).toBe(false);
  });

  it('when isoDate meets month 13 (it used to throw a RangeError), then it reports a problem instead', () => {
    expect(() => isoDate.safeParse('2026-13-01')).not.toThrow();
    expect(isoDate.safeParse('2026-13-01').success).toBe(false);
    expect(isoDate.safeParse('1850-09-01').success).toBe(true);
  });
});
