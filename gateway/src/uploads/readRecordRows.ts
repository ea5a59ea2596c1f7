import { isBlankRow, normaliseHeader, type Table } from './readTable';
import type { RecordColumn } from './recordColumns';
import type { UploadProblem } from './UploadProblem';

/** A results or plans sheet as the JSON rows an admissions import takes, and how to point back at the sheet. */
export interface RecordRows {
  /** JSON rows, blank sheet rows left out. */
  rows: Record<string, unknown>[];
  /** Spreadsheet row of each JSON row (rows[i] came from sheet row sheetRows[i]). */
  sheetRows: number[];
  /** Problems found while reading the sheet (unknown column, bad number …); the import is not run when any. */
  problems: UploadProblem[];
  /** The header the clerk wrote for a field path the service names in JSON row `index` (0-based). */
  columnOf(index: number, field: string | null): string | null;
}

/**
 * Reads a sheet whose header row (row 1) uses the Chinese headers of `columns` into JSON rows.
 * Each bad cell is a problem naming its sheet row and the header as written; empty cells are left out.
 */
export function readRecordRows(table: Table, columns: RecordColumn[]): RecordRows {
  const [header = [], ...body] = table.rows;
  const problems: UploadProblem[] = [];
  const byHeader = new Map(columns.flatMap((c) => c.headers.map((h) => [normaliseHeader(h), c] as const)));
  const found: (RecordColumn | undefined)[] = header.map((h) => byHeader.get(normaliseHeader(h)));
  const written = new Map<string, string>();
  header.forEach((h, i) => {
    const column = found[i];
    if (!h.trim()) {
      if (body.some((r) => r[i]?.trim())) problems.push({ row: 1, column: `第${i + 1}列`, reason: '这一列没有表头，但有内容：请填写表头或删除这一列' });
      return;
    }
    if (!column) return void problems.push({ row: 1, column: h, reason: `无法识别的列「${h.trim()}」；可用的表头：${columns.map((c) => c.headers[0]).join('、')}` });
    const earlier = written.get(column.path);
    if (earlier !== undefined) return void problems.push({ row: 1, column: h, reason: `与「${earlier}」重复，是同一列` });
    written.set(column.path, h);
  });
  for (const column of columns) {
    if (column.required && !written.has(column.path)) problems.push({ row: 1, column: column.headers[0]!, reason: '缺少必填的列' });
  }
  if (problems.length) return { rows: [], sheetRows: [], problems, columnOf: () => null };
  if (body.every(isBlankRow)) return { rows: [], sheetRows: [], problems: [{ row: null, column: null, reason: '文件只有表头，没有数据行' }], columnOf: () => null };

  const rows: Record<string, unknown>[] = [];
  const sheetRows: number[] = [];
  const rowLabels: Map<string, string>[] = [];
  body.forEach((record, i) => {
    if (isBlankRow(record)) return;
    const sheetRow = i + 2;
    const value: Record<string, unknown> = {};
    const labels = new Map<string, string>();
    const preferential = new Map<string, Record<string, unknown>>();
    found.forEach((column, c) => {
      const cell = record[c] ?? '';
      if (!column || cell.trim() === '') return;
      const result = column.convert(cell);
      if ('reason' in result) return void problems.push({ row: sheetRow, column: header[c]!, reason: result.reason });
      const pref = /^preferential:(\w+)\.(\w+)$/.exec(column.path);
      if (pref) {
        const entry = preferential.get(pref[1]!) ?? { category: pref[1]! };
        entry[pref[2]!] = result.value;
        preferential.set(pref[1]!, entry);
        return;
      }
      setPath(value, column.path, result.value);
      labels.set(column.path, header[c]!);
      const parent = column.path.split('.').slice(0, -1).join('.');
      if (parent && (!labels.has(parent) || column.path.endsWith('.text'))) labels.set(parent, header[c]!);
    });
    if (preferential.size) {
      value.preferential = [...preferential.values()];
      [...preferential.values()].forEach((entry, k) => {
        for (const part of ['count', 'policyDocumentNumber']) {
          // The header written for it, or (a 政策文号 left out) the one to add.
          const path = `preferential:${entry.category as string}.${part}`;
          const h = written.get(path) ?? columns.find((c) => c.path === path)?.headers[0];
          if (h) labels.set(`preferential.${k}.${part}`, h);
        }
        const first = written.get(`preferential:${entry.category as string}.count`) ?? written.get(`preferential:${entry.category as string}.policyDocumentNumber`);
        if (first) labels.set(`preferential.${k}`, first);
      });
      const any = [...written.entries()].find(([path]) => path.startsWith('preferential:'));
      if (any) labels.set('preferential', any[1]);
    }
    rows.push(value);
    sheetRows.push(sheetRow);
    rowLabels.push(labels);
  });

  return {
    rows,
    sheetRows,
    problems,
    columnOf: (index, field) => {
      if (field === null) return null;
      const labels = rowLabels[index];
      for (let path = field; path; path = path.split('.').slice(0, -1).join('.')) {
        const label = labels?.get(path) ?? written.get(path) ?? canonical(columns, path);
        if (label) return label;
        if (!path.includes('.')) break;
      }
      return field;
    },
  };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** The template header of a field path the sheet did not write (explanation → 说明). */
function canonical(columns: RecordColumn[], path: string): string | undefined {
  const column = columns.find((c) => c.path === path) ?? columns.find((c) => c.path === `${path}.text`) ?? columns.find((c) => c.path.startsWith(`${path}.`));
  return column?.headers[0];
}
