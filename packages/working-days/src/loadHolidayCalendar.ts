import { readFileSync } from 'node:fs';
import path from 'node:path';
import { calendarDate, DATE_WINDOWS } from '@zsgk/validation';
import { z } from 'zod';
import { WorkingDayCalendar } from './WorkingDayCalendar';

/** The bundled calendar; HOLIDAY_CALENDAR_FILE may point at an updated copy (no code change needed). */
export const HOLIDAY_CALENDAR_FILE = path.join(__dirname, '..', 'data', 'cn-holidays.json');

/** An updated copy is edited by hand: a 02-30 or a month 13 there must stop the start, not shift deadlines. */
const date = calendarDate(DATE_WINDOWS.asked);
const fileSchema = z.object({
  description: z.string().optional(),
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({ source: z.string(), verified: z.boolean(), holidays: z.array(date), workdays: z.array(date), names: z.record(z.string()).optional() }),
  ),
});
export type HolidayCalendarFile = z.infer<typeof fileSchema>;

/**
 * Reads a holiday calendar file. Throws, listing what is wrong, when the file is malformed or a date
 * is filed under the wrong year; the process entry turns that into a start-up failure.
 */
export function loadHolidayCalendar(file: string = HOLIDAY_CALENDAR_FILE): WorkingDayCalendar {
  return new WorkingDayCalendar(readHolidayCalendarFile(file).years);
}

/** The file's content, checked as `loadHolidayCalendar` checks it (the import script rewrites it). */
export function readHolidayCalendarFile(file: string = HOLIDAY_CALENDAR_FILE): HolidayCalendarFile {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  for (const [year, entry] of Object.entries(parsed.data.years)) {
    const stray = [...entry.holidays, ...entry.workdays].find((d) => !d.startsWith(year));
    if (stray) throw new Error(`${file}: ${stray} is listed under ${year}`);
  }
  return parsed.data;
}
