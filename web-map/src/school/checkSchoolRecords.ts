import { leafHashOf, verifyHeadSignature, verifyInclusionPath, type LogEntry, type SignedTreeHead } from '@zsgk/publication/browser';
import { fetchInclusionPaths, fetchLogEntries, fetchLogHead } from '../api/fetchLogProofs';
import type { CheckedRecord, Verification } from '../verify/checkShownRecords';
import type { ShownRecord } from '../verify/shownRecords';

/** The record's latest PUBLISHED entry in this district's log, within the signed head. */
function lastPublished(entries: readonly LogEntry[], head: SignedTreeHead): LogEntry | null {
  return entries.filter((e) => e.event === 'PUBLISHED' && e.districtCode === head.districtCode && e.index < head.treeSize).sort((a, b) => b.index - a.index)[0] ?? null;
}

/**
 * Checks the school page's records against the district's publication log the way the result slip
 * does (checkShownRecords: signed head, inclusion path of each record's PUBLISHED entry, content hash
 * now against the logged one). Every record type serves its contentHash as stored now, so a change
 * behind the system's back shows as CHANGED. Null: the district has no log yet.
 */
export async function checkSchoolRecords(gatewayUrl: string, districtCode: string, records: readonly ShownRecord[]): Promise<Verification | null> {
  const [{ head, key }, entries] = await Promise.all([fetchLogHead(gatewayUrl, districtCode), fetchLogEntries(gatewayUrl, records.map((r) => r.recordId))]);
  if (!head) return null;
  const published = new Map(records.map((r) => [r.recordId, lastPublished(entries.get(r.recordId) ?? [], head)]));
  const indexes = [...published.values()].flatMap((e) => (e ? [e.index] : []));
  const [paths, signatureValid] = await Promise.all([
    fetchInclusionPaths(gatewayUrl, districtCode, head.treeSize, indexes),
    key ? verifyHeadSignature(head, key.publicKeyPem) : Promise.resolve(false),
  ]);
  const checked = await Promise.all(
    records.map(async (record): Promise<CheckedRecord> => {
      const entry = published.get(record.recordId);
      if (!entry) return { ...record, status: 'NOT_LOGGED', loggedHash: null };
      const path = paths.get(entry.index);
      const proven = path !== undefined && (await verifyInclusionPath(entry.index, head.treeSize, await leafHashOf(entry), path, head.rootHash));
      const status = !proven ? 'UNPROVEN' : record.contentHash === entry.contentHash ? 'VERIFIED' : 'CHANGED';
      return { ...record, status, loggedHash: entry.contentHash };
    }),
  );
  return { head, signatureValid, fingerprint: key?.fingerprint ?? null, records: checked };
}
