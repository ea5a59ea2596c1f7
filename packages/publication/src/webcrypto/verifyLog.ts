import type { SignedTreeHead } from '../heads/signedTreeHead';
import type { LeafFields } from '../log/LogEntry';
import { leafHashOf } from './leafHashOf';
import { merkleRoot } from './merkleRoot';
import { verifyHeadSignature } from './verifyHeadSignature';

export interface LogEntryRead extends LeafFields {
  /** As served; compared with the hash recomputed from the fields. */
  leafHash: string;
}

export interface LogVerification {
  signatureValid: boolean;
  /** Entries read and recomputed (the head's tree size when the log was read whole). */
  entriesChecked: number;
  /** Root recomputed from every entry's fields. */
  recomputedRoot: string;
  rootMatches: boolean;
  /** Indexes whose served leafHash differs from the one recomputed from their fields. */
  leafMismatches: number[];
  /** True when the signature verifies, every entry up to treeSize was read, and the root matches. */
  verified: boolean;
}

/**
 * The whole log against its signed head, in the browser, trusting only the district key: the head's
 * signature, then every leaf recomputed from its fields and folded into the RFC 9162 root, which must
 * equal the signed root. Entries must be the log's first `head.treeSize`, in index order.
 */
export async function verifyLog(head: SignedTreeHead, publicKeyPem: string, entries: readonly LogEntryRead[]): Promise<LogVerification> {
  const signatureValid = await verifyHeadSignature(head, publicKeyPem);
  const inTree = entries.filter((e) => e.index < head.treeSize);
  const leaves: string[] = [];
  const leafMismatches: number[] = [];
  for (const [position, entry] of inTree.entries()) {
    const leaf = await leafHashOf(entry);
    if (entry.index !== position || leaf !== entry.leafHash) leafMismatches.push(entry.index);
    leaves.push(leaf);
  }
  const recomputedRoot = await merkleRoot(leaves);
  const rootMatches = inTree.length === head.treeSize && recomputedRoot === head.rootHash;
  return { signatureValid, entriesChecked: inTree.length, recomputedRoot, rootMatches, leafMismatches, verified: signatureValid && rootMatches };
}
