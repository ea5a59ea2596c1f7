// Bench only: the gateway as createGateway assembles it for production (limits, CORS, rate limit,
// audit, cache policy), with every caller PUBLIC, so that variants differ in one setting each:
// BENCH_FAST_PATH (on|off), BENCH_WORKERS (node:cluster processes, as src/clusterMain.ts runs them),
// BENCH_REPLICA (on: the catchments read replica of src/replica, on CATCHMENTS_DB) and BENCH_OBSERVE
// (on: wrapped in request logs, metrics and request ids exactly as main.ts wraps it).
import cluster from 'node:cluster';
import { connectMongo } from '@zsgk/db';
import { PUBLIC } from '@zsgk/identity';
import { forwardRequestIdTo, monitorDatabase, Observability, routeConsoleToLogger, withCommandMonitoring } from '@zsgk/observability';
import { runClusterWorkers } from '../src/clusterWorkers';
import { createGateway } from '../src/createGateway';
import { observeGateway } from '../src/observeGateway';

const env = process.env as Record<string, string>;
const workers = Number(env.BENCH_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) runClusterWorkers({ workers, log: () => undefined });
else void start();

async function start(): Promise<void> {
  const observe = env.BENCH_OBSERVE === 'on';
  const observability = observe ? new Observability({ service: 'gateway', level: (env.LOG_LEVEL ?? 'info') as 'info' }) : undefined;
  if (observability) {
    routeConsoleToLogger(observability.logger);
    forwardRequestIdTo([env.SCHOOLS_URL!, env.CATCHMENTS_URL!, env.ADMISSIONS_URL!, env.LEDGER_URL!]);
  }
  const connection = await connectMongo(observe ? withCommandMonitoring(env.MONGODB_URI!) : env.MONGODB_URI!, 'bench_gateway');
  if (observability) monitorDatabase(connection.getClient(), observability.metrics);
  const { app, stop } = await createGateway({
    subgraphUrls: { schools: env.SCHOOLS_URL!, catchments: env.CATCHMENTS_URL!, admissions: env.ADMISSIONS_URL!, ledger: env.LEDGER_URL },
    identitySecret: env.IDENTITY_SECRET!,
    connection,
    verifyToken: async () => PUBLIC,
    production: true,
    rate: { perSecond: 1_000_000, burst: 1_000_000 },
    fastPath: env.BENCH_FAST_PATH !== 'off',
    catchmentsReplica:
      env.BENCH_REPLICA === 'on'
        ? { connection, dbName: env.CATCHMENTS_DB ?? 'zsgk_catchments', pollMs: Number(env.CATCHMENTS_INDEX_POLL_MS ?? 2000), nearBoundaryMeters: 30, fields: ['locate'] }
        : undefined,
  });
  const server = (observability ? observeGateway(app, observability) : app).listen(Number(env.GATEWAY_PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void stop()
      .then(() => connection.close())
      .finally(() => process.exit(0));
  });
}
