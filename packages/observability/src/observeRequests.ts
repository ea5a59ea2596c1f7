import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Observability } from './Observability';
import { acceptableRequestId, REQUEST_ID_HEADER, runInRequest, type RequestState } from './requestContext';

export interface ObserveOptions {
  /**
   * Keep an incoming `x-request-id` (a subgraph: the gateway sent it). False at the edge (gateway,
   * web map, console): every request gets a new id, whatever the client sent.
   */
  trustIncomingId: boolean;
  /** Path prefixes used as the `route` label besides /graphql, /healthz, /readyz, /metrics; other paths count as "other". */
  routes?: readonly string[];
}

const DEFAULT_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics'];
/** Probes and scrapes: counted, but logged only at debug. */
const QUIET_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Express middleware, mounted first: gives the request its id (answered in `X-Request-Id`), runs the
 * rest of the request with it as the current request (log lines and outgoing calls pick it up), and
 * when the response is done writes one log line (method, path without the query string, status,
 * duration, operation) and counts it in http_requests_total / http_request_duration_seconds.
 * A request the client abandoned before the answer is recorded with status 499.
 */
export function observeRequests(observability: Observability, options: ObserveOptions): RequestHandler {
  const routes = [...DEFAULT_ROUTES, ...(options.routes ?? [])].sort((a, b) => b.length - a.length);
  const { accessLogger: logger, metrics } = observability;
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = options.trustIncomingId ? acceptableRequestId(req.headers[REQUEST_ID_HEADER]) : undefined;
    const state: RequestState = { requestId: incoming ?? randomUUID(), observability };
    res.setHeader('X-Request-Id', state.requestId);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = req.originalUrl.split('?', 1)[0]!;
      const route = routeOf(path, routes);
      const status = res.writableFinished ? res.statusCode : 499;
      const operation = state.operation ?? operationInBody(req);
      const labels = { route, operation: metrics.operationLabel(operation), status: String(status) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, seconds);
      const line = { reqId: state.requestId, method: req.method, path, status, ms: Math.round(seconds * 1e4) / 10, ...(operation ? { operation } : {}) };
      if (QUIET_ROUTES.has(route)) logger.debug(line, 'request');
      else if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    runInRequest(state, next);
  };
}

/** The longest known prefix of `path`; "/" only for the root itself. */
function routeOf(path: string, routes: readonly string[]): string {
  for (const route of routes) {
    if (path === route || (route !== '/' && path.startsWith(`${route}/`))) return route;
  }
  return 'other';
}

/** The operation name the client sent, when no GraphQL plugin has told us the resolved one. */
function operationInBody(req: Request): string | undefined {
  const name = (req.body as { operationName?: unknown } | undefined)?.operationName ?? (req.query as Record<string, unknown> | undefined)?.operationName;
  return typeof name === 'string' ? name : undefined;
}
