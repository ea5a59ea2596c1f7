import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Observability } from './Observability';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * GET /metrics in the Prometheus text format. With a METRICS_TOKEN: only for `Authorization: Bearer
 * <token>`. Without: only for a direct loopback connection — a request through a reverse proxy
 * (which adds X-Forwarded-For, Forwarded or X-Real-IP) or from another machine gets 403, so a public
 * gateway does not publish its internals. The gateway never forwards /metrics to a subgraph.
 */
export function metricsRoute(observability: Observability): RequestHandler {
  return async (req, res) => {
    if (!mayScrape(req, observability.metricsToken)) {
      res.status(403).json({
        error: {
          code: 'FORBIDDEN',
          message: observability.metricsToken
            ? `/metrics of ${observability.service} needs the scrape token (Authorization: Bearer <METRICS_TOKEN>).`
            : `/metrics of ${observability.service} answers only direct loopback connections; set METRICS_TOKEN to scrape it from elsewhere.`,
        },
      });
      return;
    }
    res.set('Content-Type', observability.metrics.registry.contentType).set('Cache-Control', 'no-store');
    res.send(await observability.metrics.exposition());
  };
}

function mayScrape(req: Request, token: string | undefined): boolean {
  if (token) return sameText(req.headers.authorization ?? '', `Bearer ${token}`);
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && PROXY_HEADERS.every((name) => req.headers[name] === undefined);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
