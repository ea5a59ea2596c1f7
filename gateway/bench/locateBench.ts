// `npm run bench -w gateway`: `locate` on the demo district at fixed concurrency and duration on
// loopback, straight to the catchments subgraph and through the gateway; prints requests/s, p50/p99
// and the ratio. Starts its own embedded database and processes, and stops them. Never a test.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startEmbeddedDatabase } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { runLoad, type LoadResult } from './runLoad';
import { startProcess, type Running } from './startProcess';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECRET = 'bench-secret-bench-secret-bench-secret-0';
const QUERY = `query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) {
  nearBoundary nearestEdgeMeters matches { edgeDistanceMeters catchment { id name boundaryText allocationMethod } } } }`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-'));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'db') });
  const running: Running[] = [];
  try {
    const ports = { schools: await findFreePort(), catchments: await findFreePort(), admissions: await findFreePort(), gateway: await findFreePort() };
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const common = { MONGODB_URI: database.uri, IDENTITY_SECRET: SECRET, HOST: '127.0.0.1', NODE_ENV: 'production' };
    running.push(await startProcess('schools', 'services/schools/src/main.ts', { ...common, SCHOOLS_PORT: String(ports.schools) }, ports.schools));
    running.push(
      await startProcess('catchments', 'services/catchments/src/main.ts', { ...common, CATCHMENTS_PORT: String(ports.catchments), CATCHMENTS_INDEX_POLL_MS: '200' }, ports.catchments),
    );
    running.push(await startProcess('admissions', 'services/admissions/src/main.ts', { ...common, ADMISSIONS_PORT: String(ports.admissions) }, ports.admissions));

    const boundary = readDemoBoundary('370812');
    const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
    await loadDemoDistrict(
      { schoolsUrl: url(ports.schools), catchmentsUrl: url(ports.catchments), admissionsUrl: url(ports.admissions), identitySecret: SECRET },
      demo,
      { feature: boundary.raw, crs: 'GCJ02' },
    );
    await new Promise((r) => setTimeout(r, 500)); // the catalog polls every 200 ms

    running.push(
      await startProcess(
        'gateway',
        'gateway/src/main.ts',
        {
          ...common,
          GATEWAY_PORT: String(ports.gateway),
          GATEWAY_DB: 'bench_gateway',
          GATEWAY_KEY_DIR: path.join(dataDir, 'keys'),
          SCHOOLS_URL: url(ports.schools),
          CATCHMENTS_URL: url(ports.catchments),
          ADMISSIONS_URL: url(ports.admissions),
          // The bench is one client address; the per-address limit would measure the limiter.
          GATEWAY_RATE_PER_SECOND: '1000000',
          GATEWAY_RATE_BURST: '1000000',
        },
        ports.gateway,
      ),
    );

    const points = demo.sampleAddresses.map((a) => ({ lng: a.lng, lat: a.lat }));
    const bodies = points.map((variables) => JSON.stringify({ query: QUERY, variables }));
    console.log(`locate, ${bodies.length} demo addresses in rotation, ${CONNECTIONS} connections, ${DURATION_S} s each, loopback`);
    console.log(`load average before: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    await runLoad(url(ports.catchments), bodies, CONNECTIONS, 2); // warm-up
    await runLoad(url(ports.gateway), bodies, CONNECTIONS, 2);
    const direct = await runLoad(url(ports.catchments), bodies, CONNECTIONS, DURATION_S);
    const gateway = await runLoad(url(ports.gateway), bodies, CONNECTIONS, DURATION_S);
    report('catchments subgraph (direct)', direct);
    report('through the gateway', gateway);
    console.log(`gateway keeps ${((gateway.rps / direct.rps) * 100).toFixed(0)} % of direct throughput (target ≥ 60 %)`);
    console.log(`gateway adds ${(gateway.p50 - direct.p50).toFixed(1)} ms at p50, ${(gateway.p99 - direct.p99).toFixed(1)} ms at p99 (target < 5 ms at p99)`);
    console.log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    for (const process of running.reverse()) await process.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(label: string, result: LoadResult): void {
  console.log(
    `${label.padEnd(30)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${result.p50.toFixed(1)} ms   p99 ${result.p99.toFixed(1)} ms   errors ${result.errors}   non-2xx ${result.non2xx}`,
  );
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
