import express, { type Express } from 'express';
import { metricsRoute } from './metricsRoute';
import type { Observability } from './Observability';
import { observeRequests, type ObserveOptions } from './observeRequests';

/**
 * The app a process listens with: request ids, access log and metrics in front of `app`, and
 * GET /metrics. `app` is mounted unchanged (its own settings, e.g. `trust proxy`, still apply to it).
 */
export function withObservability(app: Express, observability: Observability, options: ObserveOptions): Express {
  const outer = express();
  outer.disable('x-powered-by');
  outer.use(observeRequests(observability, options));
  outer.get('/metrics', metricsRoute(observability));
  outer.use(app);
  return outer;
}
