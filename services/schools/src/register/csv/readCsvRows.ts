import { AppError, type RowProblem } from '@zsgk/errors';
import { parse } from 'csv-parse/sync';
import type { ImportFile, ImportRow } from '../ImportFile';
import { CSV_COLUMNS, findColumn, type CsvColumn } from './csvColumns';

/**
 * Reads a school CSV (header row, then one school per row) into import rows. Headers may be the
 * field names or the Chinese ones of a bureau's Excel sheet (学校标识码, 学校名称, 学段, …). Cells are
 * text and stay text: nothing is evaluated, so `=cmd|…` is stored as typed. Rows whose cells are all
 * empty (Excel's trailing blank rows) are skipped but still counted, so row numbers match the sheet.
 * A missing 行政区划代码 column means every row is in the import's district.
 */
export function readCsvRows(text: string, districtCode: string, path: string): ImportFile {
  const records = parseRecords(text, path);
  const [header, ...body] = records;
  if (!header || body.every(isBlank)) throw new AppError('BAD_USER_INPUT', '文件中没有数据行：第 1 行应为表头，从第 2 行起每行一所学校', { path });

  const problems: RowProblem[] = [];
  const columns: (CsvColumn | undefined)[] = header.map((h) => findColumn(h));
  const seen = new Map<string, string>();
  header.forEach((h, i) => {
    const column = columns[i];
    if (!h.trim() && body.every((record) => !record[i]?.trim())) return;
    if (!column) return void problems.push({ row: 1, field: h, reason: `不认识的列名「${h.trim()}」；可用的列名：${CSV_COLUMNS.map((c) => c.headers[1] ?? c.headers[0]).join('、')}` });
    const earlier = seen.get(column.field);
    if (earlier !== undefined) problems.push({ row: 1, field: h, reason: `与「${earlier}」是同一列，重复了；请删去其中一列` });
    seen.set(column.field, h);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !seen.has(column.field)) problems.push({ row: 1, field: column.headers[1]!, reason: `缺少必填的列「${column.headers[1]!}」；请按模板加上这一列` });
  }
  const lngHeader = seen.get('location.lng');
  const latHeader = seen.get('location.lat');
  if ((lngHeader === undefined) !== (latHeader === undefined)) {
    problems.push({ row: 1, field: lngHeader ?? latHeader!, reason: '经度和纬度两列要同时提供；请补上缺少的一列，或两列都删去' });
  }
  const labels = new Map(seen);
  if (lngHeader && latHeader) labels.set('location', `${lngHeader}/${latHeader}`);

  const rows: ImportRow[] = problems.length
    ? []
    : body.flatMap((record, index) => (isBlank(record) ? [] : [readRow(record, index + 2, columns, header.length, districtCode)]));
  return {
    rows,
    problems,
    fieldLabel: (field) => (field === null ? null : (labels.get(field) ?? labels.get(field.split('.')[0]!) ?? field)),
  };
}

function readRow(record: string[], row: number, columns: (CsvColumn | undefined)[], width: number, districtCode: string): ImportRow {
  const problems: RowProblem[] = [];
  if (record.length !== width) problems.push({ row, field: null, reason: `这一行有 ${record.length} 格，表头有 ${width} 列；请检查是否多了或少了逗号` });
  const value: Record<string, unknown> = { districtCode };
  const location: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = record[i] ?? '';
    if (!column || cell.trim() === '') return;
    const result = column.convert ? column.convert(cell) : { value: cell };
    if ('reason' in result) return void problems.push({ row, field: column.field, reason: result.reason });
    if (column.field.startsWith('location.')) location[column.field.slice('location.'.length)] = result.value;
    else value[column.field] = result.value;
  });
  if ('lng' in location || 'lat' in location) value.location = location;
  return { row, value, problems };
}

function parseRecords(text: string, path: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('BAD_USER_INPUT', `文件不是有效的 CSV${line ? `（第 ${line} 行附近）` : ''}：${csvProblem(error)}；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入`, { path, cause: error });
  }
}

/** csv-parse's error codes a clerk can fix, said in Chinese; its English message stays in the log (cause). */
function csvProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return '有一个引号没有配对';
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') return '引号用得不对（单元格中的引号要写成两个 ""）';
  return '格式无法读取';
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
