/** Where a path hash goes when the root is rebuilt: `left` is hash(path, node), `right` is hash(node, path). */
export type ProofSide = 'left' | 'right';

/**
 * RFC 9162 §2.1.3.2 without the hashing: for an audit path of `proofLength` hashes proving leaf
 * `index` in a tree of `treeSize` leaves, the side each path hash takes as the root is rebuilt, or
 * null when no path of that length can prove it. No imports, so the web map folds the sides with
 * WebCrypto while `verifyInclusion` folds them with node:crypto: the index arithmetic exists once.
 *
 * @example inclusionSides(5, 8, 3) // ['left', 'right', 'left']
 */
export function inclusionSides(index: number, treeSize: number, proofLength: number): ProofSide[] | null {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return null;
  let fn = index;
  let sn = treeSize - 1;
  const sides: ProofSide[] = [];
  for (let i = 0; i < proofLength; i += 1) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      sides.push('left');
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sides.push('right');
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? sides : null;
}
