import { treeHeadText } from '../heads/treeHeadText';
import type { SignedTreeHead } from '../heads/signedTreeHead';
import type { LeafFields } from '../log/LogEntry';
import { leafHashOf } from './leafHashOf';
import { merkleRoot } from './merkleRoot';
import { verifyHeadSignature } from './verifyHeadSignature';
import { verifyLog, type LogEntryRead } from './verifyLog';

// Node 20 has WebCrypto (Ed25519 included) on globalThis, as the browser does.
/** WebCrypto's key type, named without the DOM library (the root tsconfig has Node's types only). */
type Key = Parameters<typeof crypto.subtle.exportKey>[1];
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

async function signedLog(size: number) {
  const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as { publicKey: Key; privateKey: Key };
  const pem = `-----BEGIN PUBLIC KEY-----\n${base64(await crypto.subtle.exportKey('spki', keys.publicKey))}\n-----END PUBLIC KEY-----`;
  const entries: LogEntryRead[] = [];
  for (let index = 0; index < size; index += 1) {
    const fields: LeafFields = { districtCode: '370812', index, kind: 'SCHOOL', recordId: `SCHOOL:21370810${String(index).padStart(2, '0')}@v1`, version: 1, event: 'PUBLISHED', contentHash: 'ab'.repeat(32), at: '2026-06-01T00:00:00.000Z' };
    entries.push({ ...fields, leafHash: await leafHashOf(fields) });
  }
  const rootHash = await merkleRoot(entries.map((e) => e.leafHash));
  const unsigned = { districtCode: '370812', treeSize: size, rootHash, timestamp: '2026-06-02T00:00:00.000Z' };
  const signature = base64(await crypto.subtle.sign({ name: 'Ed25519' }, keys.privateKey, new TextEncoder().encode(treeHeadText(unsigned))));
  return { head: { ...unsigned, signature } as SignedTreeHead, pem, entries };
}

describe('verifyLog (WebCrypto)', () => {
  it('when every entry and the signature are as logged, then the log is verified', async () => {
    const { head, pem, entries } = await signedLog(7);
    expect(await verifyLog(head, pem, entries)).toMatchObject({ verified: true, signatureValid: true, rootMatches: true, entriesChecked: 7, leafMismatches: [] });
  });

  it('when an entry was changed behind the log (its content hash), then its index is named and the root does not match', async () => {
    const { head, pem, entries } = await signedLog(7);
    entries[4] = { ...entries[4]!, contentHash: 'cd'.repeat(32) };
    expect(await verifyLog(head, pem, entries)).toMatchObject({ verified: false, signatureValid: true, rootMatches: false, leafMismatches: [4] });
  });

  it('when the head was signed by another key, or an entry is missing, then the log is not verified', async () => {
    const { head, entries } = await signedLog(5);
    const other = await signedLog(1);
    expect(await verifyLog(head, other.pem, entries)).toMatchObject({ verified: false, signatureValid: false });
    const { head: h, pem } = await signedLog(5);
    expect(await verifyLog(h, pem, (await signedLog(5)).entries.slice(0, 4))).toMatchObject({ verified: false, rootMatches: false, entriesChecked: 4 });
  });
});

describe('verifyHeadSignature (WebCrypto)', () => {
  it('when the key is not a PEM or the signature not base64, then it answers false rather than throwing', async () => {
    const { head, pem } = await signedLog(1);
    expect(await verifyHeadSignature(head, pem)).toBe(true);
    expect(await verifyHeadSignature(head, 'not a key')).toBe(false);
    expect(await verifyHeadSignature({ ...head, signature: '!!!' }, pem)).toBe(false);
  });
});
