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
  if (!header || body.every(isBlank)) throw new AppError('BAD_USER_INPUT', 'The file has no rows.', { path });

  const problems: RowProblem[] = [];
  const columns: (CsvColumn | undefined)[] = header.map((h) => findColumn(h));
  const seen = new Map<string, string>();
  header.forEach((h, i) => {
    const column = columns[i];
    if (!h.trim() && body.every((record) => !record[i]?.trim())) return;
    if (!column) return void problems.push({ row: 1, field: h, reason: `unknown column; expected ${CSV_COLUMNS.map((c) => c.headers[1] ?? c.headers[0]).join('、')}` });
    const earlier = seen.get(column.field);
    if (earlier !== undefined) problems.push({ row: 1, field: h, reason: `repeats column ${earlier}` });
    seen.set(column.field, h);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !seen.has(column.field)) problems.push({ row: 1, field: column.headers[1]!, reason: 'required column is missing' });
  }
  const lngHeader = seen.get('location.lng');
  const latHeader = seen.get('location.lat');
  if ((lngHeader === undefined) !== (latHeader === undefined)) {
    problems.push({ row: 1, field: lngHeader ?? latHeader!, reason: 'longitude (经度) and latitude (纬度) columns come together' });
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
  if (record.length !== width) problems.push({ row, field: null, reason: `has ${record.length} cells, the header has ${width}` });
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
    throw new AppError('BAD_USER_INPUT', `The file is not valid CSV${line ? ` (line ${line})` : ''}: ${(error as Error).message}`, { path, cause: error });
  }
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
