import { createHash } from 'node:crypto';
import type { GazetteerEntry } from './GazetteerEntry';

/**
 * A gazetteer entry's stable id: 12 hex digits of SHA-256 over what the entry *is* (kind, name,
 * house-number range and parity), not where it sits in the file or which zone it is assigned to. A
 * re-import keeps it while the row means the same place, so a shared link (`?entry=`) finds the row
 * again in next year's gazetteer; a changed range gets a new id and the link falls back to its text.
 *
 * @example gazetteerEntryId({ kind: 'STREET_RANGE', name: '建设路', fromNumber: 2, toNumber: 98, parity: 'EVEN' }) // '…' (12 hex digits)
 */
export function gazetteerEntryId(entry: Pick<GazetteerEntry, 'kind' | 'name' | 'fromNumber' | 'toNumber' | 'parity'>): string {
  const identity = [entry.kind, entry.name.normalize('NFKC').trim(), entry.fromNumber ?? '', entry.toNumber ?? '', entry.parity ?? ''].join('|');
  return createHash('sha256').update(identity).digest('hex').slice(0, 12);
}
