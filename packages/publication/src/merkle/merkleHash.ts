import { createHash } from 'node:crypto';

/** RFC 9162 §2.1.1 hashing with SHA-256: leaves and interior nodes get distinct one-byte prefixes. */
export function leafHash(leaf: Uint8Array | string): Buffer {
  const bytes = typeof leaf === 'string' ? Buffer.from(leaf, 'utf8') : leaf;
  return createHash('sha256').update(Buffer.of(0x00)).update(bytes).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.of(0x01)).update(left).update(right).digest();
}

export function emptyRootHash(): Buffer {
  return createHash('sha256').digest();
}

/** The largest power of two strictly smaller than n (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
