import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** Lowercase hex SHA-256 of the canonical JSON (RFC 8785) of `value`: the hash the publication log records. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
