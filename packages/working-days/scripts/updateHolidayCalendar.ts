// Rewrites data/cn-holidays.json from the `chinese-days` npm package (a maintained transcription of
// the State Council's yearly notices). Run after the package publishes a new year:
//   npm i -D chinese-days@latest -w packages/working-days && npm run holidays:update -w packages/working-days
// Review the diff against the notice (国务院办公厅关于YYYY年部分节假日安排的通知) before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOLIDAY_CALENDAR_FILE, type HolidayCalendarFile } from '../src/loadHolidayCalendar';

const source = require('chinese-days/dist/chinese-days.json') as Record<'holidays' | 'workdays', Record<string, string>>;
const packageVersion = (require('chinese-days/package.json') as { version: string }).version;
const current = JSON.parse(readFileSync(HOLIDAY_CALENDAR_FILE, 'utf8')) as HolidayCalendarFile;

const years = new Set(Object.keys(source.holidays).map((d) => d.slice(0, 4)));
for (const year of [...years].sort()) {
  if (Number(year) < 2024) continue;
  const pick = (table: Record<string, string>) => Object.keys(table).filter((d) => d.startsWith(year)).sort();
  const known = current.years[year];
  current.years[year] = {
    source: known?.source ?? `chinese-days ${packageVersion} (transcribes the State Council notice; check it)`,
    verified: known?.verified ?? false,
    holidays: pick(source.holidays),
    workdays: pick(source.workdays),
  };
}
writeFileSync(HOLIDAY_CALENDAR_FILE, `${JSON.stringify(current, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), HOLIDAY_CALENDAR_FILE)}: years ${Object.keys(current.years).join(', ')}`);
