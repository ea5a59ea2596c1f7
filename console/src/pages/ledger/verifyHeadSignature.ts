import { treeHeadText, type SignedTreeHead } from '@zsgk/publication/src/browser';

const base64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * True when the head's Ed25519 signature verifies under the district key (SPKI PEM), through
 * WebCrypto; false on any malformed input. The same check as web-map/src/verify/logCrypto.ts (a
 * candidate for packages/publication/src/browser once both use it).
 */
export async function verifyHeadSignature(head: SignedTreeHead, publicKeyPem: string): Promise<boolean> {
  try {
    const der = base64(publicKeyPem.replace(/-----(BEGIN|END) PUBLIC KEY-----|\s/g, ''));
    const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64(head.signature), new TextEncoder().encode(treeHeadText(head)));
  } catch {
    return false;
  }
}
