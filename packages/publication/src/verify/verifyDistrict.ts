import { createHash } from 'node:crypto';
import { canonicalJson } from '../hashing/canonicalJson';
import { verifyTreeHead, type SignedTreeHead } from '../heads/signedTreeHead';
import { entryOf } from '../log/leafOf';
import { rootHash } from '../merkle/merkleTree';
import { verifyConsistency, verifyInclusion } from '../merkle/verifyProofs';
import { CONTENT_FIELDS, type LedgerClient, type ServedEntry } from './LedgerClient';
import type { ContentMismatch, DistrictReport } from './VerifyReport';

export interface DistrictCheck {
  client: LedgerClient;
  districtCode: string;
  /** PEM of the district's public key: the only thing trusted. */
  publicKeyPem: string;
  /** The head this verifier accepted last time, if any. */
  previousHead: SignedTreeHead | null;
  /** Only re-hash (and prove inclusion of) this record's entries. */
  recordId?: string;
}

/**
 * Checks one district's log against its public key: the head's signature, every leaf recomputed from
 * its entry, the root, consistency with the previously accepted head, inclusion of the named record,
 * and that each record still served hashes to what was logged.
 */
export async function verifyDistrict(check: DistrictCheck): Promise<DistrictReport & { head: SignedTreeHead | null }> {
  const { client, districtCode } = check;
  const report: DistrictReport & { head: SignedTreeHead | null } = {
    districtCode, treeSize: 0, rootHash: null, lines: [], problems: [], mismatches: [], matched: 0, notServed: 0, head: null,
  };
  const fail = (problem: string) => report.problems.push(problem);
  const head = await client.head(districtCode);
  if (!head) {
    fail(`${districtCode}: the ledger has no log for this district`);
    return report;
  }
  Object.assign(report, { head, treeSize: head.treeSize, rootHash: head.rootHash });
  if (!verifyTreeHead(head, check.publicKeyPem)) {
    fail(`${districtCode}: the tree head's signature does not verify with the district public key`);
    return report;
  }
  report.lines.push(`signed head: size ${head.treeSize}, root ${head.rootHash}, signed ${head.timestamp} — signature ok`);

  const entries = await client.entries(districtCode, head.treeSize);
  const leaves = checkLeaves(entries, head.treeSize, fail);
  const root = rootHash(leaves).toString('hex');
  if (root !== head.rootHash) fail(`${districtCode}: the root recomputed from ${entries.length} entries is ${root}, the signed head says ${head.rootHash}`);
  else report.lines.push(`${entries.length} entries: every leaf recomputed, root matches`);

  await checkConsistency(check, head, fail, report.lines);
  if (check.recordId) await checkInclusion(check, head, leaves, fail, report.lines);

  const served = check.recordId ? entries.filter((entry) => entry.recordId === check.recordId) : entries;
  for (const entry of served) {
    const content = CONTENT_FIELDS.map((field) => entry[field]).find((value) => typeof value === 'string');
    if (content === undefined) {
      report.notServed += 1;
      continue;
    }
    const actual = hashServed(content);
    if (actual === entry.contentHash) report.matched += 1;
    else report.mismatches.push(mismatchOf(entry, actual));
  }
  report.lines.push(`content re-hashed: ${report.matched} entries match, ${report.mismatches.length} differ, ${report.notServed} not served now`);
  return report;
}

/** Each entry's leaf recomputed from its fields (the served `leafHash` is only compared, never used). */
function checkLeaves(entries: ServedEntry[], treeSize: number, fail: (problem: string) => void): Buffer[] {
  if (entries.length !== treeSize) fail(`the ledger served ${entries.length} entries for a head of size ${treeSize}`);
  return entries.map((entry, position) => {
    if (entry.index !== position) fail(`entry at position ${position} says index ${entry.index}`);
    const recomputed = entryOf(entry).leafHash;
    if (recomputed !== entry.leafHash) fail(`entry ${entry.index} (${entry.kind} ${entry.recordId} v${entry.version}): its fields hash to leaf ${recomputed}, the ledger says ${entry.leafHash}`);
    return Buffer.from(recomputed, 'hex');
  });
}

async function checkConsistency(check: DistrictCheck, head: SignedTreeHead, fail: (problem: string) => void, lines: string[]): Promise<void> {
  const previous = check.previousHead;
  if (!previous) {
    lines.push('no earlier head saved: consistency starts from this one');
    return;
  }
  if (previous.treeSize > head.treeSize) {
    fail(`the log shrank: the head accepted earlier had ${previous.treeSize} entries, this one ${head.treeSize}`);
    return;
  }
  const proof = await check.client.consistency(check.districtCode, previous.treeSize, head.treeSize);
  const ok = verifyConsistency(previous.treeSize, head.treeSize, hex(previous.rootHash), hex(head.rootHash), proof.path.map(hex));
  if (ok) lines.push(`consistent with the head accepted earlier (size ${previous.treeSize}, ${previous.timestamp})`);
  else fail(`the log of ${previous.treeSize} entries accepted earlier (root ${previous.rootHash}) is not a prefix of this one: history was rewritten`);
}

async function checkInclusion(check: DistrictCheck, head: SignedTreeHead, leaves: Buffer[], fail: (problem: string) => void, lines: string[]): Promise<void> {
  const logged = (await check.client.recordEntries(check.recordId!)).filter((entry) => entry.districtCode === check.districtCode && entry.index < head.treeSize);
  if (logged.length === 0) fail(`record ${check.recordId} has no entry in the log of ${check.districtCode} at size ${head.treeSize}`);
  for (const entry of logged) {
    const proof = await check.client.inclusion(check.districtCode, entry.index, head.treeSize);
    const leaf = leaves[entry.index] ?? hex(entryOf(entry).leafHash);
    if (verifyInclusion(entry.index, head.treeSize, leaf, proof.path.map(hex), hex(head.rootHash))) {
      lines.push(`record ${entry.recordId} ${entry.event} is entry ${entry.index}: inclusion proof ok`);
    } else fail(`record ${entry.recordId}: the inclusion proof of entry ${entry.index} does not lead to the signed root`);
  }
}

/** What a served content string hashes to: its canonical JSON, whatever spacing or key order it came in. */
export function hashServed(content: string): string {
  return createHash('sha256').update(canonicalJson(JSON.parse(content)), 'utf8').digest('hex');
}

function mismatchOf(entry: ServedEntry, actual: string): ContentMismatch {
  const { districtCode, kind, recordId, version, index, contentHash } = entry;
  return { districtCode, kind, recordId, version, index, expected: contentHash, actual };
}

function hex(value: string): Buffer {
  return Buffer.from(value, 'hex');
}
