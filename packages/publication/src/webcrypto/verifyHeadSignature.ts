import type { SignedTreeHead } from '../heads/signedTreeHead';
import { treeHeadText } from '../heads/treeHeadText';
import { fromBase64, utf8 } from './bytes';

/** True when the head's Ed25519 signature verifies under the district key (SPKI PEM), through WebCrypto; false on any malformed input. */
export async function verifyHeadSignature(head: SignedTreeHead, publicKeyPem: string): Promise<boolean> {
  try {
    const der = fromBase64(publicKeyPem.replace(/-----(BEGIN|END) PUBLIC KEY-----|\s/g, ''));
    const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64(head.signature), utf8(treeHeadText(head)));
  } catch {
    return false;
  }
}
