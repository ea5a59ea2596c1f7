/** A value type as the data dictionary names it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'enum' | 'list' | 'object';

/**
 * One column of a CSV file (or one property of a GeoJSON feature): the stable English machine
 * name, the Chinese header the file carries, and what the dictionary says about it. `value` reads it
 * from a record; the CSV and the dictionary are both derived from this one list, so they cannot drift.
 */
export interface OpenDataColumn<Row> {
  /** Stable machine name (snake_case), never renamed once published. */
  name: string;
  /** The Chinese header row's text. */
  header: string;
  type: ColumnType;
  meaning: string;
  meaningEn: string;
  /** e.g. 人 (pupils), 分 (score points); absent for values without a unit. */
  unit?: string;
  /** For `enum` and `list` columns: each code and what it means. */
  values?: Record<string, string>;
  value(row: Row): string | number | boolean | null;
}
