import { inclusionProof, leafHash } from '../index';
import { toHex } from './bytes';
import { merkleRoot } from './merkleRoot';
import { verifyInclusionPath } from './verifyInclusionPath';

// RFC 6962/9162 known answers (transparency-dev/merkle proof/verify_test.go), as in ../merkle/merkleTree.test.ts.
const leafInputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
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

// Node 20 has WebCrypto on globalThis, as the browser does; the Buffer versions (../merkle) are the reference.
const leaves = leafInputs.map((hex) => leafHash(Buffer.from(hex, 'hex')));

describe('merkleRoot (WebCrypto)', () => {
  it('when folded bottom-up over 1–8 leaves, then every root equals the RFC 9162 known answer', async () => {
    for (let n = 1; n <= 8; n += 1) expect(await merkleRoot(leaves.slice(0, n).map((leaf) => toHex(leaf)))).toBe(roots[n - 1]);
  });

  it('when the log is empty, then the root is SHA-256 of nothing', async () => {
    expect(await merkleRoot([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('verifyInclusionPath (WebCrypto)', () => {
  it('when each leaf of 1–8 leaf trees comes with the proof the node log serves, then it verifies against the known root', async () => {
    for (let n = 1; n <= 8; n += 1) {
      for (let index = 0; index < n; index += 1) {
        const path = inclusionProof(index, leaves.slice(0, n)).map((node) => toHex(node));
        expect(await verifyInclusionPath(index, n, toHex(leaves[index]!), path, roots[n - 1]!)).toBe(true);
      }
    }
  });

  it('when the leaf, a proof node or the index is wrong, then it does not verify', async () => {
    const path = inclusionProof(2, leaves.slice(0, 7)).map((node) => toHex(node));
    expect(await verifyInclusionPath(2, 7, toHex(leaves[3]!), path, roots[6]!)).toBe(false);
    expect(await verifyInclusionPath(2, 7, toHex(leaves[2]!), [path[0]!.replace(/^./, (c) => (c === '0' ? '1' : '0')), ...path.slice(1)], roots[6]!)).toBe(false);
    expect(await verifyInclusionPath(3, 7, toHex(leaves[2]!), path, roots[6]!)).toBe(false);
    expect(await verifyInclusionPath(2, 7, toHex(leaves[2]!), path.slice(1), roots[6]!)).toBe(false);
  });
});
