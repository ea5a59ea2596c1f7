import { leafHashOf, verifyHeadSignature, verifyInclusionPath, type LogEntry, type SignedTreeHead } from '@zsgk/publication/browser';
import { fetchRecordHashes } from '../api/fetchRecordHashes';
import { fetchInclusionPaths, fetchLogEntries, fetchLogHead } from '../api/fetchLogProofs';
import type { AnswerView } from '../answer/AnswerView';
import { shownRecords, type ShownRecord } from './shownRecords';

/**
 * VERIFIED: logged, in the signed tree, and the content served now hashes as logged. CHANGED: the
 * log proves what was published, but the content served now differs. NOT_LOGGED: no PUBLISHED entry
 * within the head. UNPROVEN: the entry's leaf or its audit path does not lead to the signed root.
 */
export type RecordStatus = 'VERIFIED' | 'CHANGED' | 'NOT_LOGGED' | 'UNPROVEN';

export interface CheckedRecord extends ShownRecord {
  status: RecordStatus;
  /** The contentHash of the entry checked against, when there is one. */
  loggedHash: string | null;
}

export interface Verification {
  head: SignedTreeHead;
  signatureValid: boolean;
  fingerprint: string | null;
  records: CheckedRecord[];
}

/**
 * Checks the records an answer shows against the district's publication log, trusting only the
 * district key the ledger serves: the head's Ed25519 signature, each record's last PUBLISHED entry
 * within the head (leaf recomputed, audit path to the signed root), and its contentHash now against
 * the logged one. Three requests to the gateway, all after the answer is drawn. Null: no log yet.
 */
export async function checkShownRecords(gatewayUrl: string, districtCode: string, view: AnswerView): Promise<Verification | null> {
  const [hashes, { head, key }] = await Promise.all([fetchRecordHashes(gatewayUrl, districtCode, view.yearData.year), fetchLogHead(gatewayUrl, districtCode)]);
  if (!head) return null;
  const shown = shownRecords(view, hashes);
  const entries = await fetchLogEntries(gatewayUrl, shown.map((r) => r.recordId));
  const published = new Map(shown.map((r) => [r.recordId, lastPublished(entries.get(r.recordId) ?? [], head)]));
  const indexes = [...published.values()].flatMap((e) => (e ? [e.index] : []));
  const [paths, signatureValid] = await Promise.all([
    fetchInclusionPaths(gatewayUrl, districtCode, head.treeSize, indexes),
    key ? verifyHeadSignature(head, key.publicKeyPem) : Promise.resolve(false),
  ]);
  const records = await Promise.all(
    shown.map(async (record): Promise<CheckedRecord> => {
      const entry = published.get(record.recordId);
      if (!entry) return { ...record, status: 'NOT_LOGGED', loggedHash: null };
      const path = paths.get(entry.index);
      const proven = path !== undefined && (await verifyInclusionPath(entry.index, head.treeSize, await leafHashOf(entry), path, head.rootHash));
      const status = !proven ? 'UNPROVEN' : record.contentHash === entry.contentHash ? 'VERIFIED' : 'CHANGED';
      return { ...record, status, loggedHash: entry.contentHash };
    }),
  );
  return { head, signatureValid, fingerprint: key?.fingerprint ?? null, records };
}

/** The record's latest PUBLISHED entry in this district's log, within the signed head. */
function lastPublished(entries: readonly LogEntry[], head: SignedTreeHead): LogEntry | null {
  return entries.filter((e) => e.event === 'PUBLISHED' && e.districtCode === head.districtCode && e.index < head.treeSize).sort((a, b) => b.index - a.index)[0] ?? null;
}
