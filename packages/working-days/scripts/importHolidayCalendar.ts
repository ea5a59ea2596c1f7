// Writes one year of a bureau-supplied holiday notice into the calendar, when the npm package
// (`holidays:update`) has not published that year yet:
//   npm run holidays:import -w packages/working-days -- <file.csv|file.json> --year 2027 \
//     --source "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）" [--calendar <file>] [--replace]
// CSV: header date,type,name (or 日期,类型,名称); type 休 (day off) or 班 (make-up working day).
// JSON: { "year": 2027, "source": "…", "days": [{ "date": "2027-01-01", "type": "休", "name": "元旦" }] }.
// Every problem is printed with its line and nothing is written; otherwise the year is written with
// verified: false. Compare it with the notice, set verified: true, and commit the file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HOLIDAY_CALENDAR_FILE, readHolidayCalendarFile } from '../src/loadHolidayCalendar';
import { importHolidayNotice, readHolidayNotice } from '../src/importHolidayNotice';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { year: { type: 'string' }, source: { type: 'string' }, calendar: { type: 'string' }, replace: { type: 'boolean' } },
});
const file = positionals[0];
if (!file) fail(['用法：holidays:import <文件.csv|文件.json> --year 2027 --source "通知名称及文号"']);
const calendarFile = values.calendar ?? HOLIDAY_CALENDAR_FILE;
const notice = readHolidayNotice(readFileSync(file, 'utf8'), file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
if ('problems' in notice) fail(notice.problems);
const year = Number(values.year ?? notice.year);
if (!Number.isInteger(year) || year < 1990 || year > 2100) fail([`须用 --year 指明年份（1990–2100），而不是 ${JSON.stringify(values.year ?? notice.year ?? null)}`]);
const result = importHolidayNotice(readHolidayCalendarFile(calendarFile), notice, { year, source: values.source ?? '', replace: values.replace ?? false });
if (!result.ok) fail(result.problems);
writeFileSync(calendarFile, `${JSON.stringify(result.calendar, null, 2)}\n`);
console.log(`已写入 ${path.relative(process.cwd(), calendarFile)}：${year} 年 ${result.holidays} 天放假、${result.workdays} 天调休上班（verified: false，请对照通知核对后改为 true）`);

function fail(problems: string[]): never {
  console.error(`${file ?? ''} 未导入，共 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
