// Bench only: the gateway as createGateway assembles it for production (limits, CORS, rate limit,
// audit, cache policy), with every caller PUBLIC, so that variants differ in one setting each:
// BENCH_FAST_PATH (on|off) and BENCH_WORKERS (node:cluster processes, as src/clusterMain.ts runs them).
import cluster from 'node:cluster';
import { connectMongo } from '@zsgk/db';
import { PUBLIC } from '@zsgk/identity';
import { runClusterWorkers } from '../src/clusterWorkers';
import { createGateway } from '../src/createGateway';

const env = process.env as Record<string, string>;
const workers = Number(env.BENCH_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) runClusterWorkers({ workers, log: () => undefined });
else void start();

async function start(): Promise<void> {
  const connection = await connectMongo(env.MONGODB_URI!, 'bench_gateway');
  const { app, stop } = await createGateway({
    subgraphUrls: { schools: env.SCHOOLS_URL!, catchments: env.CATCHMENTS_URL!, admissions: env.ADMISSIONS_URL!, ledger: env.LEDGER_URL },
    identitySecret: env.IDENTITY_SECRET!,
    connection,
    verifyToken: async () => PUBLIC,
    production: true,
    rate: { perSecond: 1_000_000, burst: 1_000_000 },
    fastPath: env.BENCH_FAST_PATH !== 'off',
  });
  const server = app.listen(Number(env.GATEWAY_PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void stop()
      .then(() => connection.close())
      .finally(() => process.exit(0));
  });
}
