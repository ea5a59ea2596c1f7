import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { connectMongo, startEmbeddedDatabase } from '@zsgk/db';
import { PUBLIC } from '@zsgk/identity';
import { GraphqlClient, listenOnFreePort } from '@zsgk/testkit';
import { createServer as createCatchments } from '../src/server';

type Listening = Awaited<ReturnType<typeof listenOnFreePort>>;

/**
 * The system the bench loads, in this process (as test/support/startSystem.ts builds it): its own
 * embedded FerretDB in a temp dir, the three subgraphs on free loopback ports, and the gateway in
 * front. The gateway's per-client rate limit is lifted: one load tool is every client here.
 * Schools and admissions are started too but only catchments answers `locate`; if either fails to
 * start (their code is being changed in parallel), its URL points at a closed port and the bench goes on.
 */
export async function startBenchSystem(log: (line: string) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-db-'));
  const database = await startEmbeddedDatabase({ dataDir, log });
  const identitySecret = randomBytes(24).toString('hex');
  const connections = await Promise.all(['catchments', 'schools', 'admissions', 'gateway'].map((name) => connectMongo(database.uri, `bench_${name}`)));
  const [catchmentsDb, schoolsDb, admissionsDb, gatewayDb] = connections as [typeof connections[0], typeof connections[0], typeof connections[0], typeof connections[0]];
  const stoppers: (() => Promise<void>)[] = [];
  const listen = async (server: { app: Parameters<typeof listenOnFreePort>[0]; stop(): Promise<void> }): Promise<Listening> => {
    const listening = await listenOnFreePort(server.app);
    stoppers.push(async () => {
      await listening.close();
      await server.stop();
    });
    return listening;
  };

  // 500 MB: the 20,000-zone upload is ~60 MB of GeoJSON.
  const catchments = await createCatchments({ connection: catchmentsDb, identitySecret, indexPollMs: 2000, bodyLimit: '500mb' } as never);
  const catchmentsUrl = `${(await listen(catchments)).baseUrl}/graphql`;
  const optional = async (name: string, start: () => Promise<{ app: any; stop(): Promise<void> }>) => {
    try {
      return `${(await listen(await start())).baseUrl}/graphql`;
    } catch (error) {
      log(`[bench] ${name} subgraph did not start (${(error as Error).message.split('\n')[0]}); locate does not need it`);
      return 'http://127.0.0.1:9/graphql';
    }
  };
  const schoolsUrl = await optional('schools', async () => (await import('@zsgk/schools/src/server')).createServer({ connection: schoolsDb, identitySecret } as never));
  const admissionsUrl = await optional('admissions', async () => (await import('@zsgk/admissions/src/server')).createServer({ connection: admissionsDb, identitySecret } as never));

  const { createGateway } = await import('@zsgk/gateway/src/createGateway');
  const gateway = await createGateway({
    subgraphUrls: { schools: schoolsUrl, catchments: catchmentsUrl, admissions: admissionsUrl },
    identitySecret,
    connection: gatewayDb,
    verifyToken: async () => PUBLIC,
    rate: { perSecond: 1_000_000, burst: 1_000_000 },
  } as never);
  const gatewayUrl = `${(await listen(gateway)).baseUrl}/graphql`;

  return {
    catchments,
    catchmentsUrl,
    gatewayUrl,
    /** Talks to the catchments subgraph directly, signing identities with this system's secret. */
    catchmentsClient: new GraphqlClient(catchmentsUrl, identitySecret),
    async stop() {
      for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
      await Promise.all(connections.map((c) => c.close().catch(() => undefined)));
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
