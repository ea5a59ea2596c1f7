/**
 * Measures the school register on its own embedded FerretDB (a temporary directory, removed after):
 * CSV imports of 10,000 and 100,000 schools in one call each (rows/s), the no-op re-import, and
 * `schools` search latency (p50/p99) over 100,000 schools. Prints; asserts nothing.
 * Run: `npm run bench -w services/schools`. Record the output and `cat /proc/loadavg` in the README.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectMongo, startEmbeddedDatabase } from '@zsgk/db';
import { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';
import { syntheticSchoolSheet } from '../test/syntheticSchools';

const BUREAU = { role: 'BUREAU', subject: 'bench', districtCode: '370812' } as const;
const IMPORT = 'mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted created updated unchanged problems { row field reason } } }';
const SEARCH = 'query($f: SchoolFilter, $after: String) { schools(filter: $f, first: 50, after: $after) { totalCount endCursor nodes { id name } } }';
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 10);

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();

async function withServer<T>(uri: string, dbName: string, run: (client: GraphqlClient) => Promise<T>): Promise<T> {
  const connection = await connectMongo(uri, dbName);
  // 100,000 rows are ~24 MB of base64 CSV: above the default 20mb limit, as a deployment would raise SCHOOLS_BODY_LIMIT.
  const server = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, bodyLimit: '64mb' });
  const listening = await listenOnFreePort(server.app);
  try {
    return await run(new GraphqlClient(`${listening.baseUrl}/graphql`));
  } finally {
    await listening.close();
    await server.stop();
    await connection.dropDatabase();
    await connection.close();
  }
}

async function timeImport(client: GraphqlClient, rows: number, label: string): Promise<void> {
  const contentBase64 = Buffer.from(syntheticSchoolSheet(rows), 'utf8').toString('base64');
  for (const pass of ['first', 'again (no-op)']) {
    const started = performance.now();
    const res = await client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64 } }, BUREAU);
    const seconds = (performance.now() - started) / 1000;
    const report = res.data?.importSchools;
    if (!report?.accepted) throw new Error(`import refused: ${JSON.stringify(res.errors ?? report?.problems.slice(0, 3))}`);
    console.log(
      `import ${label} ${pass}: ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s ` +
        `(created ${report.created}, unchanged ${report.unchanged}; file ${(contentBase64.length / 1e6).toFixed(1)} MB base64) | loadavg ${loadavg()}`,
    );
  }
}

async function timeSearches(client: GraphqlClient): Promise<void> {
  const cases: [string, Record<string, unknown>][] = [
    ['text 实验 (name/address substring)', { text: '实验' }],
    ['text 鼓楼街12 (rare)', { text: '鼓楼街12' }],
    ['district + stage + ownership', { districtCode: '370812', stage: 'JUNIOR', ownership: 'PRIVATE' }],
    ['bbox (about 1/100 of the area)', { bbox: { minLng: 116.79, minLat: 35.54, maxLng: 116.8, maxLat: 35.55 } }],
    ['no filter, first page', {}],
  ];
  for (const [label, filter] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < SEARCH_RUNS; i++) {
      const started = performance.now();
      const res = await client.request(SEARCH, { f: filter });
      times.push(performance.now() - started);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      total = res.data!.schools.totalCount;
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(0);
    console.log(`search ${label}: p50 ${pct(50)} ms, p99 ${pct(99)} ms (${SEARCH_RUNS} runs, ${total} matches) | loadavg ${loadavg()}`);
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-schools-bench-'));
  const database = await startEmbeddedDatabase({ dataDir, log: () => undefined });
  const cleanUp = () => database.stop().finally(() => rmSync(dataDir, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  console.log(`embedded FerretDB on ${database.uri}; ${os.cpus().length} cores; loadavg ${loadavg()}`);
  try {
    await withServer(database.uri, 'bench_schools_10k', (client) => timeImport(client, 10_000, '10,000'));
    await withServer(database.uri, 'bench_schools_100k', async (client) => {
      await timeImport(client, 100_000, '100,000');
      await timeSearches(client);
    });
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
