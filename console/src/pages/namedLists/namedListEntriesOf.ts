import { enumLabels } from '@zsgk/messages';
import type { NamedListEntryInput } from '../../api/generated/graphql';

/** A problem with one row of the chosen file: spreadsheet row (header = 1), the column as written. */
export interface FileProblem {
  row: number | null;
  column: string | null;
  reason: string;
}

const HEADERS: Record<keyof NamedListEntryInput, string[]> = {
  name: ['姓名', 'name'],
  idNumber: ['身份证号', '身份证件号码', '证件号码', 'idNumber'],
  category: ['类别', '照顾类别', 'category'],
};
const squash = (text: string) => text.replace(/[\s\u3000]/g, '').toLowerCase();

/** 军人子女 → MILITARY_FAMILY: the file may say a preference category in Chinese or as the API's word. */
const CATEGORY_OF = new Map([...Object.entries(enumLabels), ['OTHER', '其他政策性照顾']].map(([value, words]) => [squash(words!), value!]));
const categoryOf = (cell: string) => CATEGORY_OF.get(squash(cell)) ?? cell;

/**
 * The people of a named list from a table's rows (row 1 the header: 姓名, 身份证号, 类别, or the API's
 * field names). Only what the list needs is read; any other column is refused rather than silently
 * carried, and so is a missing 姓名 column. Blank rows are skipped but counted, so row numbers match
 * the sheet. The service checks the values themselves (ID number form, category) on submission.
 */
export function namedListEntriesOf(rows: readonly (readonly string[])[]): { entries: NamedListEntryInput[]; problems: FileProblem[] } {
  const [header, ...body] = rows;
  if (!header?.some((cell) => cell.trim())) return { entries: [], problems: [{ row: null, column: null, reason: '文件是空的：第 1 行应为表头（姓名、身份证号、类别）' }] };
  const problems: FileProblem[] = [];
  const columns = header.map((cell) => {
    const field = (Object.keys(HEADERS) as (keyof NamedListEntryInput)[]).find((f) => HEADERS[f].some((h) => squash(h) === squash(cell)));
    if (!field && cell.trim()) problems.push({ row: 1, column: cell, reason: `不认识的列「${cell}」：名单只能有 姓名、身份证号、类别 三列（不收集住址、电话等）` });
    return field ?? null;
  });
  for (const field of Object.keys(HEADERS) as (keyof NamedListEntryInput)[]) {
    if (columns.filter((c) => c === field).length > 1) problems.push({ row: 1, column: HEADERS[field][0]!, reason: `「${HEADERS[field][0]}」列重复` });
  }
  if (!columns.includes('name')) problems.push({ row: 1, column: '姓名', reason: '缺少「姓名」列' });
  if (problems.length) return { entries: [], problems };

  const entries: NamedListEntryInput[] = [];
  body.forEach((cells, i) => {
    if (!cells.some((cell) => cell.trim())) return;
    const entry: NamedListEntryInput = { name: '' };
    columns.forEach((field, c) => {
      const value = cells[c]?.trim() ?? '';
      if (!field || !value) return;
      entry[field] = field === 'category' ? categoryOf(value) : value;
    });
    if (!entry.name) problems.push({ row: i + 2, column: header[columns.indexOf('name')]!, reason: '姓名为空' });
    else entries.push(entry);
  });
  if (!entries.length && !problems.length) problems.push({ row: null, column: null, reason: '文件中没有名单行' });
  return { entries, problems };
}
