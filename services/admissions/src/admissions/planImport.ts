import { AppError, type RowProblem } from '@zsgk/errors';
import type { PublishedStore } from '../data/PublishedStore';
import type { Published } from './Admission';
import type { Correction, Parsed } from './parseRows';

export interface PublishReport {
  accepted: boolean;
  created: number;
  unchanged: number;
  problems: RowProblem[];
}

export const MAX_ROWS = 100_000;

/** A record version just written, and the one it superseded. */
export interface PublishedChange<F> {
  id: string;
  key: string;
  fields: F;
  correctionReason: string | null;
  previous: (F & Published) | undefined;
}

/**
 * Publishes imported rows all-or-nothing. Each row is parsed; a row identical to the record in force
 * is a no-op; a row that changes a published record must give a correctionReason and becomes a new
 * version, the old one SUPERSEDED (never edited, never deleted).
 */
export async function publishRows<F extends object>(
  store: PublishedStore<F>,
  rows: unknown[],
  parse: (raw: unknown, row: number) => Parsed<F & Correction>,
  keyOf: (fields: F) => string,
  actor: string,
  /** Checks that need the database (e.g. cited policy documents), run on rows that parsed. */
  check: (rows: { row: number; fields: F }[]) => Promise<RowProblem[]> = async () => [],
  /** Told what was published (e.g. to write the history). */
  afterPublish: (published: PublishedChange<F>[]) => Promise<void> = async () => undefined,
): Promise<PublishReport> {
  if (rows.length === 0) throw new AppError('BAD_USER_INPUT', 'The file has no rows.', { path: 'input.content' });
  if (rows.length > MAX_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file has ${rows.length} rows; at most ${MAX_ROWS}.`, { path: 'input.content' });
  }
  const problems: RowProblem[] = [];
  const parsed: { row: number; key: string; fields: F; correctionReason: string | null }[] = [];
  const rowOfKey = new Map<string, number>();
  rows.forEach((raw, i) => {
    const result = parse(raw, i + 1);
    if (!result.ok) return void problems.push(...result.problems);
    const { correctionReason, ...fields } = result.value;
    const key = keyOf(fields as unknown as F);
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined) return void problems.push({ row: i + 1, field: null, reason: `repeats the record of row ${earlier}` });
    rowOfKey.set(key, i + 1);
    parsed.push({ row: i + 1, key, fields: fields as unknown as F, correctionReason });
  });

  problems.push(...(await check(parsed)));
  const current = await store.findInForce(parsed.map((p) => p.key));
  const changes: { key: string; fields: F; correctionReason: string | null; previous: (F & Published) | undefined }[] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const previous = current.get(p.key);
    if (previous && sameFields(p.fields, previous)) unchanged += 1;
    else if (previous && !p.correctionReason) {
      problems.push({ row: p.row, field: 'correctionReason', reason: 'changes a published record: say why (correctionReason)' });
    } else changes.push({ ...p, previous });
  }
  if (problems.length) return { accepted: false, created: 0, unchanged: 0, problems };
  const ids = await store.publishVersions(changes, actor);
  await afterPublish(changes.map((c, i) => ({ ...c, id: ids[i]! })));
  return { accepted: true, created: changes.length, unchanged, problems: [] };
}

/** Field-by-field equality; a list added since a record was stored counts as empty in the old record. */
export function sameFields<F extends object>(fields: F, stored: F): boolean {
  const norm = (v: unknown) => JSON.stringify(v === undefined || (Array.isArray(v) && v.length === 0) ? null : v);
  return (Object.keys(fields) as (keyof F)[]).every((k) => norm(fields[k]) === norm(stored[k]));
}
