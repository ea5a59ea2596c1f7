/**
 * `npm run bench -w services/catchments`: lookups per second for 200, 2,000 and 20,000 zones
 * (60–200 vertices, seed 1) in process, against PostGIS, and over HTTP through the gateway, with
 * answers checked against PostGIS. Measures and prints; never fails on timing.
 *
 * Env: BENCH_SIZES (default 200,2000,20000), BENCH_POINTS (20000), BENCH_SECONDS (10, per HTTP run),
 * BENCH_CONNECTIONS (32), BENCH_INPROCESS_MS (3000), BENCH_PG_MS (5000).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@zsgk/db';
import { makeBenchPoints } from './benchPoints';
import { makeBenchZones, vertexCount, type BenchZone } from './makeBenchZones';
import { measureInProcess } from './measureInProcess';
import { compareAnswers, loadZones, measurePostgisRate, postgisAnswers } from './measurePostgis';
import { startPgEndpoint } from './pgEndpoint';
import { profileCpu } from './profileCpu';
import { runLoad, type LoadResult } from './runLoad';
import { startBenchSystem } from './startBenchSystem';
import { startPostgis } from './startPostgis';

const env = (name: string, fallback: string) => process.env[name] || fallback;
const SIZES = env('BENCH_SIZES', '200,2000,20000').split(',').map(Number);
const POINTS = Number(env('BENCH_POINTS', '20000'));
const SECONDS = Number(env('BENCH_SECONDS', '10'));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', '32'));
const IN_PROCESS_MS = Number(env('BENCH_INPROCESS_MS', '3000'));
const PG_MS = Number(env('BENCH_PG_MS', '5000'));
const SEED = 1;
const PG_POOL = 8;
const BUREAU = { role: 'BUREAU', subject: 'bench', districtCode: '370812' } as const;
const LOCATE = 'query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { nearBoundary matches { catchment { name } } } }';

const log = (line: string) => console.log(line);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main() {
  log(`[bench] ${new Date().toISOString()} node ${process.version}, ${os.cpus().length} CPUs, loadavg ${loadavg()}`);
  const postgis = await startPostgis(log);
  const system = await startBenchSystem(log).catch((error) => {
    postgis.stop();
    throw error;
  });
  const results: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) results.push(await benchSize(size, postgis.url, system));
  } finally {
    await system.stop();
    postgis.stop();
  }
  const memory = measureMemory(Math.max(...SIZES));
  log(`\n[memory] ${memory.zones} zones loaded (PublishedCatalog + ZoneIndex): RSS ${memory.rssAfterMb} MB (process before loading: ${memory.rssBeforeMb} MB), heap used ${memory.heapUsedAfterMb} MB`);
  const file = path.join(findRepoRoot(), '.cache', 'bench', `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ results, memory, loadavgAtEnd: loadavg() }, null, 2));
  log(`[bench] loadavg at end ${loadavg()}; results in ${file}`);
}

async function benchSize(size: number, pgUrl: string, system: Awaited<ReturnType<typeof startBenchSystem>>) {
  log(`\n=== ${size} zones ===  loadavg ${loadavg()}`);
  const zones = makeBenchZones(size, SEED, log);
  const vertices = zones.map((z) => vertexCount(z.geometry)).sort((a, b) => a - b);
  const { points, sharedVertices } = makeBenchPoints(zones, POINTS, SEED);
  log(`zones ${zones.length}, vertices min ${vertices[0]} median ${vertices[vertices.length >> 1]} max ${vertices[vertices.length - 1]}; ${points.length} points (${sharedVertices} on shared vertices)`);

  const inProcess = await measureInProcess(zones, points, IN_PROCESS_MS);
  log(`in process: ZoneIndex.locate ${fmt(inProcess.zoneIndex.perSecond)}/s | bare flatbush+turf ${fmt(inProcess.bare.perSecond)}/s  (index built in ${inProcess.buildMs} ms, ${inProcess.candidatesPerPoint.toFixed(2)} bbox candidates per point)`);
  log(`  agreement with ZoneIndex (zones): the bare loop differs on ${inProcess.bareDisagrees} points`);

  const pgLoadMs = await loadZones(pgUrl, zones);
  const intersects = await postgisAnswers(pgUrl, points, 'ST_Intersects');
  const contains = await postgisAnswers(pgUrl, points, 'ST_Contains');
  const likeForLike = compareAnswers(inProcess.answers, intersects, points);
  const boundary = compareAnswers(contains, intersects, points);
  log(`PostGIS (loaded + GiST in ${pgLoadMs} ms): ZoneIndex vs ST_Intersects differ on ${likeForLike.differing} of ${points.length} points${likeForLike.examples.length ? ` e.g. ${JSON.stringify(likeForLike.examples[0])}` : ''}; ST_Contains vs ST_Intersects differ on ${boundary.differing} (points on edges)`);
  const pg1 = await measurePostgisRate(pgUrl, points, 1, PG_MS);
  const pg8 = await measurePostgisRate(pgUrl, points, PG_POOL, PG_MS);
  log(`PostGIS ST_Contains: ${fmt(pg1.perSecond)}/s on 1 connection, ${fmt(pg8.perSecond)}/s on ${PG_POOL}`);
  log(`ratios: ZoneIndex / PostGIS(1) = ${(inProcess.zoneIndex.perSecond / pg1.perSecond).toFixed(1)}× (target ≥ 30×); ZoneIndex / bare loop = ${pct(inProcess.zoneIndex.perSecond / inProcess.bare.perSecond)} (target ≥ 70 %)`);

  const importMs = await publishThroughService(system.catchmentsClient, zones, size);
  const httpCheck = await checkHttpAnswers(system.gatewayUrl, zones, points, inProcess.answers);
  log(`HTTP: ${size} zones imported + published through the service in ${(importMs / 1000).toFixed(1)} s; gateway answers match in-process on ${httpCheck.same}/${httpCheck.checked} points`);

  const bodies = points.slice(0, 5000).map(([lng, lat]) => JSON.stringify({ query: LOCATE, variables: { lng, lat } }));
  const gateway = await runLoad({ url: system.gatewayUrl, bodies, connections: CONNECTIONS, durationSeconds: SECONDS });
  logLoad('gateway → catchments (GraphQL)', gateway);
  const subgraph = await runLoad({ url: system.catchmentsUrl, bodies, connections: CONNECTIONS, durationSeconds: SECONDS });
  logLoad('catchments subgraph directly', subgraph);
  const endpoint = await startPgEndpoint(pgUrl, PG_POOL);
  let express: LoadResult;
  try {
    const pgBodies = points.slice(0, 5000).map(([lng, lat]) => JSON.stringify({ lng, lat }));
    express = await runLoad({ url: endpoint.url, bodies: pgBodies, connections: CONNECTIONS, durationSeconds: SECONDS });
  } finally {
    await endpoint.stop();
  }
  logLoad(`express + pg pool(${PG_POOL}) + PostGIS`, express);
  log(`ratio: gateway / express+PostGIS = ${(gateway.perSecond / express.perSecond).toFixed(2)}×`);
  const profile = await profileCpu(() => runLoad({ url: system.gatewayUrl, bodies, connections: CONNECTIONS, durationSeconds: Math.min(5, SECONDS) }));
  log(`profile of the bench process (gateway + subgraphs) under gateway load: busy ${pct(profile.busyShare)} of samples; self time: ${profile.top.map((t) => `${t.where} ${pct(t.share)}`).join(', ')}`);
  log(`  top functions: ${profile.functions.slice(0, 10).map((t) => `${t.where} ${pct(t.share)}`).join(', ')}`);
  const direct = await profileCpu(() => runLoad({ url: system.catchmentsUrl, bodies, connections: CONNECTIONS, durationSeconds: Math.min(5, SECONDS) }));
  log(`profile under direct subgraph load: self time: ${direct.top.map((t) => `${t.where} ${pct(t.share)}`).join(', ')}`);
  log(`  top functions: ${direct.functions.slice(0, 10).map((t) => `${t.where} ${pct(t.share)}`).join(', ')}`);

  return {
    size, vertices: { min: vertices[0], median: vertices[vertices.length >> 1], max: vertices[vertices.length - 1] }, points: points.length, sharedVertices,
    inProcess: { zoneIndex: inProcess.zoneIndex, bare: inProcess.bare, buildMs: inProcess.buildMs, bareDisagrees: inProcess.bareDisagrees },
    postgis: { loadMs: pgLoadMs, one: pg1, pooled: pg8, likeForLikeDiffering: likeForLike.differing, containsVsIntersects: boundary.differing },
    http: { importMs, check: httpCheck, gateway, subgraph, express, profile, directProfile: direct },
    loadavg: loadavg(),
  };
}

/** Drafts and publishes the zones through the service's own mutations, as a bureau would. */
async function publishThroughService(client: Awaited<ReturnType<typeof startBenchSystem>>['catchmentsClient'], zones: BenchZone[], size: number): Promise<number> {
  const started = Date.now();
  const features = zones.map((zone) => ({ type: 'Feature', properties: { name: zone.name, schools: zone.schoolIds }, geometry: zone.geometry }));
  const imported = await client.request(
    'mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }',
    { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }), sourceDocument: `bench ${size}` } },
    BUREAU,
  );
  const report = imported.data?.importCatchments;
  if (!report?.accepted) throw new Error(`bench zones refused: ${JSON.stringify(imported.errors ?? report.problems.slice(0, 3))}`);
  const published = await client.request('mutation($id: ID!) { publishCatchmentSet(setId: $id) { id } }', { id: report.setId }, BUREAU);
  if (published.errors) throw new Error(`publish failed: ${JSON.stringify(published.errors)}`);
  return Date.now() - started;
}

