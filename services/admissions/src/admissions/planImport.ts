import { AppError, type RowProblem } from '@zsgk/errors';
import { diffFields } from '../audit/AuditEvent';
import type { VersionChange } from '../publication/VersionChange';
import type { Published } from './Admission';
import type { Correction, Parsed } from './parseRows';

export interface ImportReport {
  accepted: boolean;
  /** Rows that become new records or versions once the change is approved. */
  created: number;
  unchanged: number;
  problems: RowProblem[];
}

export const MAX_ROWS = 100_000;

/** A bureau import checked and ready for review: the report, and the versions approval will publish. */
export interface ImportPlan<F> {
  report: ImportReport;
  /** `diff` is the JSON of {field: [before, after]} for the history (JSON text: FerretDB stores no nested arrays). */
  changes: (VersionChange<F> & { diff: string })[];
}

export interface ImportSpec<F> {
  parse: (raw: unknown, row: number) => Parsed<F & Correction>;
  keyOf: (fields: F) => string;
  /** The versions in force, by key. */
  findInForce: (keys: string[]) => Promise<Map<string, F & Published>>;
  /** Refuses the whole import (throws) before any other check, e.g. a school of another district. */
  requireScope?: (rows: { row: number; fields: F }[]) => Promise<void>;
  /** Checks that need the database (e.g. cited policy documents), run on rows that parsed. */
  check?: (rows: { row: number; fields: F }[]) => Promise<RowProblem[]>;
}

/**
 * Checks an import all-or-nothing and plans what approval will publish. Each row is parsed; a row
 * identical to the record in force is a no-op; a row that changes a published record must give a
 * correctionReason and becomes a new version, the old one SUPERSEDED (never edited, never deleted).
 */
export async function planImport<F extends object>(spec: ImportSpec<F>, rows: unknown[]): Promise<ImportPlan<F>> {
  if (rows.length === 0) throw new AppError('BAD_USER_INPUT', '文件中没有数据行', { path: 'input.content' });
  if (rows.length > MAX_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `文件有 ${rows.length} 行，一次最多导入 ${MAX_ROWS} 行；请拆分成几个文件`, { path: 'input.content' });
  }
  const problems: RowProblem[] = [];
  const parsed: { row: number; key: string; fields: F; correctionReason: string | null }[] = [];
  const rowOfKey = new Map<string, number>();
  rows.forEach((raw, i) => {
    const result = spec.parse(raw, i + 1);
    if (!result.ok) return void problems.push(...result.problems);
    const { correctionReason, ...fields } = result.value;
    const key = spec.keyOf(fields as unknown as F);
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined) return void problems.push({ row: i + 1, field: null, reason: `与第 ${earlier} 行是同一条记录；请删去其中一行，或把两行合并` });
    rowOfKey.set(key, i + 1);
    parsed.push({ row: i + 1, key, fields: fields as unknown as F, correctionReason });
  });

  await spec.requireScope?.(parsed);
  problems.push(...((await spec.check?.(parsed)) ?? []));
  const current = await spec.findInForce(parsed.map((p) => p.key));
  const changes: ImportPlan<F>['changes'] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const previous = current.get(p.key);
    if (previous && sameFields(p.fields, previous)) unchanged += 1;
    else if (previous && !p.correctionReason) {
      problems.push({ row: p.row, field: 'correctionReason', reason: '这一行修改了已公开的记录，必须填写更正原因' });
    } else {
      const { row: _row, ...change } = p;
      changes.push({ ...change, previous: previous && { id: previous.id, version: previous.version }, diff: JSON.stringify(diffFields(previous ?? null, p.fields)) });
    }
  }
  if (problems.length) return { report: { accepted: false, created: 0, unchanged: 0, problems }, changes: [] };
  return { report: { accepted: true, created: changes.length, unchanged, problems: [] }, changes };
}

/** Field-by-field equality; a list added since a record was stored counts as empty in the old record. */
export function sameFields<F extends object>(fields: F, stored: F): boolean {
  const norm = (v: unknown) => JSON.stringify(v === undefined || (Array.isArray(v) && v.length === 0) ? null : v);
  return (Object.keys(fields) as (keyof F)[]).every((k) => norm(fields[k]) === norm(stored[k]));
}
