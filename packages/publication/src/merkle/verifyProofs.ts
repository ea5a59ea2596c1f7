import { inclusionSides } from './inclusionSides';
import { nodeHash } from './merkleHash';

/**
 * RFC 9162 §2.1.3.2: true when `proof` shows that the leaf with hash `leaf` sits at `index` in the
 * tree of `treeSize` leaves whose root is `root`.
 */
export function verifyInclusion(index: number, treeSize: number, leaf: Buffer, proof: readonly Buffer[], root: Buffer): boolean {
  const sides = inclusionSides(index, treeSize, proof.length);
  if (!sides) return false;
  const rebuilt = proof.reduce((node, p, i) => (sides[i] === 'left' ? nodeHash(p, node) : nodeHash(node, p)), leaf);
  return rebuilt.equals(root);
}

/**
 * RFC 9162 §2.1.4.2: true when `proof` shows that the tree of `first` leaves with root `firstRoot`
 * is a prefix of the tree of `second` leaves with root `secondRoot`. Equal sizes need an empty proof
 * and equal roots; size 0 is a prefix of everything.
 */
export function verifyConsistency(first: number, second: number, firstRoot: Buffer, secondRoot: Buffer, proof: readonly Buffer[]): boolean {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
