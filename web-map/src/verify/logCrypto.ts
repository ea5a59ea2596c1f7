import { inclusionSides, leafBytes, treeHeadText, type LeafFields, type SignedTreeHead } from '@zsgk/publication/src/browser';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => new Uint8Array((text.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
const base64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

/** RFC 9162 leaf hash of an entry, recomputed from its fields (the served leafHash is never trusted). */
export async function leafHashOf(entry: LeafFields): Promise<string> {
  return hex(await sha256(Uint8Array.of(0x00), utf8(leafBytes(entry))));
}

/** True when `path` proves the leaf at `index` is in the tree of `treeSize` entries whose root is `rootHash` (hex). */
export async function verifyInclusionPath(index: number, treeSize: number, leafHash: string, path: readonly string[], rootHash: string): Promise<boolean> {
  const sides = inclusionSides(index, treeSize, path.length);
  if (!sides) return false;
  let node: Uint8Array = unhex(leafHash);
  for (const [i, sibling] of path.entries()) {
    node = sides[i] === 'left' ? await sha256(Uint8Array.of(0x01), unhex(sibling), node) : await sha256(Uint8Array.of(0x01), node, unhex(sibling));
  }
  return hex(node) === rootHash;
}

/** True when the head's Ed25519 signature verifies under the district key (SPKI PEM); false on any malformed input. */
export async function verifyHeadSignature(head: SignedTreeHead, publicKeyPem: string): Promise<boolean> {
  try {
    const der = base64(publicKeyPem.replace(/-----(BEGIN|END) PUBLIC KEY-----|\s/g, ''));
    const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64(head.signature), utf8(treeHeadText(head)));
  } catch {
    return false;
  }
}
