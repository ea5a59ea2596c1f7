import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { treeHeadText } from './treeHeadText';

/** A district log's state at one size: what its signature covers. `rootHash` is lowercase hex. */
export interface TreeHead {
  districtCode: string;
  treeSize: number;
  rootHash: string;
  /** ISO time of signing. */
  timestamp: string;
}

/** A tree head with the district's Ed25519 signature (base64) over `canonicalJson(head)`. */
export interface SignedTreeHead extends TreeHead {
  signature: string;
}

/** The exact bytes signed: canonical JSON of the four head fields, nothing else. */
export function treeHeadBytes(head: TreeHead): Buffer {
  return Buffer.from(treeHeadText(head), 'utf8');
}

/** Signs a head with the district's Ed25519 private key. */
export function signTreeHead(head: TreeHead, privateKey: KeyObject): SignedTreeHead {
  const { districtCode, treeSize, rootHash, timestamp } = head;
  const signature = sign(null, treeHeadBytes(head), privateKey).toString('base64');
  return { districtCode, treeSize, rootHash, timestamp, signature };
}

/** True when `head.signature` is the Ed25519 signature of its fields under `publicKey` (PEM or KeyObject). */
export function verifyTreeHead(head: SignedTreeHead, publicKey: string | KeyObject): boolean {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, treeHeadBytes(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}
