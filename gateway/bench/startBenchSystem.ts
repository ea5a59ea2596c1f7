import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startEmbeddedDatabase } from '@zsgk/db';
import { startProcess, type Running } from './startProcess';

export const BENCH_SECRET = 'bench-secret-bench-secret-bench-secret-0';

export interface BenchSystem {
  urls: { schools: string; catchments: string; admissions: string; ledger: string; gateway: string };
  stop(): Promise<void>;
}

/**
 * An embedded database, the four subgraphs and the gateway as separate processes, as `npm start`
 * runs them (production mode), on free loopback ports. `beforeGateway` runs once the subgraphs are
 * up (e.g. to load the demo district). The rate limit is lifted: a bench is one client address.
 */
export async function startBenchSystem(beforeGateway?: (urls: Omit<BenchSystem['urls'], 'gateway'>) => Promise<void>): Promise<BenchSystem> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-'));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'db') });
  const running: Running[] = [];
  const stop = async () => {
    for (const process of running.reverse()) await process.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const ports = { schools: await findFreePort(), catchments: await findFreePort(), admissions: await findFreePort(), ledger: await findFreePort(), gateway: await findFreePort() };
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const urls = { schools: url(ports.schools), catchments: url(ports.catchments), admissions: url(ports.admissions), ledger: url(ports.ledger), gateway: url(ports.gateway) };
    const common = { MONGODB_URI: database.uri, IDENTITY_SECRET: BENCH_SECRET, HOST: '127.0.0.1', NODE_ENV: 'production' };
    // Each subgraph's public reads of another go to this bench's ports, never to the defaults (another run's).
    const peers = { SCHOOLS_URL: urls.schools, CATCHMENTS_URL: urls.catchments };
    running.push(await startProcess('schools', 'services/schools/src/main.ts', { ...common, ...peers, SCHOOLS_PORT: String(ports.schools) }, ports.schools));
    running.push(
      await startProcess(
        'catchments',
        'services/catchments/src/main.ts',
        { ...common, ...peers, CATCHMENTS_PORT: String(ports.catchments), CATCHMENTS_INDEX_POLL_MS: '200' },
        ports.catchments,
      ),
    );
    running.push(await startProcess('admissions', 'services/admissions/src/main.ts', { ...common, ...peers, ADMISSIONS_PORT: String(ports.admissions) }, ports.admissions));
    running.push(
      await startProcess('ledger', 'services/ledger/src/main.ts', { ...common, LEDGER_PORT: String(ports.ledger), LEDGER_KEY_DIR: path.join(dataDir, 'ledger-keys') }, ports.ledger),
    );
    await beforeGateway?.(urls);
    running.push(
      await startProcess(
        'gateway',
        'gateway/src/main.ts',
        {
          ...common,
          GATEWAY_PORT: String(ports.gateway),
          GATEWAY_DB: 'bench_gateway',
          GATEWAY_KEY_DIR: path.join(dataDir, 'keys'),
          SCHOOLS_URL: urls.schools,
          CATCHMENTS_URL: urls.catchments,
          ADMISSIONS_URL: urls.admissions,
          LEDGER_URL: urls.ledger,
          GATEWAY_RATE_PER_SECOND: '1000000',
          GATEWAY_RATE_BURST: '1000000',
        },
        ports.gateway,
      ),
    );
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
