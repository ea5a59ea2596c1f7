import { currentRequestId, REQUEST_ID_HEADER } from '@zsgk/observability';
import { Agent, request } from 'undici';

/**
 * The gateway's HTTP client for subgraph requests: undici's `request` over a keep-alive pool, wrapped
 * as the fetch-style function RemoteGraphQLDataSource expects. Measured here it costs a quarter of
 * the global `fetch` per call (75 vs 308 µs with 8 in flight), and `locate` through the gateway is
 * mostly this hop. Timeouts live on the pool (time to headers, then between body chunks) rather than
 * in a new AbortSignal timer per request. Each request carries the client request's id (x-request-id).
 */
export function createSubgraphFetcher(timeoutMs: number): { fetcher: (url: string, init?: RequestInit & { timeoutMs?: number }) => Promise<Response>; close(): Promise<void> } {
  const pool = new Agent({ connections: 128, keepAliveTimeout: 30_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  return {
    fetcher: async (url, init = {}) => {
      const { statusCode, headers, body } = await request(url, {
        method: (init.method ?? 'GET') as 'GET' | 'POST',
        headers: withRequestId(toRecord(init.headers)),
        body: init.body as string | undefined,
        dispatcher: pool,
        // A bulk import's own, longer timeout (SignedDataSource passes it); else the pool's.
        ...(init.timeoutMs ? { headersTimeout: init.timeoutMs, bodyTimeout: init.timeoutMs } : {}),
      });
      const text = await body.text();
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      return new Response(text, { status: statusCode, headers: responseHeaders });
    },
    close: () => pool.close(),
  };
}

function withRequestId(headers: Record<string, string>): Record<string, string> {
  const requestId = currentRequestId();
  return requestId ? { ...headers, [REQUEST_ID_HEADER]: requestId } : headers;
}

function toRecord(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (Array.isArray(headers)) return Object.fromEntries(headers);
  if (typeof (headers as Headers).forEach === 'function') {
    const record: Record<string, string> = {};
    (headers as Headers).forEach((value, name) => {
      record[name] = value;
    });
    return record;
  }
  return headers as Record<string, string>;
}
