import { inclusionSides } from '../merkle/inclusionSides';
import { fromHex, sha256, toHex } from './bytes';

/** True when `path` (hex) proves the leaf at `index` is in the tree of `treeSize` entries whose root is `rootHash` (hex), per RFC 9162 §2.1.3.2. */
export async function verifyInclusionPath(index: number, treeSize: number, leafHash: string, path: readonly string[], rootHash: string): Promise<boolean> {
  const sides = inclusionSides(index, treeSize, path.length);
  if (!sides) return false;
  let node = fromHex(leafHash);
  for (const [i, sibling] of path.entries()) {
    node = sides[i] === 'left' ? await sha256(Uint8Array.of(0x01), fromHex(sibling), node) : await sha256(Uint8Array.of(0x01), node, fromHex(sibling));
  }
  return toHex(node) === rootHash;
}
