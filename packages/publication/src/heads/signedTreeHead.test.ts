import { generateKeyPairSync } from 'node:crypto';
import { signTreeHead, verifyTreeHead, type TreeHead } from './signedTreeHead';

const head: TreeHead = { districtCode: '370812', treeSize: 3, rootHash: 'ab'.repeat(32), timestamp: '2025-05-01T08:00:00.000Z' };

describe('signed tree heads', () => {
  const keys = generateKeyPairSync('ed25519');
  const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('when a head is signed with the district key, then it verifies with the public key in PEM', () => {
    expect(verifyTreeHead(signTreeHead(head, keys.privateKey), publicPem)).toBe(true);
  });

  it('when any field of the head changes after signing, then it no longer verifies', () => {
    const signed = signTreeHead(head, keys.privateKey);
    for (const changed of [{ treeSize: 4 }, { rootHash: 'cd'.repeat(32) }, { districtCode: '370811' }, { timestamp: '2025-05-02T08:00:00.000Z' }]) {
      expect(verifyTreeHead({ ...signed, ...changed }, publicPem)).toBe(false);
    }
  });

  it('when the key is another district’s, or not Ed25519, or the signature is garbage, then it does not verify', () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const signed = signTreeHead(head, keys.privateKey);
    expect(verifyTreeHead(signed, other)).toBe(false);
    expect(verifyTreeHead(signed, ec)).toBe(false);
    expect(verifyTreeHead({ ...signed, signature: 'not base64 at all' }, publicPem)).toBe(false);
    expect(verifyTreeHead(signed, 'not a pem')).toBe(false);
  });
});