/** The gateway's answers for a sample of points (edge points included) against the in-process ones. */
async function checkHttpAnswers(url: string, zones: BenchZone[], points: [number, number][], answers: number[][]) {
  const indexOf = new Map(zones.map((z, i) => [z.name, i]));
  const step = Math.floor(points.length / 100);
  const sample = [...Array.from({ length: 100 }, (_, i) => i * step), ...Array.from({ length: 20 }, (_, i) => points.length - 1 - i)];
  let same = 0;
  for (const i of sample) {
    const [lng, lat] = points[i]!;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOCATE, variables: { lng, lat } }) });
    const body = (await response.json()) as { data?: { locate: { matches: { catchment: { name: string } }[] } } };
    const ids = (body.data?.locate.matches ?? []).map((m) => indexOf.get(m.catchment.name)!).sort((a, b) => a - b);
    if (body.data && ids.join() === answers[i]!.join()) same++;
  }
  return { checked: sample.length, same };
}

function measureMemory(size: number) {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'measureMemory.ts'), String(size), String(SEED)], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as { zones: number; rssBeforeMb: number; rssAfterMb: number; heapUsedBeforeMb: number; heapUsedAfterMb: number };
}

function logLoad(what: string, r: LoadResult) {
  log(`  ${what}: ${fmt(r.perSecond)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${fmt(r.total)} requests in ${r.seconds.toFixed(1)} s at ${CONNECTIONS} connections; errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts})`);
}

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  },
);
