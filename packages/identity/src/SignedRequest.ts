import { createHash } from 'node:crypto';

/** The subgraph request a forwarded identity is bound to: the exact bytes the gateway sends. */
export interface SignedRequest {
  method: string;
  /** Absolute URL (gateway side) or the path as the server received it (`req.originalUrl`). */
  url: string;
  body: string | Uint8Array;
}

/** The claims that tie a token to one request: method, path with query string, body hash. */
export function requestClaims(request: SignedRequest): { htm: string; htu: string; bh: string } {
  return {
    htm: request.method.toUpperCase(),
    htu: pathOf(request.url),
    bh: createHash('sha256').update(request.body).digest('base64url'),
  };
}

// Host and scheme are left out on purpose: behind a proxy or in a container the subgraph does not
// know the name the gateway used for it, but the path reaches it unchanged.
function pathOf(url: string): string {
  if (url.startsWith('/')) return url;
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}
