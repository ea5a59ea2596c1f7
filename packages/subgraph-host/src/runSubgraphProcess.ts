import { connectMongo } from '@zsgk/db';
import {
  forwardRequestIdTo,
  monitorDatabase,
  Observability,
  routeConsoleToLogger,
  withCommandMonitoring,
  withObservability,
  type LogLevel,
} from '@zsgk/observability';
import type { Connection } from 'mongoose';
import type { SubgraphApp } from './createSubgraphApp';
import { listen, stopOnSignal } from './serveUntilSignal';

export interface ProcessSettings {
  name: string;
  mongodbUri: string;
  dbName: string;
  host: string;
  port: number;
  /** LOG_LEVEL (default info). */
  logLevel?: LogLevel;
  /** METRICS_TOKEN: see @zsgk/observability's metricsRoute. */
  metricsToken?: string;
  /** Other services this one calls (e.g. SCHOOLS_URL): those calls carry the request's id. */
  peerUrls?: ReadonlyArray<string | undefined>;
}

/**
 * The body of every subgraph's `main.ts`: JSON logs on stdout (console lines included), database
 * command timings, connect to the service's own database, build the app, serve it behind request
 * ids, access log and GET /metrics, and shut down cleanly on SIGTERM. A start-up failure exits 1
 * with the reason. `create` may register the service's own gauges on `observability.metrics`.
 */
export function runSubgraphProcess(
  settings: ProcessSettings,
  create: (connection: Connection, observability: Observability) => Promise<SubgraphApp>,
): void {
  const observability = new Observability({ service: settings.name, level: settings.logLevel, metricsToken: settings.metricsToken });
  const { logger } = observability;
  routeConsoleToLogger(logger);
  forwardRequestIdTo(settings.peerUrls ?? []);
  const start = async () => {
    const connection = await connectMongo(withCommandMonitoring(settings.mongodbUri), settings.dbName);
    monitorDatabase(connection.getClient(), observability.metrics);
    const { app, stop } = await create(connection, observability);
    // The gateway sends its request id: keep it, so one id finds a request's lines in every process.
    const server = await listen(withObservability(app, observability, { trustIncomingId: true }), settings.port, settings.host);
    logger.info({ url: `http://${settings.host}:${settings.port}/graphql` }, 'listening');
    stopOnSignal(server, async () => {
      await stop();
      await connection.close();
    }, logger);
  };
  start().catch((error) => {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  });
}
