import { fromHex, sha256, toHex } from './bytes';

/**
 * RFC 9162 §2.1.1 Merkle tree hash over leaf hashes (hex), as lowercase hex: the empty tree hashes
 * to SHA-256 of nothing; otherwise split at the largest power of two below n and hash
 * 0x01 ‖ left ‖ right. Levels are folded bottom-up (an odd node is carried up unchanged), which
 * gives the same root as the recursive definition without recursion depth.
 *
 * @example await merkleRoot([]) // 'e3b0c442…b855'
 */
export async function merkleRoot(leafHashes: readonly string[]): Promise<string> {
  if (leafHashes.length === 0) return toHex(await sha256());
  let level = leafHashes.map(fromHex);
  while (level.length > 1) {
    const next: Uint8Array<ArrayBuffer>[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(right ? await sha256(Uint8Array.of(0x01), level[i]!, right) : level[i]!);
    }
    level = next;
  }
  return toHex(level[0]!);
}
