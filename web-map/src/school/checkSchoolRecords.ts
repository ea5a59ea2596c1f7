import { leafHashOf, verifyHeadSignature, verifyInclusionPath, type SignedTreeHead } from '@zsgk/publication/src/browser';
import { fetchInclusionPaths, fetchLogEntries, fetchLogHead, type LogEntryWithContent } from '../api/fetchLogProofs';
import type { CheckedRecord, Verification } from '../verify/checkShownRecords';
import type { ShownRecord } from '../verify/shownRecords';

/** A record the school page shows; `contentHash` undefined when its type serves none (transfers, school rules, named lists, policy documents). */
export interface SchoolPageRecord extends Omit<ShownRecord, 'contentHash'> {
  contentHash: string | null | undefined;
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
export const sha256Hex = async (text: string) => hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** The record's latest PUBLISHED entry in this district's log, within the signed head. */
function lastPublished(entries: readonly LogEntryWithContent[], head: SignedTreeHead): LogEntryWithContent | null {
  return entries.filter((e) => e.event === 'PUBLISHED' && e.districtCode === head.districtCode && e.index < head.treeSize).sort((a, b) => b.index - a.index)[0] ?? null;
}

/**
 * Checks the school page's records against the district's publication log the way the result slip
 * does (checkShownRecords: signed head, inclusion path of each record's PUBLISHED entry, content hash
 * now against the logged one). A record whose type serves no contentHash is hashed from the canonical
 * content its service serves for that version now (`admissionsContent`), so a change behind the
 * system's back still shows as CHANGED. Null: the district has no log yet.
 */
export async function checkSchoolRecords(gatewayUrl: string, districtCode: string, records: readonly SchoolPageRecord[]): Promise<Verification | null> {
  const needContent = records.some((r) => r.contentHash === undefined);
  const [{ head, key }, entries] = await Promise.all([fetchLogHead(gatewayUrl, districtCode), fetchLogEntries(gatewayUrl, records.map((r) => r.recordId), { withContent: needContent })]);
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
      const servedContent = entry?.admissionsContent;
      const contentHash = record.contentHash !== undefined ? record.contentHash : servedContent ? await sha256Hex(servedContent) : null;
      if (!entry) return { ...record, contentHash, status: 'NOT_LOGGED', loggedHash: null };
      const path = paths.get(entry.index);
      const proven = path !== undefined && (await verifyInclusionPath(entry.index, head.treeSize, await leafHashOf(entry), path, head.rootHash));
      const status = !proven ? 'UNPROVEN' : contentHash === entry.contentHash ? 'VERIFIED' : 'CHANGED';
      return { ...record, contentHash, status, loggedHash: entry.contentHash };
    }),
  );
  return { head, signatureValid, fingerprint: key?.fingerprint ?? null, records: checked };
}
