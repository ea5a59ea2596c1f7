import type { Logger } from '@zsgk/observability';
import type { Express } from 'express';
import type { Server } from 'node:http';

/** Listens on host:port and resolves with the server once it is accepting connections. */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

/**
 * Process entry helper: on SIGTERM or SIGINT, stop accepting connections, let requests in flight
 * finish (at most `graceMs`), run `cleanup` (close the database) and exit 0.
 */
export function stopOnSignal(server: Server, cleanup: () => Promise<void>, logger: Logger, graceMs = 10_000): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error({ graceMs }, 'requests still open after the grace period; exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    server.close();
    server.closeIdleConnections();
    await cleanup().catch((error) => logger.error({ err: error }, 'cleanup failed'));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
