import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A bounded autocannon run: POSTs the bodies in rotation for `seconds`, loopback only. */
export function runLoad(url: string, bodies: string[], connections: number, seconds: number): Promise<LoadResult> {
  const path = new URL(url).pathname;
  return runRequests(url, bodies.map((body) => ({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body })), connections, seconds);
}

/** A bounded autocannon run of the requests in rotation for `seconds`, loopback only. */
export async function runRequests(url: string, requests: LoadRequest[], connections: number, seconds: number): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`refusing to load anything but loopback: ${url}`);
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
