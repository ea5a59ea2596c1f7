import type { LogEntry, PublicationEventType } from '../log/LogEntry';
import type { SignedTreeHead } from '../heads/signedTreeHead';

/** The content fields the services add to PublicationLogEntry; each may not exist yet in a given supergraph. */
export const CONTENT_FIELDS = ['schoolsContent', 'catchmentsContent', 'admissionsContent', 'ledgerContent'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export type ServedEntry = LogEntry & Partial<Record<ContentField, string | null>>;

export interface ConsistencyAnswer { first: number; second: number; path: string[]; firstRootHash: string; secondRootHash: string }
export interface InclusionAnswer { index: number; treeSize: number; leafHash: string; path: string[]; rootHash: string }

/**
 * Talks to one gateway: GraphQL at `/graphql` for entries with their served content, the plain
 * `/ledger/...` routes for heads, keys and proofs. Nothing it returns is trusted by itself.
 */
export class LedgerClient {
  readonly baseUrl: string;
  /** Content fields the supergraph turned out not to have (a service that has not added its field yet). */
  readonly missingFields = new Set<ContentField>();

  constructor(gatewayUrl: string, private readonly fetchImpl: typeof fetch = fetch) {
    this.baseUrl = gatewayUrl.replace(/\/+$/, '').replace(/\/graphql$/, '');
  }

  head(districtCode: string): Promise<SignedTreeHead | null> {
    return this.getJson(`/ledger/${districtCode}/head`, true);
  }

  async publicKey(districtCode: string): Promise<string | null> {
    const response = await this.fetchImpl(`${this.baseUrl}/ledger/${districtCode}/public-key`);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`GET /ledger/${districtCode}/public-key answered ${response.status}`);
    return response.text();
  }

  consistency(districtCode: string, first: number, second: number): Promise<ConsistencyAnswer> {
    return this.getJson(`/ledger/${districtCode}/proof/consistency?first=${first}&second=${second}`) as Promise<ConsistencyAnswer>;
  }

  inclusion(districtCode: string, index: number, treeSize: number): Promise<InclusionAnswer> {
    return this.getJson(`/ledger/${districtCode}/proof/inclusion?index=${index}&treeSize=${treeSize}`) as Promise<InclusionAnswer>;
  }

  async recordEntries(recordId: string): Promise<LogEntry[]> {
    return ((await this.getJson(`/ledger/records/${encodeURIComponent(recordId)}`, true)) as LogEntry[] | null) ?? [];
  }

  async districts(): Promise<string[]> {
    return ((await this.graphql<{ publicationLogDistricts: string[] | null }>('{ publicationLogDistricts }')).publicationLogDistricts) ?? [];
  }

  /** Entries 0..treeSize-1 with every content field the supergraph has, in pages of `pageSize`. */
  async entries(districtCode: string, treeSize: number, pageSize = 500): Promise<ServedEntry[]> {
    const all: ServedEntry[] = [];
    while (all.length < treeSize) {
      const page = await this.entryPage(districtCode, all.length, Math.min(pageSize, treeSize - all.length));
      if (page.length === 0) break;
      all.push(...page);
    }
    return all;
  }

  private async entryPage(districtCode: string, from: number, count: number): Promise<ServedEntry[]> {
    for (;;) {
      const fields = CONTENT_FIELDS.filter((field) => !this.missingFields.has(field));
      const query = `query($d: String!, $from: Int!, $count: Int!) { publicationLogEntries(districtCode: $d, from: $from, count: $count) {
        districtCode index kind recordId version event contentHash at leafHash ${fields.join(' ')} } }`;
      const body = await this.post(query, { d: districtCode, from, count });
      const missing = fields.filter((field) => body.errors?.some((e) => e.message.includes(`Cannot query field "${field}"`)));
      if (missing.length > 0) {
        missing.forEach((field) => this.missingFields.add(field));
        continue;
      }
      // A service that is down leaves its content field null with an error; the rest still verifies.
      const entries = (body.data?.publicationLogEntries ?? null) as ServedEntry[] | null;
      if (!entries) throw new Error(`publicationLogEntries(${districtCode}, ${from}) failed: ${errorText(body)}`);
      return entries.map((entry) => ({ ...entry, event: entry.event as PublicationEventType }));
    }
  }

  private async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.post(query, variables);
    if (!body.data) throw new Error(`the gateway answered ${errorText(body)}`);
    return body.data as T;
  }

  private async post(query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
    const response = await this.fetchImpl(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  }

  private async getJson(route: string, nullOn404 = false): Promise<any> {
    const response = await this.fetchImpl(`${this.baseUrl}${route}`);
    if (nullOn404 && response.status === 404) return null;
    if (!response.ok) throw new Error(`GET ${route} answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
}

function errorText(body: { errors?: { message: string }[] }): string {
  return body.errors?.map((e) => e.message).join('; ') ?? 'no data';
}
