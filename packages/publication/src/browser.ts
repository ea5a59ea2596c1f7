/**
 * The part of the publication log a browser needs to check a record, without node:crypto, Buffer or
 * mongoose: what a leaf and a head's signature cover, and the RFC 9162 inclusion walk. The caller
 * hashes (WebCrypto) and verifies the Ed25519 signature. Imported by the web map as
 * `@zsgk/publication/src/browser`; everything here is also exported by the package's index.
 */
export { canonicalJson } from './hashing/canonicalJson';
export { leafBytes } from './log/leafBytes';
export type { LeafFields, LogEntry } from './log/LogEntry';
export { treeHeadText } from './heads/treeHeadText';
export type { TreeHead, SignedTreeHead } from './heads/signedTreeHead';
export { inclusionSides } from './merkle/inclusionSides';
export type { ProofSide } from './merkle/inclusionSides';
