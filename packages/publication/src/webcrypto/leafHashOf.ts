import { leafBytes } from '../log/leafBytes';
import type { LeafFields } from '../log/LogEntry';
import { sha256, toHex, utf8 } from './bytes';

/**
 * RFC 9162 leaf hash of a log entry, recomputed from its fields (a served leafHash is never
 * trusted), as lowercase hex: SHA-256 of 0x00 ‖ the entry's canonical leaf bytes.
 */
export async function leafHashOf(entry: LeafFields): Promise<string> {
  return toHex(await sha256(Uint8Array.of(0x00), utf8(leafBytes(entry))));
}
