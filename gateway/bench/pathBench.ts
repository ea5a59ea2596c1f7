// `npm run bench:path -w gateway` (also part of `npm run bench -w gateway`): the parent's `locate` by
// every candidate path, side by side in one run, on loopback, each server in its own process:
// express + pg + PostGIS (the peer a developer would otherwise write), the catchments subgraph directly,
// and the gateway variants (full path, fast path, 1 or 2 processes, the production entry, Apollo Router
// when built). Same demo zones, same points, same connections (32 and 1) for all; prints req/s,
// p50/p99, the ratios and the load average. Measures and prints; never fails on timing. Never a test.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startPostgis } from '@zsgk/catchments/bench/startPostgis';
import { findFreePort, findRepoRoot, startEmbeddedDatabase } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, mulberry32, readDemoBoundary } from '@zsgk/demo-district';
import { cpuSeconds, findProcess } from './cpuSeconds';
import { loadPeerZones } from './loadPeerZones';
import { runRequests, type LoadRequest, type LoadResult } from './runLoad';
import { BENCH_SECRET } from './startBenchSystem';
import { startProcess, type Running } from './startProcess';
import { ROUTER_BINARY, startRouter } from './startRouter';

const SECONDS = Number(process.env.BENCH_DURATION_S ?? 5);
/** Rounds over all targets in turn (interleaved, so a burst of other work on the machine hits all alike); the median round is reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '32,1').split(',').map(Number);
const POINTS = Number(process.env.BENCH_POINTS ?? 200);
/** BENCH_WORKER_VARIANTS=on adds the 2-worker gateways (they lost on 2 shared cores, 2026-12-03). */
const WORKER_VARIANTS = process.env.BENCH_WORKER_VARIANTS === 'on';
const QUERY = 'query Locate($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { nearBoundary matches { catchment { name } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');

const log = (line: string) => console.log(line);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Target {
  label: string;
  url: string;
  requests: LoadRequest[];
  kind: 'peer' | 'direct' | 'gateway';
  /** The target's own server process (its CPU per request is reported). */
  pid?: number;
  /** Another process tree working for it (the peer's PostgreSQL). */
  helperPid?: number;
}

interface Measured extends LoadResult {
  /** CPU per request (µs) of the target's own process tree (and its helper's) and of the catchments subgraph. */
  cpuUs: number;
  helperCpuUs: number;
  catchmentsCpuUs: number;
}

