import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importHolidayNotice, readHolidayNotice } from './importHolidayNotice';
import { HOLIDAY_CALENDAR_FILE, loadHolidayCalendar, readHolidayCalendarFile } from './loadHolidayCalendar';
import { publicationClock } from './publicationClock';

// Fixtures with made-up 2027 dates (see test/fixtures/README.md): the committed calendar has no 2027.
const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const SOURCE = '测试样例：非国务院通知';
const tempCalendar = () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'holidays-')), 'cn-holidays.json');
  copyFileSync(HOLIDAY_CALENDAR_FILE, file);
  return file;
};

describe('holidays:import', () => {
  it('when a bureau imports a 2027 notice (CSV), then 2027-01-01 is a holiday and a deadline into 2027 is covered', () => {
    const file = tempCalendar();
    const before = loadHolidayCalendar(file);
    expect(before.coveredYears()).not.toContain(2027);
    expect(publicationClock('2026-12-18', null, '2027-01-25', before)).toMatchObject({ calendarCovered: false, missingCalendarYears: [2027] });

    const out = execFileSync(
      process.execPath,
      [require.resolve('tsx/cli'), path.join(__dirname, '..', 'scripts', 'importHolidayCalendar.ts'), path.join(FIXTURES, 'notice-2027.fixture.csv'), '--year', '2027', '--source', SOURCE, '--calendar', file],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/2027 年 10 天放假、1 天调休上班/);
    const written = readHolidayCalendarFile(file).years['2027']!;
    expect(written).toMatchObject({ source: SOURCE, verified: false, workdays: ['2027-02-13'] });
    expect(written.names!['2027-01-01']).toBe('元旦（测试样例）');

    const after = loadHolidayCalendar(file);
    expect(after.isWorkingDay('2027-01-01')).toBe(false);
    expect(after.isWorkingDay('2027-02-13')).toBe(true);
    // 12/21–25 (5), 12/28–31 (9), 1/1 off (the fixture's holiday), 1/4–8 (14), 1/11–15 (19), 1/18 (20).
    expect(after.addWorkingDays('2026-12-20', 20)).toEqual({ date: '2027-01-18', covered: true, missingYears: [] });
    expect(publicationClock('2026-12-18', null, '2027-01-25', after)).toMatchObject({ calendarCovered: true, missingCalendarYears: [] });
    // The committed calendar is untouched: 2027 stays for the State Council's notice.
    expect(readHolidayCalendarFile(HOLIDAY_CALENDAR_FILE).years['2027']).toBeUndefined();
  });

  it('when the same notice comes as JSON, then it reads the same days, year and source from the file', () => {
    const csv = readHolidayNotice(readFileSync(path.join(FIXTURES, 'notice-2027.fixture.csv'), 'utf8'), 'csv');
    if ('problems' in csv) throw new Error(csv.problems.join('; '));
    const json = readHolidayNotice(JSON.stringify({ year: 2027, source: SOURCE, days: csv.days.map(({ date, type, name }) => ({ date, type, name })) }), 'json');
    if ('problems' in json) throw new Error(json.problems.join('; '));
    const result = importHolidayNotice(readHolidayCalendarFile(), json, { year: 2027, source: '' });
    expect(result).toMatchObject({ ok: true, holidays: 10, workdays: 1 });
  });

  it('when a notice has bad lines, then every problem is named in Chinese with its line and nothing is returned to write', () => {
    const notice = readHolidayNotice(readFileSync(path.join(FIXTURES, 'notice-2027-bad.fixture.csv'), 'utf8'), 'csv');
    if ('problems' in notice) throw new Error(notice.problems.join('; '));
    const result = importHolidayNotice(readHolidayCalendarFile(), notice, { year: 2027, source: '' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      '缺少来源（source）：请写明国务院办公厅通知的名称和文号',
      '第 3 行：日期 "2027-02-30" 不是有效日期（须写作 YYYY-MM-DD）',
      '第 4 行：日期 2026-12-31 不在 2027 年',
      '第 5 行：2027-01-05 是工作日（星期二），调休上班只能在周六或周日',
      '第 6 行：日期 2027-01-01 既是放假又是上班（第 2 行为“休”）',
      '第 7 行：类型 "放" 无效，须为“休”（放假）或“班”（调休上班）',
      '第 8 行：缺少节日名称',
    ]);
  });

  it('when a notice contradicts the calendar on file or names a year already there, then it is refused', () => {
    const notice = { year: null, source: SOURCE, days: [{ line: 2, date: '2026-10-10', type: '休', name: '国庆节' }] };
    const refused = importHolidayNotice(readHolidayCalendarFile(), notice, { year: 2026, source: SOURCE });
    expect(!refused.ok && refused.problems).toEqual([
      expect.stringMatching(/^日历中已有 2026 年/),
      expect.stringMatching(/^第 2 行：2026-10-10 在现有日历中为“班”，与本行的“休”冲突/),
    ]);
    const replaced = importHolidayNotice(readHolidayCalendarFile(), notice, { year: 2026, source: SOURCE, replace: true });
    expect(replaced.ok).toBe(false);
  });
});
