/**
 * The part of the publication log a browser needs to check a record, without node:crypto, Buffer or
 * mongoose: what a leaf and a head's signature cover, the RFC 9162 inclusion walk, and the checks
 * themselves on WebCrypto (leaf hash, Merkle root, inclusion path, Ed25519 head signature, a whole
 * log against its head). Imported by the web map and the console as `@zsgk/publication/browser`.
 * The WebCrypto checks (src/webcrypto) are exported only here: node code uses the Buffer versions of
 * the package's index.
 */
export { canonicalJson } from './hashing/canonicalJson';
export { maskIdNumber, maskName, maskPerson } from './masking/maskPerson';
export { leafBytes } from './log/leafBytes';
export type { LeafFields, LogEntry } from './log/LogEntry';
export { treeHeadText } from './heads/treeHeadText';
export type { TreeHead, SignedTreeHead } from './heads/signedTreeHead';
export { inclusionSides } from './merkle/inclusionSides';
export type { ProofSide } from './merkle/inclusionSides';

export { leafHashOf } from './webcrypto/leafHashOf';
export { merkleRoot } from './webcrypto/merkleRoot';
export { verifyInclusionPath } from './webcrypto/verifyInclusionPath';
export { verifyHeadSignature } from './webcrypto/verifyHeadSignature';
export { verifyLog } from './webcrypto/verifyLog';
export type { LogEntryRead, LogVerification } from './webcrypto/verifyLog';
