import { existsSync } from 'node:fs';
import path from 'node:path';
import { Observability, routeConsoleToLogger, withObservability } from '@zsgk/observability';
import { loadConfig } from './config';
import { createConsoleServer } from './createConsoleServer';

const GRACE_MS = 10_000;

const config = loadConfig();
const observability = new Observability({ service: 'console', level: config.LOG_LEVEL, metricsToken: config.METRICS_TOKEN });
const { logger } = observability;
routeConsoleToLogger(logger);
if (!existsSync(path.join(config.CONSOLE_DIST, 'index.html'))) {
  logger.warn({ dist: config.CONSOLE_DIST }, 'no build; pages answer 503 until `npm run build -w console` runs');
}

// Access log, request ids and GET /metrics in front of the pages (every page path counts as route "other").
const app = withObservability(createConsoleServer(config), observability, { trustIncomingId: false, routes: ['/assets', '/config.json', '/'] });
const server = app.listen(config.CONSOLE_PORT, config.HOST, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
  logger.info({ url: `http://${config.HOST}:${config.CONSOLE_PORT}/`, gateway: config.GATEWAY_PUBLIC_URL }, 'listening');
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
