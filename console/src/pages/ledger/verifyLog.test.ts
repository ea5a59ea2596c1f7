import { describe, expect, it } from '@jest/globals';
import { treeHeadText, type LeafFields, type SignedTreeHead } from '@zsgk/publication/src/browser';
import { leafHashOf, merkleRoot } from './merkleRoot';
import { verifyLog, type LogEntryRead } from './verifyLog';

// Node 20 has WebCrypto (Ed25519 included) on globalThis, as the browser does.
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

async function signedLog(size: number) {
  const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pem = `-----BEGIN PUBLIC KEY-----\n${base64(await crypto.subtle.exportKey('spki', keys.publicKey))}\n-----END PUBLIC KEY-----`;
  const entries: LogEntryRead[] = [];
  for (let index = 0; index < size; index += 1) {
    const fields: LeafFields = { districtCode: '370812', index, kind: 'SCHOOL', recordId: `SCHOOL:21370810${String(index).padStart(2, '0')}@v1`, version: 1, event: 'PUBLISHED', contentHash: 'ab'.repeat(32), at: '2026-06-01T00:00:00.000Z' };
    entries.push({ ...fields, leafHash: hex(await leafHashOf(fields)) });
  }
  const rootHash = await merkleRoot(await Promise.all(entries.map((e) => leafHashOf(e))));
  const unsigned = { districtCode: '370812', treeSize: size, rootHash, timestamp: '2026-06-02T00:00:00.000Z' };
  const signature = base64(await crypto.subtle.sign({ name: 'Ed25519' }, keys.privateKey, new TextEncoder().encode(treeHeadText(unsigned))));
  return { head: { ...unsigned, signature } as SignedTreeHead, pem, entries };
}

describe('verifyLog', () => {
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
