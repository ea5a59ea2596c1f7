import type { LogEntry, SignedTreeHead } from '@zsgk/publication/browser';
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

/** The gateway refuses more than 30 aliases in one operation. */
const ALIASES_PER_REQUEST = 25;

/**
 * Every log entry about each record, one alias per record, in batches of 25 (one request for an
 * answer's records).
 */
export async function fetchLogEntries(gatewayUrl: string, recordIds: readonly string[]): Promise<Map<string, LogEntry[]>> {
  const found = new Map<string, LogEntry[]>();
  for (let start = 0; start < recordIds.length; start += ALIASES_PER_REQUEST) {
    const batch = recordIds.slice(start, start + ALIASES_PER_REQUEST);
    const query = `query LogEntries(${batch.map((_, i) => `$r${i}: ID!`).join(', ')}) {
    ${batch.map((_, i) => `r${i}: publicationLogRecord(recordId: $r${i}) { ${ENTRY_FIELDS} }`).join('\n    ')}
  }`;
    const data = await postGraphql<Record<string, LogEntry[] | null>>(gatewayUrl, query, Object.fromEntries(batch.map((id, i) => [`r${i}`, id])), { partial: true });
    batch.forEach((id, i) => found.set(id, data[`r${i}`] ?? []));
  }
  return found;
}

/** The audit path of each entry index in the tree of `treeSize` entries, in batches of 25 indexes per request. */
export async function fetchInclusionPaths(gatewayUrl: string, districtCode: string, treeSize: number, indexes: readonly number[]): Promise<Map<number, string[]>> {
  const paths = new Map<number, string[]>();
  for (let start = 0; start < indexes.length; start += ALIASES_PER_REQUEST) {
    const batch = indexes.slice(start, start + ALIASES_PER_REQUEST);
    const query = `query InclusionPaths($districtCode: String!, $treeSize: Int!, ${batch.map((_, i) => `$i${i}: Int!`).join(', ')}) {
    ${batch.map((_, i) => `p${i}: publicationLogInclusion(districtCode: $districtCode, index: $i${i}, treeSize: $treeSize) { path }`).join('\n    ')}
  }`;
    const variables = { districtCode, treeSize, ...Object.fromEntries(batch.map((index, i) => [`i${i}`, index])) };
    const data = await postGraphql<Record<string, { path: string[] } | null>>(gatewayUrl, query, variables, { partial: true });
    batch.forEach((index, i) => {
      if (data[`p${i}`]) paths.set(index, data[`p${i}`]!.path);
    });
  }
  return paths;
}
