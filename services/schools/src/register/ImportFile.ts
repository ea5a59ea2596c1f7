import type { RowProblem } from '@zsgk/errors';

/** One data row of an import file, before validation. */
export interface ImportRow {
  /** 1-based row as the clerk sees it (JSON: array index + 1; CSV: spreadsheet row, header = 1). */
  row: number;
  /** Field name → value, in the shape of a JSON import row. */
  value: unknown;
  /** Problems found while reading the row's cells, with row-field names; those fields are left out. */
  problems: RowProblem[];
}

/** An import file read into rows, whatever its format. */
export interface ImportFile {
  rows: ImportRow[];
  /** Problems with the file as a whole, e.g. unknown or missing columns (row 1 for a CSV header). */
  problems: RowProblem[];
  /** The time the file was exported from the register (ISO 8601), when the file says; see planImport. */
  baseline?: string | null;
  /** How the file names a row field, so a report points at the clerk's own column (CSV: the header). */
  fieldLabel(field: string | null): string | null;
}
