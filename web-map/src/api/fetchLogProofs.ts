import type { LogEntry, SignedTreeHead } from '@zsgk/publication/src/browser';
import { postGraphql } from './postGraphql';

/** The district's signed head and the key that signs it, as the ledger serves them. */
export interface LogHead {
  head: SignedTreeHead | null;
  key: { publicKeyPem: string; fingerprint: string } | null;
}

const ENTRY_FIELDS = 'index districtCode kind recordId version event contentHash at leafHash';

export async function fetchLogHead(gatewayUrl: string, districtCode: string): Promise<LogHead> {
  return postGraphql<LogHead>(
    gatewayUrl,
    `query LogHead($districtCode: String!) {
      head: publicationLogHead(districtCode: $districtCode) { districtCode treeSize rootHash timestamp signature }
      key: districtPublicKey(districtCode: $districtCode) { publicKeyPem fingerprint }
    }`,
    { districtCode },
  );
}

/** Every log entry about each record, in one request (one alias per record). */
export async function fetchLogEntries(gatewayUrl: string, recordIds: readonly string[]): Promise<Map<string, LogEntry[]>> {
  if (!recordIds.length) return new Map();
  const query = `query LogEntries(${recordIds.map((_, i) => `$r${i}: ID!`).join(', ')}) {
    ${recordIds.map((_, i) => `r${i}: publicationLogRecord(recordId: $r${i}) { ${ENTRY_FIELDS} }`).join('\n    ')}
  }`;
  const data = await postGraphql<Record<string, LogEntry[] | null>>(gatewayUrl, query, Object.fromEntries(recordIds.map((id, i) => [`r${i}`, id])), { partial: true });
  return new Map(recordIds.map((id, i) => [id, data[`r${i}`] ?? []]));
}

/** The audit path of each entry index in the tree of `treeSize` entries, in one request. */
export async function fetchInclusionPaths(gatewayUrl: string, districtCode: string, treeSize: number, indexes: readonly number[]): Promise<Map<number, string[]>> {
  if (!indexes.length) return new Map();
  const query = `query InclusionPaths($districtCode: String!, $treeSize: Int!, ${indexes.map((_, i) => `$i${i}: Int!`).join(', ')}) {
    ${indexes.map((_, i) => `p${i}: publicationLogInclusion(districtCode: $districtCode, index: $i${i}, treeSize: $treeSize) { path }`).join('\n    ')}
  }`;
  const variables = { districtCode, treeSize, ...Object.fromEntries(indexes.map((index, i) => [`i${i}`, index])) };
  const data = await postGraphql<Record<string, { path: string[] } | null>>(gatewayUrl, query, variables, { partial: true });
  return new Map(indexes.flatMap((index, i) => (data[`p${i}`] ? [[index, data[`p${i}`]!.path] as const] : [])));
}
