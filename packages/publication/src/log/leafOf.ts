import { leafHash } from '../merkle/merkleHash';
import { leafBytes } from './leafBytes';
import type { LeafFields, LogEntry } from './LogEntry';

export { leafBytes };

/** The entry with its RFC 9162 leaf hash (hex) computed from its fields. */
export function entryOf(fields: LeafFields): LogEntry {
  return { ...pickLeafFields(fields), leafHash: leafHash(leafBytes(fields)).toString('hex') };
}

export function pickLeafFields(fields: LeafFields): LeafFields {
  const { districtCode, index, kind, recordId, version, event, contentHash, at } = fields;
  return { districtCode, index, kind, recordId, version, event, contentHash, at };
}

/** The idempotency key of a publication event: one log entry per key, however often it is appended. */
export function eventKey(event: { districtCode: string; kind: string; recordId: string; version: number; event: string }): string {
  return [event.districtCode, event.kind, event.recordId, `v${event.version}`, event.event].join('|');
}
