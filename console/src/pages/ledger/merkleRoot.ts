import { leafBytes, type LeafFields } from '@zsgk/publication/src/browser';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

/** RFC 9162 leaf hash of an entry, recomputed from its fields (the served leafHash is never trusted). */
export async function leafHashOf(entry: LeafFields): Promise<Uint8Array> {
  return sha256(Uint8Array.of(0x00), utf8(leafBytes(entry)));
}

/**
 * RFC 9162 §2.1.1 Merkle tree hash over leaf hashes, as lowercase hex: the empty tree hashes to
 * SHA-256 of nothing; otherwise split at the largest power of two below n and hash 0x01 ‖ left ‖ right.
 * Levels are folded bottom-up (an odd node is carried up unchanged), which gives the same root as the
 * recursive definition without recursion depth.
 *
 * @example await merkleRoot([]) // 'e3b0c442…b855'
 */
export async function merkleRoot(leafHashes: readonly Uint8Array[]): Promise<string> {
  if (leafHashes.length === 0) return hex(await sha256());
  let level = [...leafHashes];
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(right ? await sha256(Uint8Array.of(0x01), level[i]!, right) : level[i]!);
    }
    level = next;
  }
  return hex(level[0]!);
}
