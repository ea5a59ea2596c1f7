import { parse } from 'csv-parse/sync';
import { checkCalendarDate, DATE_WINDOWS } from '@zsgk/validation';
import type { HolidayCalendarFile } from './loadHolidayCalendar';

/** One line of a bureau-supplied notice: a day off (休) or a make-up working day (班). */
export interface NoticeDay {
  /** 1-based line of the file (CSV: the header is line 1; JSON: the position in `days`, from 1). */
  line: number;
  date: string;
  type: string;
  name: string;
}

export interface HolidayNotice {
  year: number | null;
  source: string;
  days: NoticeDay[];
}

export interface ImportOptions {
  /** The year the notice is for (e.g. 2027). */
  year: number;
  /** Where the dates come from, e.g. 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）. */
  source: string;
  /** Replace the year if the calendar already has it (else a year on file is refused). */
  replace?: boolean;
}

export type ImportResult = { ok: true; calendar: HolidayCalendarFile; holidays: number; workdays: number } | { ok: false; problems: string[] };

/**
 * Reads a notice as the bureau supplies it: CSV with a header `date,type,name` (日期,类型,名称 also
 * accepted), or JSON `{ year?, source?, days: [{ date, type, name }] }`. Nothing is checked here but
 * the file's shape; `importHolidayNotice` checks the dates.
 */
export function readHolidayNotice(text: string, format: 'csv' | 'json'): HolidayNotice | { problems: string[] } {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { problems: [`文件不是有效的 JSON：${(error as Error).message}`] };
    }
    const doc = (data ?? {}) as { year?: unknown; source?: unknown; days?: unknown };
    if (!Array.isArray(doc.days)) return { problems: ['JSON 文件须有 days 数组（每项含 date、type、name）'] };
    return {
      year: typeof doc.year === 'number' ? doc.year : null,
      source: typeof doc.source === 'string' ? doc.source : '',
      days: doc.days.map((d: Record<string, unknown>, i) => ({ line: i + 1, date: String(d?.date ?? ''), type: String(d?.type ?? ''), name: String(d?.name ?? '') })),
    };
  }
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    return { problems: [`文件不是有效的 CSV：${(error as Error).message}`] };
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const column = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const [date, type, name] = [column('date', '日期'), column('type', '类型'), column('name', '名称')];
  if (date < 0 || type < 0 || name < 0) return { problems: ['第 1 行：表头须为 date,type,name（或 日期,类型,名称）'] };
  const days = rows
    .map((row, i) => ({ line: i + 1, date: row[date] ?? '', type: row[type] ?? '', name: row[name] ?? '' }))
    .slice(1)
    .filter((d) => d.date !== '' || d.type !== '' || d.name !== '');
  return { year: null, source: '', days };
}

/**
 * Checks a notice for `options.year` against the calendar on file and returns the calendar with the
 * year written in, marked `verified: false` (a person compares it with the notice and sets it true).
 * Every problem is listed, in Chinese, with its line: a date that is not real or not in the year, a
 * type other than 休/班, a missing name, a date listed twice or as both 休 and 班, a 班 on a weekday
 * (make-up working days are weekend days), a date the calendar on file has with the other type (even with
 * `replace`: a date changing type is a correction a person makes in the file, after checking), a
 * missing source. Nothing is returned to write while any problem remains.
 */
export function importHolidayNotice(current: HolidayCalendarFile, notice: HolidayNotice, options: ImportOptions): ImportResult {
  const problems: string[] = [];
  const { year } = options;
  const source = (options.source || notice.source).trim();
  if (!source) problems.push('缺少来源（source）：请写明国务院办公厅通知的名称和文号');
  if (notice.year !== null && notice.year !== year) problems.push(`文件写明的年份 ${notice.year} 与导入的年份 ${year} 不一致`);
  const onFile = current.years[String(year)];
  if (onFile && !options.replace) problems.push(`日历中已有 ${year} 年（来源：${onFile.source}）；如确需替换，请加 --replace`);
  if (notice.days.length === 0) problems.push('文件中没有日期');

  const seen = new Map<string, NoticeDay>();
  const holidays: string[] = [];
  const workdays: string[] = [];
  const names: Record<string, string> = {};
  for (const day of notice.days) {
    const at = `第 ${day.line} 行`;
    const checked = checkCalendarDate(day.date, DATE_WINDOWS.asked);
    if (!checked.ok) {
      problems.push(`${at}：日期 ${JSON.stringify(day.date)} 不是有效日期（须写作 YYYY-MM-DD）`);
      continue;
    }
    if (!day.date.startsWith(`${year}-`)) problems.push(`${at}：日期 ${day.date} 不在 ${year} 年`);
    if (day.type !== '休' && day.type !== '班') {
      problems.push(`${at}：类型 ${JSON.stringify(day.type)} 无效，须为“休”（放假）或“班”（调休上班）`);
      continue;
    }
    if (!day.name.trim()) problems.push(`${at}：缺少节日名称`);
    const earlier = seen.get(day.date);
    if (earlier) {
      problems.push(earlier.type === day.type
        ? `${at}：日期 ${day.date} 重复（第 ${earlier.line} 行已列出）`
        : `${at}：日期 ${day.date} 既是放假又是上班（第 ${earlier.line} 行为“${earlier.type}”）`);
      continue;
    }
    seen.set(day.date, day);
    const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
    if (day.type === '班' && weekday !== 0 && weekday !== 6) problems.push(`${at}：${day.date} 是工作日（星期${'日一二三四五六'[weekday]}），调休上班只能在周六或周日`);
    const other = day.type === '休' ? onFile?.workdays : onFile?.holidays;
    if (other?.includes(day.date)) problems.push(`${at}：${day.date} 在现有日历中为“${day.type === '休' ? '班' : '休'}”，与本行的“${day.type}”冲突（如现有日历有误，请先核对通知并修改日历文件）`);
    (day.type === '休' ? holidays : workdays).push(day.date);
    names[day.date] = day.name.trim();
  }
  if (problems.length > 0) return { ok: false, problems };
  const years = { ...current.years, [String(year)]: { source, verified: false, holidays: holidays.sort(), workdays: workdays.sort(), names } };
  const sorted = Object.fromEntries(Object.entries(years).sort(([a], [b]) => a.localeCompare(b)));
  return { ok: true, calendar: { ...current, years: sorted }, holidays: holidays.length, workdays: workdays.length };
}
