import { currentRequestId, REQUEST_ID_HEADER } from '@zsgk/observability';
import type { RequestHandler } from 'express';

/**
 * Serves the ledger's plain HTTP endpoints (`GET /ledger/...`: signed head, entries, proofs, public
 * key) through the gateway, so a verifier needs only the gateway's address. GET only; the path and
 * query go to the ledger unchanged (with the request's id), its status, type and body come back unchanged. Without a
 * ledger URL, or when the ledger does not answer in time, 503 naming the ledger.
 */
export function ledgerProxy(ledgerGraphqlUrl: string | undefined, timeoutMs: number): RequestHandler {
  return async (req, res) => {
    if (req.method !== 'GET') return void res.status(405).set('Allow', 'GET').json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'The ledger routes are read-only: use GET.' } });
    if (!ledgerGraphqlUrl) return void unavailable(res, 'no ledger URL is configured (LEDGER_URL)');
    try {
      const requestId = currentRequestId();
      const upstream = await fetch(new URL(req.originalUrl, ledgerGraphqlUrl), {
        signal: AbortSignal.timeout(timeoutMs),
        headers: requestId ? { [REQUEST_ID_HEADER]: requestId } : {},
      });
      res.status(upstream.status);
      for (const header of ['content-type', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) res.set(header, value);
      }
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      unavailable(res, (error as Error).name === 'TimeoutError' ? 'it did not answer in time' : 'it is not reachable');
    }
  };
}

function unavailable(res: Parameters<RequestHandler>[1], why: string): void {
  res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: `The ledger subgraph is unavailable: ${why}.` } });
}
