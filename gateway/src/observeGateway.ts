import { withObservability, type Observability } from '@zsgk/observability';
import type { Express } from 'express';

/** The gateway's routes, as `route` labels of its request metrics. */
export const GATEWAY_ROUTES = ['/graphql/import', '/auth', '/upload', '/templates', '/audit', '/ledger'];

/**
 * The gateway app as it listens: every request gets a new id here at the edge (an `x-request-id`
 * from the client is ignored), sent on to every subgraph and side call; one JSON log line and the
 * request metrics per request; GET /metrics (loopback or METRICS_TOKEN only, never proxied).
 */
export function observeGateway(app: Express, observability: Observability): Express {
  return withObservability(app, observability, { trustIncomingId: false, routes: GATEWAY_ROUTES });
}