async function main(): Promise<void> {
  log(`[bench:path] ${new Date().toISOString()} node ${process.version}, ${os.cpus().length} CPUs, load average ${loadavg()} (other work on the machine shows here)`);
  const running: Running[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-path-'));
  // Without the Debian packages postgresql + postgresql-15-postgis-3 the peer is left out, not the run.
  const postgis = await startPostgis(log).catch((error: Error) => void log(`[bench:path] PostgreSQL + PostGIS not available (${error.message.split('\n')[0]}); the peer is left out`));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'db') });
  const stopAll = async () => {
    for (const process of running.reverse()) await process.stop().catch(() => undefined);
    await database.stop();
    postgis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Interrupted (Ctrl-C): stop every process this run started, then leave.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    const ports = Object.fromEntries(await Promise.all(['schools', 'catchments', 'admissions', 'ledger'].map(async (name) => [name, await findFreePort()] as const)));
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const urls = { schools: url(ports.schools!), catchments: url(ports.catchments!), admissions: url(ports.admissions!), ledger: url(ports.ledger!) };
    const common = { MONGODB_URI: database.uri, IDENTITY_SECRET: BENCH_SECRET, HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    const peers = { SCHOOLS_URL: urls.schools, CATCHMENTS_URL: urls.catchments };
    running.push(await startProcess('schools', 'services/schools/src/main.ts', { ...common, ...peers, SCHOOLS_PORT: String(ports.schools) }, ports.schools!));
    const catchments = await startProcess('catchments', 'services/catchments/src/main.ts', { ...common, ...peers, CATCHMENTS_PORT: String(ports.catchments), CATCHMENTS_INDEX_POLL_MS: '200' }, ports.catchments!);
    running.push(catchments);
    running.push(await startProcess('admissions', 'services/admissions/src/main.ts', { ...common, ...peers, ADMISSIONS_PORT: String(ports.admissions) }, ports.admissions!));
    running.push(await startProcess('ledger', 'services/ledger/src/main.ts', { ...common, LEDGER_PORT: String(ports.ledger), LEDGER_KEY_DIR: path.join(dataDir, 'ledger-keys') }, ports.ledger!));

    const boundary = readDemoBoundary('370812');
    const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
    await loadDemoDistrict({ schoolsUrl: urls.schools, catchmentsUrl: urls.catchments, admissionsUrl: urls.admissions, identitySecret: BENCH_SECRET }, demo, { feature: boundary.raw, crs: 'GCJ02' });
    if (postgis) await loadPeerZones(postgis.url, demo.catchments.PRIMARY);
    await new Promise((r) => setTimeout(r, 500)); // the catalog polls every 200 ms
    const points = benchPoints(demo.sampleAddresses, demo.catchments.PRIMARY.features.flatMap((f) => positionsOf(f.geometry.coordinates)));
    log(`${demo.catchments.PRIMARY.features.length} PRIMARY zones of the demo district; ${points.length} points (${demo.sampleAddresses.length} sample addresses, the rest seeded in the zones' bounding box); ${ROUNDS} interleaved rounds of ${SECONDS} s per target, median round shown`);

    const peerPort = await findFreePort();
    const peer = postgis && (await startProcess('postgis-peer', 'gateway/bench/postgisPeerMain.ts', { PEER_PG_URL: postgis.url, PEER_PORT: String(peerPort), PEER_PG_POOL: '8' }, peerPort));
    if (peer) running.push(peer);

    const gatewayEnv = { ...common, SCHOOLS_URL: urls.schools, CATCHMENTS_URL: urls.catchments, ADMISSIONS_URL: urls.admissions, LEDGER_URL: urls.ledger };
    const gateways: { label: string; url: string; pid?: number }[] = [];
    const startGateway = async (label: string, entry: string, env: Record<string, string>) => {
      const port = await findFreePort();
      try {
        const started = await startProcess(label, entry, { ...gatewayEnv, ...env, GATEWAY_PORT: String(port) }, port);
        running.push(started);
        gateways.push({ label, url: url(port), pid: started.pid });
      } catch (error) {
        log(`[bench:path] ${label} did not start (${(error as Error).message}); left out`);
      }
    };
    await startGateway('gateway full path (before)', 'gateway/bench/benchGatewayMain.ts', { BENCH_FAST_PATH: 'off' });
    await startGateway('gateway fast path', 'gateway/bench/benchGatewayMain.ts', { BENCH_FAST_PATH: 'on' });
    if (WORKER_VARIANTS) {
      await startGateway('gateway full path ×2 workers', 'gateway/bench/benchGatewayMain.ts', { BENCH_FAST_PATH: 'off', BENCH_WORKERS: '2' });
      await startGateway('gateway fast path ×2 workers', 'gateway/bench/benchGatewayMain.ts', { BENCH_FAST_PATH: 'on', BENCH_WORKERS: '2' });
    }
    // The catchments read replica in the gateway process (src/replica): locate answered without the second hop.
    const replicaEnv = { BENCH_FAST_PATH: 'on', BENCH_REPLICA: 'on', CATCHMENTS_INDEX_POLL_MS: '200' };
    await startGateway('gateway fast path + replica', 'gateway/bench/benchGatewayMain.ts', replicaEnv);
    await startGateway('replica + logs/metrics (as main.ts)', 'gateway/bench/benchGatewayMain.ts', { ...replicaEnv, BENCH_OBSERVE: 'on' });
    // The production entry as `npm start` runs it (main.ts, with its logging and metrics), fast path by default.
    await startGateway('gateway production entry', 'gateway/src/clusterMain.ts', {
      GATEWAY_DB: 'bench_gateway_main', GATEWAY_KEY_DIR: path.join(dataDir, 'keys'), GATEWAY_RATE_PER_SECOND: '1000000', GATEWAY_RATE_BURST: '1000000', CATCHMENTS_INDEX_POLL_MS: '200',
    });
    if (existsSync(ROUTER_BINARY)) {
      try {
        const router = await startRouter(urls, log);
        running.push(router);
        gateways.push({ label: 'Apollo Router 2.x', url: router.url, pid: router.pid });
      } catch (error) {
        log(`[bench:path] Apollo Router did not start (${(error as Error).message}); left out`);
      }
    } else {
      log(`[bench:path] Apollo Router not built (${ROUTER_BINARY} missing); left out`);
    }

    const peerUrl = `http://127.0.0.1:${peerPort}/locate`;
    const targets: Target[] = [
      ...(peer && postgis
        ? [{ label: 'express + pg + PostGIS (peer)', url: peerUrl, kind: 'peer', pid: peer.pid, helperPid: findProcess(['-p', new URL(postgis.url).port]), requests: points.map((p) => ({ method: 'POST', path: '/locate', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p) })) } satisfies Target]
        : []),
      { label: 'catchments subgraph directly', url: urls.catchments, kind: 'direct', pid: catchments.pid, requests: points.map((p) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: p }) })) },
      ...gateways.map((g): Target => ({ label: g.label, url: g.url, kind: 'gateway', pid: g.pid, requests: points.map((p) => persistedGet(p)) })),
    ];
    for (const gateway of gateways) await registerAndPlan(gateway.url, points);
    if (peer) await checkAnswers(peerUrl, gateways, points.slice(0, 60));

    const results: Record<string, Record<string, Measured>> = {};
    for (const connections of CONNECTIONS) {
      log(`\n--- ${connections} connection${connections === 1 ? '' : 's'}, load average ${loadavg()}`);
      for (const target of targets) await runRequests(target.url, target.requests, connections, 2); // warm-up
      const rounds = new Map<string, Measured[]>(targets.map((t) => [t.label, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of targets) {
          const cpuBefore = [target.pid ? cpuSeconds(target.pid) : 0, cpuSeconds(catchments.pid!), target.helperPid ? cpuSeconds(target.helperPid) : 0];
          const result = await runRequests(target.url, target.requests, connections, SECONDS);
          const requests = Math.max(1, result.rps * SECONDS);
          const perRequest = (now: number, before: number) => ((now - before) / requests) * 1e6;
          rounds.get(target.label)!.push({
            ...result,
            cpuUs: target.pid ? perRequest(cpuSeconds(target.pid), cpuBefore[0]!) : 0,
            catchmentsCpuUs: perRequest(cpuSeconds(catchments.pid!), cpuBefore[1]!),
            helperCpuUs: target.helperPid ? perRequest(cpuSeconds(target.helperPid), cpuBefore[2]!) : 0,
          });
        }
      }
      const row: Record<string, Measured> = {};
      for (const target of targets) {
        const sorted = rounds.get(target.label)!.sort((a, b) => a.rps - b.rps);
        row[target.label] = sorted[sorted.length >> 1]!;
        report(target.label, row[target.label]!, sorted.map((r) => r.rps));
      }
      results[connections] = row;
      const peerResult = row[targets.find((t) => t.kind === 'peer')?.label ?? ''];
      const direct = row[targets.find((t) => t.kind === 'direct')!.label]!;
      const perPeer = (rps: number) => (peerResult ? (rps / peerResult.rps).toFixed(2) : 'n/a');
      log(`ratios (target: gateway ÷ peer ≥ 1.00, gateway ÷ direct ≥ 60 %, added p99 ≤ 5 ms):`);
      for (const target of targets.filter((t) => t.kind === 'gateway')) {
        const r = row[target.label]!;
        log(`  ${target.label.padEnd(32)} ÷ peer ${perPeer(r.rps)}   ÷ direct ${((r.rps / direct.rps) * 100).toFixed(0).padStart(3)} %   added p50 ${(r.p50 - direct.p50).toFixed(1)} ms, p99 ${(r.p99 - direct.p99).toFixed(1)} ms`);
      }
      log(`  catchments directly ÷ peer ${perPeer(direct.rps)}`);
    }
    log(`\nload average after: ${loadavg()}`);
    const file = path.join(findRepoRoot(), '.cache', 'bench', `path-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ seconds: SECONDS, rounds: ROUNDS, points: points.length, results, loadavgAtEnd: loadavg() }, null, 2));
    log(`results in ${path.relative(process.cwd(), file)}`);
  } finally {
    await stopAll();
  }
}

/** The sample addresses, then seeded points in the zones' bounding box (some fall outside every zone). */
function benchPoints(samples: { lng: number; lat: number }[], vertices: [number, number][]): { lng: number; lat: number }[] {
  const lngs = vertices.map((v) => v[0]);
  const lats = vertices.map((v) => v[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const random = mulberry32(1);
  const points = samples.map((s) => ({ lng: s.lng, lat: s.lat }));
  while (points.length < POINTS) points.push({ lng: round(minLng + random() * (maxLng - minLng)), lat: round(minLat + random() * (maxLat - minLat)) });
  return points;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Every [lng, lat] of a Polygon's or MultiPolygon's coordinates. */
function positionsOf(coordinates: unknown): [number, number][] {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [coordinates as [number, number]];
  return Array.isArray(coordinates) ? coordinates.flatMap(positionsOf) : [];
}

function persistedGet(variables: { lng: number; lat: number }): LoadRequest {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } }));
  return { method: 'GET', path: `/graphql?operationName=Locate&extensions=${extensions}&variables=${encodeURIComponent(JSON.stringify(variables))}`, headers: { 'apollo-require-preflight': 'true' } };
}

/**
 * Registers the persisted query (POST with text and hash) on every process of a gateway, then GETs by
 * hash so that each plans it. Each request on a new connection: cluster workers are handed connections
 * in turn, and each keeps its own persisted-query registry.
 */
async function registerAndPlan(url: string, points: { lng: number; lat: number }[]): Promise<void> {
  // A worker still starting gets no connections yet: go on until 20 GETs in a row have data.
  const deadline = Date.now() + 120_000;
  for (let i = 0, answeredInARow = 0; answeredInARow < 20; i++) {
    if (Date.now() > deadline) throw new Error(`${url}: the persisted query is still unknown to some worker after 120 s`);
    const body = JSON.stringify({ query: QUERY, operationName: 'Locate', variables: points[0], extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });
    // Two POSTs and a GET: three connections per turn, so with workers taking connections in turn every worker gets POSTs.
    for (const _ of [1, 2]) {
      const post = await onNewConnection(url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body });
      if (post.status !== 200) throw new Error(`${url}: registering the persisted query answered ${post.status} ${post.body}`);
    }
    const get = await onNewConnection(url, persistedGet(points[i % points.length]!));
    answeredInARow = get.status === 200 && (JSON.parse(get.body) as { data?: unknown }).data ? answeredInARow + 1 : 0;
    if (answeredInARow === 0) await new Promise((r) => setTimeout(r, 200));
  }
}

/** One request on a connection of its own (no keep-alive pool). */
function onNewConnection(url: string, request: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = http.request({ hostname, port, method: request.method, path: request.path, headers: request.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** The names each path returns for the same points, against the peer's. */
async function checkAnswers(peerUrl: string, gateways: { label: string; url: string }[], points: { lng: number; lat: number }[]): Promise<void> {
  for (const gateway of gateways) {
    let same = 0;
    for (const point of points) {
      const peer = (await (await fetch(peerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(point) })).json()) as { matches: { name: string }[] };
      const answer = JSON.parse((await onNewConnection(gateway.url, persistedGet(point))).body) as { data?: { locate: { matches: { catchment: { name: string } }[] } | null } };
      const names = (answer.data?.locate?.matches ?? []).map((m) => m.catchment.name).sort();
      if (answer.data?.locate && names.join() === peer.matches.map((m) => m.name).sort().join()) same++;
    }
    log(`answers: ${gateway.label} agrees with the peer on ${same}/${points.length} points (each on a new connection, so every worker answers some)`);
  }
}

function report(label: string, result: Measured, roundsRps: number[]): void {
  const cpu = label.startsWith('catchments') ? '' : `   CPU/req ${result.cpuUs.toFixed(0).padStart(5)} µs${label.includes('peer') ? ` + PostgreSQL ${result.helperCpuUs.toFixed(0)} µs` : ` + catchments ${result.catchmentsCpuUs.toFixed(0)} µs`}`;
  log(
    `${label.padEnd(34)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${result.p50.toFixed(1).padStart(5)} ms   p99 ${result.p99.toFixed(1).padStart(5)} ms   errors ${result.errors}   non-2xx ${result.non2xx}${cpu || `   CPU/req ${result.catchmentsCpuUs.toFixed(0).padStart(5)} µs`}   (rounds: ${roundsRps.map((r) => r.toFixed(0)).join(', ')} req/s)`,
  );
}

main().catch((error) => {
  console.error('[bench:path] failed:', error);
  process.exit(1);
});
