import { isAppError } from '@zsgk/errors';
import { Router, type Request, type Response } from 'express';
import type { LedgerQueries } from '../api/LedgerQueries';
import { queryNumber } from '../api/checkArguments';

/** Path prefix of the plain HTTP API; the gateway forwards GETs under it unchanged. */
export const LEDGER_HTTP_PREFIX = '/ledger';

/**
 * Plain GET endpoints for verifiers that do not speak GraphQL (curl, a shell script):
 *   /ledger/:district/head                                  signed tree head
 *   /ledger/:district/public-key                            PEM (text/plain)
 *   /ledger/:district/entries?from=&count=                  entries, in index order
 *   /ledger/:district/entries/:index                        one entry
 *   /ledger/:district/proof/inclusion?index=&treeSize=      RFC 9162 audit path
 *   /ledger/:district/proof/consistency?first=&second=      RFC 9162 consistency proof
 *   /ledger/records/:recordId                               every entry about one version
 * Errors answer {error: {code, message, path}} with 400/404.
 */
export function ledgerRoutes(ledger: LedgerQueries): Router {
  const router = Router();
  const district = (req: Request) => String(req.params.district);
  router.get('/records/:recordId', handle(async (req) => ledger.record(String(req.params.recordId))));
  router.get('/:district/head', handle(async (req) => ledger.head(district(req))));
  router.get('/:district/public-key', async (req, res) => {
    try {
      const key = await ledger.publicKey(district(req));
      if (!key) return void notFound(res, `No publication log for district ${district(req)}.`);
      res.type('application/x-pem-file').send(key.publicKeyPem);
    } catch (error) {
      fail(res, error);
    }
  });
  router.get('/:district/entries', handle(async (req) =>
    ledger.entries(district(req), queryNumber(req.query.from, 'from', 0), queryNumber(req.query.count, 'count', 100))));
  router.get('/:district/entries/:index', handle(async (req) => ledger.entry(district(req), queryNumber(req.params.index, 'index'))));
  router.get('/:district/proof/inclusion', handle(async (req) =>
    ledger.inclusion(district(req), queryNumber(req.query.index, 'index'), req.query.treeSize ? queryNumber(req.query.treeSize, 'treeSize') : null)));
  router.get('/:district/proof/consistency', handle(async (req) =>
    ledger.consistency(district(req), queryNumber(req.query.first, 'first'), req.query.second ? queryNumber(req.query.second, 'second') : null)));
  return router;
}

function handle(answer: (req: Request) => Promise<unknown>) {
  return async (req: Request, res: Response) => {
    try {
      const body = await answer(req);
      if (body === null) return void notFound(res, 'Not found.');
      res.set('Cache-Control', 'no-cache').json(body);
    } catch (error) {
      fail(res, error);
    }
  };
}

function notFound(res: Response, message: string): void {
  res.status(404).json({ error: { code: 'NOT_FOUND', message } });
}

function fail(res: Response, error: unknown): void {
  if (isAppError(error) && error.safe) {
    res.status(error.code === 'NOT_FOUND' ? 404 : 400).json({ error: { code: error.code, message: error.message, path: error.path } });
    return;
  }
  console.error('[ledger] HTTP route failed:', error);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something unexpected failed.' } });
}
