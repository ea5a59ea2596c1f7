import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadHolidayCalendar } from './loadHolidayCalendar';

const calendar = loadHolidayCalendar();
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('WorkingDayCalendar', () => {
  it.each([
    // 2024 and 2025 as the State Council notices set them (国办发明电〔2023〕7号, 〔2024〕12号).
    ['2024-01-01', '2024-01-01'], ['2024-02-10', '2024-02-17'], ['2024-04-04', '2024-04-06'], ['2024-05-01', '2024-05-05'],
    ['2024-06-10', '2024-06-10'], ['2024-09-15', '2024-09-17'], ['2024-10-01', '2024-10-07'],
    ['2025-01-01', '2025-01-01'], ['2025-01-28', '2025-02-04'], ['2025-04-04', '2025-04-06'], ['2025-05-01', '2025-05-05'],
    ['2025-05-31', '2025-06-02'], ['2025-10-01', '2025-10-08'],
  ])('when the holiday %s … %s is asked, then every day of it is off', (from, to) => {
    expect(range(from, to).filter((d) => calendar.isWorkingDay(d))).toEqual([]);
  });

  it('when a make-up weekend day is asked, then it is a working day', () => {
    const makeUp = ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
      '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];
    expect(makeUp.filter((d) => !calendar.isWorkingDay(d))).toEqual([]);
    expect(calendar.isWorkingDay('2025-09-27')).toBe(false); // an ordinary Saturday
  });

  it('when 20 working days are counted across National Day 2025, then the holiday is skipped and the make-up Saturday counts', () => {
    // From Fri 2025-09-19: 9/22–26 (5), make-up Sun 9/28 (6), 9/29–30 (8), 10/1–8 off, 10/9–10 (10),
    // make-up Sat 10/11 (11), 10/13–17 (16), 10/20–23 (20).
    expect(calendar.addWorkingDays('2025-09-19', 20)).toEqual({ date: '2025-10-23', covered: true, missingYears: [] });
    // Without the calendar (weekends only) it would be 2025-10-17: the holiday matters.
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-10')).toBe(2);
    expect(calendar.workingDaysBetween('2025-10-10', '2025-10-11')).toBe(1);
  });

  it('when a deadline runs into a year the calendar does not cover, then it says so', () => {
    const last = Math.max(...calendar.coveredYears());
    expect(calendar.addWorkingDays(`${last}-12-20`, 20).covered).toBe(false);
    expect(calendar.addWorkingDays('2024-06-01', 20).covered).toBe(true);
  });

  it('when a deadline from 2026-12-20 counts 20 working days into 2027 (not on file), then it is flagged uncovered and names 2027', () => {
    // 12/21–25 (5), 12/28–31 (9), Fri 2027-01-01 (10: a public holiday, counted because 2027 is weekends only),
    // 1/4–8 (15), 1/11–15 (20).
    expect(calendar.coveredYears()).not.toContain(2027);
    expect(calendar.addWorkingDays('2026-12-20', 20)).toEqual({ date: '2027-01-15', covered: false, missingYears: [2027] });
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // what "weekends only" means: the flag is the warning
    expect(calendar.missingYears('2026-12-20', '2028-01-03')).toEqual([2027, 2028]);
  });

  it('when 20 working days are counted inside 2026 across National Day, then it is covered, skips the holiday and counts the make-up Saturday', () => {
    // From Fri 2026-09-25 (off): 9/26–27 off, 9/28–30 (3), 10/1–7 off, 10/8–9 (5), make-up Sat 10/10 (6),
    // 10/12–16 (11), 10/19–23 (16), 10/26–29 (20). Weekends only it would be 2026-10-23.
    expect(calendar.addWorkingDays('2026-09-25', 20)).toEqual({ date: '2026-10-29', covered: true, missingYears: [] });
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1);
  });

  it('when an updated calendar file lists 2026-02-30, then loading it fails naming the entry', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'holidays-')), 'cn-holidays.json');
    writeFileSync(file, JSON.stringify({ years: { 2026: { source: 'test', verified: false, holidays: ['2026-02-30'], workdays: [] } } }));
    expect(() => loadHolidayCalendar(file)).toThrow(/years\.2026\.holidays\.0: is "2026-02-30", not a real date/);
  });
});
