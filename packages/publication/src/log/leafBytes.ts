import { canonicalJson } from '../hashing/canonicalJson';
import type { LeafFields } from './LogEntry';

/** The leaf bytes of an entry: canonical JSON of exactly the fields below, nothing else. No node imports (the web map uses it). */
export function leafBytes(fields: LeafFields): string {
  const { districtCode, index, kind, recordId, version, event, contentHash, at } = fields;
  return canonicalJson({ districtCode, index, kind, recordId, version, event, contentHash, at });
}
