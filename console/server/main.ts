import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { createConsoleServer } from './createConsoleServer';

const GRACE_MS = 10_000;

const config = loadConfig();
if (!existsSync(path.join(config.CONSOLE_DIST, 'index.html'))) {
  console.warn(`[console] no build in ${config.CONSOLE_DIST}; pages answer 503 until \`npm run build -w console\` runs`);
}

const server = createConsoleServer(config).listen(config.CONSOLE_PORT, config.HOST, (error?: Error) => {
  if (error) {
    console.error('[console] failed to start:', error);
    process.exit(1);
  }
  console.log(`[console] listening on http://${config.HOST}:${config.CONSOLE_PORT}/ (gateway ${config.GATEWAY_PUBLIC_URL})`);
});

// Stop accepting connections, let requests in flight finish, and exit; force after GRACE_MS.
function shutDown(signal: string): void {
  console.log(`[console] ${signal}: shutting down`);
  setTimeout(() => {
    console.error(`[console] requests still open after ${GRACE_MS} ms; exiting`);
    process.exit(1);
  }, GRACE_MS).unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
