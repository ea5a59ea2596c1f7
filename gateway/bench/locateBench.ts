// `npm run bench -w gateway`: `locate` on the demo district at fixed concurrency and duration on
// loopback, straight to the catchments subgraph and through the gateway; prints requests/s, p50/p99
// and the ratio. Starts its own embedded database and processes, and stops them. Never a test.
import os from 'node:os';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { runLoad, type LoadResult } from './runLoad';
import { BENCH_SECRET, startBenchSystem } from './startBenchSystem';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const QUERY = `query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) {
  nearBoundary nearestEdgeMeters matches { edgeDistanceMeters catchment { id name boundaryText allocationMethod } } } }`;

async function main(): Promise<void> {
  const boundary = readDemoBoundary('370812');
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
  const system = await startBenchSystem(async (urls) => {
    await loadDemoDistrict(
      { schoolsUrl: urls.schools, catchmentsUrl: urls.catchments, admissionsUrl: urls.admissions, identitySecret: BENCH_SECRET },
      demo,
      { feature: boundary.raw, crs: 'GCJ02' },
    );
    await new Promise((r) => setTimeout(r, 500)); // the catalog polls every 200 ms
  });
  try {
    const points = demo.sampleAddresses.map((a) => ({ lng: a.lng, lat: a.lat }));
    const bodies = points.map((variables) => JSON.stringify({ query: QUERY, variables }));
    console.log(`locate, ${bodies.length} demo addresses in rotation, ${CONNECTIONS} connections, ${DURATION_S} s each, loopback`);
    console.log(`load average before: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    await runLoad(system.urls.catchments, bodies, CONNECTIONS, 2); // warm-up
    await runLoad(system.urls.gateway, bodies, CONNECTIONS, 2);
    const direct = await runLoad(system.urls.catchments, bodies, CONNECTIONS, DURATION_S);
    const gateway = await runLoad(system.urls.gateway, bodies, CONNECTIONS, DURATION_S);
    report('catchments subgraph (direct)', direct);
    report('through the gateway', gateway);
    console.log(`gateway keeps ${((gateway.rps / direct.rps) * 100).toFixed(0)} % of direct throughput (target ≥ 60 %)`);
    console.log(`gateway adds ${(gateway.p50 - direct.p50).toFixed(1)} ms at p50, ${(gateway.p99 - direct.p99).toFixed(1)} ms at p99 (target < 5 ms at p99)`);
    console.log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await system.stop();
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
