import { existsSync } from 'node:fs';
import path from 'node:path';
import { Observability, routeConsoleToLogger, withObservability } from '@zsgk/observability';
import { loadConfig } from './config';
import { createWebMapServer } from './createWebMapServer';

const GRACE_MS = 10_000;

const config = loadConfig();
const observability = new Observability({ service: 'web-map', level: config.LOG_LEVEL, metricsToken: config.METRICS_TOKEN });
const { logger } = observability;
routeConsoleToLogger(logger);
if (!existsSync(path.join(config.WEB_MAP_DIST, 'index.html'))) {
  logger.warn({ dist: config.WEB_MAP_DIST }, 'no build; the page answers 503 until `npm run build -w web-map` runs');
}

// Access log, request ids and GET /metrics in front of the pages (other paths count as route "other").
const app = withObservability(createWebMapServer(config), observability, { trustIncomingId: false, routes: ['/assets', '/config.json', '/open-data', '/'] });
const server = app.listen(config.WEB_MAP_PORT, config.HOST, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
  logger.info({ url: `http://${config.HOST}:${config.WEB_MAP_PORT}/`, gateway: config.GATEWAY_PUBLIC_URL }, 'listening');
});

// Stop accepting connections, let requests in flight finish, and exit; force after GRACE_MS.
function shutDown(signal: string): void {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error({ graceMs: GRACE_MS }, 'requests still open after the grace period; exiting');
    process.exit(1);
  }, GRACE_MS).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
