import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { createWebMapServer } from './createWebMapServer';

const GRACE_MS = 10_000;

const config = loadConfig();
if (!existsSync(path.join(config.WEB_MAP_DIST, 'index.html'))) {
  console.warn(`[web-map] no build in ${config.WEB_MAP_DIST}; the page answers 503 until \`npm run build -w web-map\` runs`);
}

const server = createWebMapServer(config).listen(config.WEB_MAP_PORT, config.HOST, (error?: Error) => {
  if (error) {
    console.error('[web-map] failed to start:', error);
    process.exit(1);
  }
  console.log(`[web-map] listening on http://${config.HOST}:${config.WEB_MAP_PORT}/ (gateway ${config.GATEWAY_PUBLIC_URL})`);
});

// Stop accepting connections, let requests in flight finish, and exit; force after GRACE_MS.
function shutDown(signal: string): void {
  console.log(`[web-map] ${signal}: shutting down`);
  setTimeout(() => {
    console.error(`[web-map] requests still open after ${GRACE_MS} ms; exiting`);
    process.exit(1);
  }, GRACE_MS).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
