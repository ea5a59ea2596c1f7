import { emptyRootHash, leafHash } from './merkleHash';
import { consistencyProof, inclusionProof, rootHash } from './merkleTree';
import { verifyConsistency, verifyInclusion } from './verifyProofs';

// Known-answer vectors of RFC 6962/9162 SHA-256 trees, as published with the transparency-dev/merkle
// Go module (proof/verify_test.go): eight leaves, the root of every prefix, and some proofs.
const h = (hex: string): Buffer => Buffer.from(hex, 'hex');
const leafInputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(h);
const roots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
/** [leaf index (0-based), tree size, proof] */
const inclusionVectors: Array<[number, number, string[]]> = [
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
/** [first size, second size, proof] */
const consistencyVectors: Array<[number, number, string[]]> = [
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [6, 7, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
];
const leaves = leafInputs.map((input) => leafHash(input));
const hex = (hashes: Buffer[]): string[] => hashes.map((b) => b.toString('hex'));

describe('RFC 9162 Merkle tree', () => {
  it('when the tree is empty, then its root is SHA-256 of nothing', () => {
    expect(rootHash([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(emptyRootHash().equals(rootHash([]))).toBe(true);
  });

  it.each(roots.map((root, i) => [i + 1, root] as const))('when the tree holds the first %i known leaves, then its root is the published one', (size, root) => {
    expect(rootHash(leaves.slice(0, size)).toString('hex')).toBe(root);
  });

  it.each(inclusionVectors)('when proving leaf %i in a tree of %i, then the path is the published one and verifies', (index, size, proof) => {
    const tree = leaves.slice(0, size);
    expect(hex(inclusionProof(index, tree))).toEqual(proof);
    expect(verifyInclusion(index, size, leaves[index]!, proof.map(h), h(roots[size - 1]!))).toBe(true);
  });

  it.each(consistencyVectors)('when proving size %i is a prefix of size %i, then the proof is the published one and verifies', (first, second, proof) => {
    expect(hex(consistencyProof(first, leaves.slice(0, second)))).toEqual(proof);
    expect(verifyConsistency(first, second, h(roots[first - 1]!), h(roots[second - 1]!), proof.map(h))).toBe(true);
  });

  it('when any proof element, the index, the size or the root is wrong, then inclusion fails', () => {
    const [index, size, proof] = inclusionVectors[1]!;
    const root = h(roots[size - 1]!);
    const good = proof.map(h);
    const flipped = good.map((p, i) => good.map((q, j) => (i === j ? Buffer.from(q.map((byte, k) => (k === 0 ? byte ^ 8 : byte))) : q)));
    expect(verifyInclusion(index - 1, size, leaves[index]!, good, root)).toBe(false);
    expect(verifyInclusion(index + 1, size, leaves[index]!, good, root)).toBe(false);
    expect(verifyInclusion(index, size * 2, leaves[index]!, good, root)).toBe(false);
    expect(verifyInclusion(index, size / 2, leaves[index]!, good, root)).toBe(false);
    expect(verifyInclusion(index, size, leaves[index]!, good, emptyRootHash())).toBe(false);
    expect(verifyInclusion(index, size, leaves[index]!, [...good, root], root)).toBe(false);
    expect(verifyInclusion(index, size, leaves[index]!, [root, ...good], root)).toBe(false);
    expect(verifyInclusion(index, size, leaves[index]!, good.slice(0, -1), root)).toBe(false);
    for (const wrong of flipped) expect(verifyInclusion(index, size, leaves[index]!, wrong, root)).toBe(false);
  });

  it('when the sizes, roots or proof of a consistency check are wrong, then it fails', () => {
    const [first, second, proof] = consistencyVectors[1]!;
    const [r1, r2] = [h(roots[first - 1]!), h(roots[second - 1]!)];
    const good = proof.map(h);
    expect(verifyConsistency(first - 1, second, r1, r2, good)).toBe(false);
    expect(verifyConsistency(first + 1, second, r1, r2, good)).toBe(false);
    expect(verifyConsistency(first, second * 2, r1, r2, good)).toBe(false);
    expect(verifyConsistency(first, second, r2, r1, good)).toBe(false);
    expect(verifyConsistency(first, second, r1, r2, [])).toBe(false);
    expect(verifyConsistency(first, second, r1, r2, [...good, r1])).toBe(false);
    expect(verifyConsistency(first, second, r1, r2, [good[0]!, ...good])).toBe(false);
    expect(verifyConsistency(first, second, r1, r2, good.slice(0, -1))).toBe(false);
    expect(verifyConsistency(second, first, r2, r1, good)).toBe(false);
    expect(verifyConsistency(1, 1, r1, r2, [])).toBe(false);
    expect(verifyConsistency(0, 5, r1, r2, [])).toBe(true);
  });

  it('when every index and every pair of sizes up to 40 leaves is proved, then each proof verifies against the roots', () => {
    const many = Array.from({ length: 40 }, (_, i) => leafHash(`entry ${i}`));
    const rootOf = (n: number) => rootHash(many.slice(0, n));
    for (let size = 1; size <= many.length; size += 1) {
      const tree = many.slice(0, size);
      for (let index = 0; index < size; index += 1) {
        expect(verifyInclusion(index, size, many[index]!, inclusionProof(index, tree), rootOf(size))).toBe(true);
      }
      for (let first = 0; first <= size; first += 1) {
        expect(verifyConsistency(first, size, rootOf(first), rootOf(size), consistencyProof(first, tree))).toBe(true);
      }
    }
  });
});
