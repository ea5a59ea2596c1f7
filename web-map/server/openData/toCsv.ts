import { stringify } from 'csv-stringify/sync';
import type { OpenDataColumn } from './OpenDataColumn';

/** Text a spreadsheet would run as a formula (CSV injection); such text is prefixed with '. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as the CSV writes it: empty for null, true/false, numbers as JavaScript prints them. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

/**
 * A CSV file for Excel and for programs: UTF-8 with a byte-order mark (without it Excel on Chinese
 * Windows reads UTF-8 as GBK), CRLF line ends (RFC 4180), one header row in Chinese, every field
 * quoted where needed. The English machine names are in the data dictionary and the sidecar, not a
 * second header row, which every CSV reader would take for data.
 */
export function toCsv<Row>(columns: readonly OpenDataColumn<Row>[], rows: readonly Row[]): Buffer {
  const text = stringify(
    rows.map((row) => columns.map((column) => csvCell(column.value(row)))),
    { bom: true, header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
