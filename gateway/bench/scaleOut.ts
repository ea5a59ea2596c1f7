// `npm run bench:scale -w gateway`: the scale-out model on one machine (issue 15 item 8). Two replicas
// of each subgraph and two gateways (main.ts, as `npm start` runs them) behind nginx on loopback, the
// demo district loaded, then a bounded registration-day load (locate, geocode, school pages) from many
// simulated client addresses while a new PRIMARY zone set is published mid-run. Reports throughput,
// failures (HTTP and GraphQL), how long each replica and gateway took to serve the new set, and whether
// one client's rate limit holds across the two gateways. Measures and prints; never a test.
// Needs the Debian package nginx (`apt-get install -y nginx`); run as the current user with a config
// generated into .cache/scale/, nothing left running afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { findFreePort, findRepoRoot, startEmbeddedDatabase } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { IDENTITY_HEADER, signIdentity } from '@zsgk/identity';
import { BENCH_SECRET } from './startBenchSystem';
import { startProcess, type Running } from './startProcess';

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 32);
/** The subgraphs' and the gateways' poll of the published version (the default of both). */
const POLL_MS = Number(process.env.BENCH_SCALE_POLL_MS ?? 2000);
/** Simulated parents: the load comes from this many client addresses (X-Forwarded-For through nginx). */
const CLIENTS = 500;
/** One client's allowance in the rate-limit check (per second, and the burst above it). */
const RATE = { perSecond: 20, burst: 40 };
const SERVICES = ['schools', 'catchments', 'admissions', 'ledger'] as const;
type Service = (typeof SERVICES)[number];

const LOCATE = 'query Locate($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { nearBoundary matches { catchment { name } } } }';
const GEOCODE = 'query Geocode($text: String!) { geocode(text: $text, districtCode: "370812") { normalized clearMatch candidates { name score } } }';
const SCHOOL_PAGE = 'query SchoolPage($id: ID!) { school(id: $id) { id name catchments { name boundaryText } } }';

const log = (line: string) => console.log(line);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main(): Promise<void> {
  const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
  if (!nginxBinary) {
    log('[bench:scale] nginx is not installed: apt-get install -y nginx (Debian package), then run this again');
    process.exit(2);
  }
  log(`[bench:scale] ${new Date().toISOString()} node ${process.version}, ${os.cpus().length} CPUs, load average ${loadavg()}`);
  const root = findRepoRoot();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-scale-'));
  const nginxDir = path.join(root, '.cache', 'scale', 'nginx');
  const running: Running[] = [];
  let nginx: ChildProcess | undefined;
  const database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, 'db') });
  const stopAll = async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT'); // graceful stop of master and workers
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    await Promise.all(running.reverse().map((p) => p.stop().catch(() => undefined)));
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    // Ports: two replicas per subgraph, one nginx port per subgraph (what the gateways and the other
    // subgraphs call), two gateways, one nginx front port.
    const replicaPorts = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, [await findFreePort(), await findFreePort()]]))) as Record<Service, number[]>;
    const lbPorts = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await findFreePort()] as const))) as Record<Service, number>;
    const gatewayPorts = [await findFreePort(), await findFreePort()];
    const frontPort = await findFreePort();
    const lbUrl = (s: Service) => `http://127.0.0.1:${lbPorts[s]}/graphql`;
    const replicaUrl = (s: Service, i: number) => `http://127.0.0.1:${replicaPorts[s][i]}/graphql`;

    mkdirSync(nginxDir, { recursive: true });
    writeFileSync(path.join(nginxDir, 'error.log'), '');
    writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, { front: frontPort, gateways: gatewayPorts, lb: lbPorts, replicas: replicaPorts }));
    nginx = spawn(nginxBinary, ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-e', path.join(nginxDir, 'error.log')], { stdio: ['ignore', 'ignore', 'inherit'] });
    await new Promise((r) => setTimeout(r, 500));
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}; see ${path.join(nginxDir, 'error.log')}`);

    const common = { MONGODB_URI: database.uri, IDENTITY_SECRET: BENCH_SECRET, HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    // The subgraphs' side calls (register checks) go to the first replica: a check of data published a
    // moment before on one replica, asked of the other before its poll, is refused (found by this run;
    // see docs/scale.md). The gateways go through nginx to both.
    const peers = { SCHOOLS_URL: replicaUrl('schools', 0), CATCHMENTS_URL: replicaUrl('catchments', 0) };
    const started = Date.now();
    // Each replica pair starts together; schools first (the others check schools against the register).
    const startPair = async (service: Service, env: (i: number) => Record<string, string>) =>
      running.push(...(await Promise.all([0, 1].map((i) => startProcess(`${service}-${i + 1}`, `services/${service}/src/main.ts`, { ...common, ...env(i) }, replicaPorts[service][i]!)))));
    await startPair('schools', (i) => ({ ...peers, SCHOOLS_PORT: String(replicaPorts.schools[i]) }));
    await startPair('catchments', (i) => ({ ...peers, CATCHMENTS_PORT: String(replicaPorts.catchments[i]), CATCHMENTS_INDEX_POLL_MS: String(POLL_MS) }));
    await startPair('admissions', (i) => ({ ...peers, ADMISSIONS_PORT: String(replicaPorts.admissions[i]) }));
    // The ledger's replicas one after the other: the first creates the signing key both use.
    for (const i of [0, 1]) {
      running.push(await startProcess(`ledger-${i + 1}`, 'services/ledger/src/main.ts', { ...common, LEDGER_PORT: String(replicaPorts.ledger[i]), LEDGER_KEY_DIR: path.join(dataDir, 'ledger-keys') }, replicaPorts.ledger[i]!));
    }
    const boundary = readDemoBoundary('370812');
    const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, years: [2026] });
    // Loaded through the first replica of each service. Through nginx (round robin) the gazetteer import
    // is refused: it checks its zone names against the in-memory published catalog of whichever replica
    // takes it, and the other replica has not polled the zone set published a moment before (found by
    // this run, 2026-12-03; see docs/scale.md). Bureau writes need one replica per district until then.
    await loadDemoDistrict({ schoolsUrl: replicaUrl('schools', 0), catchmentsUrl: replicaUrl('catchments', 0), admissionsUrl: replicaUrl('admissions', 0), identitySecret: BENCH_SECRET }, demo, { feature: boundary.raw, crs: 'GCJ02' });
    running.push(
      ...(await Promise.all(
        gatewayPorts.map((port, i) =>
          startProcess(`gateway-${i + 1}`, 'gateway/src/main.ts', {
            ...common,
            GATEWAY_PORT: String(port),
            GATEWAY_DB: 'scale_gateway',
            GATEWAY_KEY_DIR: path.join(dataDir, 'keys'),
            SCHOOLS_URL: lbUrl('schools'),
            CATCHMENTS_URL: lbUrl('catchments'),
            ADMISSIONS_URL: lbUrl('admissions'),
            LEDGER_URL: lbUrl('ledger'),
            GATEWAY_TRUST_PROXY: 'loopback',
            GATEWAY_RATE_PER_SECOND: String(RATE.perSecond),
            GATEWAY_RATE_BURST: String(RATE.burst),
            CATCHMENTS_INDEX_POLL_MS: String(POLL_MS),
          }, port),
        ),
      )),
    );
    const front = `http://127.0.0.1:${frontPort}/graphql`;
    log(`[bench:scale] up in ${((Date.now() - started) / 1000).toFixed(0)} s: 2 × ${SERVICES.join(', ')}, 2 gateways, nginx on ${front}; poll ${POLL_MS} ms; load average ${loadavg()}`);

    // The mix: half locate (by point), a quarter geocode, a quarter school pages, each from one of CLIENTS addresses.
    const points = demo.sampleAddresses.map((a) => ({ lng: a.lng, lat: a.lat }));
    const requests = Array.from({ length: 400 }, (_, i) => {
      const client = `10.${(i % CLIENTS) >> 8}.${(i % CLIENTS) & 255}.${(i * 7) % 250 + 1}`;
      const [query, variables] =
        i % 4 < 2 ? [LOCATE, points[i % points.length]!] : i % 4 === 2 ? [GEOCODE, { text: demo.sampleAddresses[i % points.length]!.label }] : [SCHOOL_PAGE, { id: demo.schools[i % demo.schools.length]!.id }];
      return { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ query, variables }) };
    });
    // Every request once, checked for data without errors, before the load.
    let warmFailures = 0;
    for (const request of requests.slice(0, 40)) if (!(await graphqlOk(front, request.body, request.headers))) warmFailures++;
    log(`[bench:scale] warm-up: ${warmFailures} of 40 requests failed`);
    // Each kind alone, one at a time (what one parent waits), before the load.
    for (const [kind, offset] of [['locate', 0], ['geocode', 2], ['school page', 3]] as const) {
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const request = requests[offset + 4 * i]!;
        const t0 = performance.now();
        await graphqlOk(front, request.body, request.headers);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      log(`[bench:scale] ${kind} alone: median ${times[5]!.toFixed(1)} ms, slowest ${times[9]!.toFixed(1)} ms (10 requests)`);
    }

    // The load, and meanwhile: a zone set published after a third of it, every replica and gateway
    // watched until it serves the new set, and a checker counting GraphQL-level failures.
    const load = autocannon({ url: front, connections: CONNECTIONS, duration: SECONDS, requests });
    let checking = true;
    const checked = { total: 0, failed: 0 };
    const checker = (async () => {
      for (let i = 0; checking; i++) {
        const request = requests[i % requests.length]!;
        checked.total++;
        if (!(await graphqlOk(front, request.body, request.headers))) checked.failed++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
    const publishedAt = await publishRenamedSet(replicaUrl('catchments', 0), demo);
    const watched = [
      ...[0, 1].map((i) => ({ label: `catchments-${i + 1}`, url: replicaUrl('catchments', i) })),
      ...gatewayPorts.map((port, i) => ({ label: `gateway-${i + 1}`, url: `http://127.0.0.1:${port}/graphql` })),
      { label: 'nginx front', url: front },
    ];
    const converged = await Promise.all(watched.map(async (w, i) => ({ label: w.label, ms: await waitForRenamed(w.url, points[0]!, publishedAt, `198.51.100.${i + 1}`) })));
    const result = await load;
    checking = false;
    await checker;

    // One client, many requests at once, spread by nginx over both gateways: the allowance must be one client's, not two.
    const burst = await autocannon({
      url: front,
      connections: 8,
      amount: 400,
      requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' }, body: JSON.stringify({ query: LOCATE, variables: points[1] }) }],
    });
    const burstSeconds = burst.duration;
    const allowed = burst['2xx'];
    const refused = burst.non2xx;
    const oneClient = RATE.burst + RATE.perSecond * burstSeconds;

    log(`\n--- registration-day load through nginx (${CONNECTIONS} connections, ${SECONDS} s, ${CLIENTS} client addresses; load average ${loadavg()})`);
    log(`throughput ${result.requests.average.toFixed(0)} req/s, ${result.requests.total} requests; p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
    log(`status codes: ${JSON.stringify(result.statusCodeStats)}`);
    log(`checker during the load: ${checked.failed} of ${checked.total} answers failed (HTTP or GraphQL errors)`);
    log(`new zone set published ${((publishedAt - started) / 1000).toFixed(0)} s after start; served by (poll ${POLL_MS} ms):`);
    for (const c of converged) log(`  ${c.label.padEnd(14)} ${c.ms === null ? 'NOT within 30 s' : `after ${c.ms} ms`}`);
    log(`rate limit across the two gateways: one client sent 400 requests in ${burstSeconds.toFixed(1)} s; ${allowed} answered, ${refused} refused (one client's allowance in that time ≈ ${oneClient.toFixed(0)}; two separate limits would allow ≈ ${(2 * oneClient).toFixed(0)})`);
    const nginxErrors = readFileSync(path.join(nginxDir, 'error.log'), 'utf8').split('\n').filter((line) => line.includes('[error]'));
    log(`nginx error log: ${nginxErrors.length} error line(s)${nginxErrors.length ? `, first: ${nginxErrors[0]}` : ''}`);
    log(`load average after: ${loadavg()}`);
    const file = path.join(root, '.cache', 'bench', `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, pollMs: POLL_MS, rps: result.requests.average, total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, checked, converged, rateLimit: { sent: 400, allowed, refused, seconds: burstSeconds, oneClient } }, null, 2));
    log(`results in ${path.relative(process.cwd(), file)}`);
  } finally {
    await stopAll();
  }
}

/**
 * nginx as the current user, loopback only, everything under `dir`; round robin with keep-alive to each
 * upstream. Idle upstream connections are closed after 4 s, before node's 5 s keepAliveTimeout: otherwise
 * nginx now and then reuses a connection node is closing and answers 502 (seen in this run's first version).
 */
function nginxConfig(dir: string, ports: { front: number; gateways: number[]; lb: Record<Service, number>; replicas: Record<Service, number[]> }): string {
  const upstream = (name: string, servers: number[]) => `  upstream ${name} {\n${servers.map((p) => `    server 127.0.0.1:${p} max_fails=0;\n`).join('')}    keepalive 64;\n    keepalive_timeout 4s;\n  }\n`;
  const server = (port: number, upstreamName: string) => `  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${upstreamName};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
    }
  }\n`;
  const user = process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : '';
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${upstream('gateways', ports.gateways)}${SERVICES.map((s) => upstream(s, ports.replicas[s])).join('')}${server(ports.front, 'gateways')}${SERVICES.map((s) => server(ports.lb[s], s)).join('')}}
`;
}

async function graphqlOk(url: string, body: string, headers: Record<string, string>): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body });
    const answer = (await res.json()) as { data?: unknown; errors?: unknown[] };
    return res.ok && !answer.errors?.length && answer.data !== null && answer.data !== undefined;
  } catch {
    return false;
  }
}

/** Publishes the demo's PRIMARY zones again with every name marked （二版）, through review (clerk, then a second officer). */
async function publishRenamedSet(catchmentsUrl: string, demo: ReturnType<typeof generateDistrict>): Promise<number> {
  const renamed = { ...demo.catchments.PRIMARY, features: demo.catchments.PRIMARY.features.map((f) => ({ ...f, properties: { ...f.properties, name: `${f.properties.name}（二版）` } })) };
  const as = (subject: string) => async (query: string, variables: Record<string, unknown>) => {
    const body = JSON.stringify({ query, variables });
    const identity = { role: 'BUREAU', subject, districtCode: '370812' } as const;
    const res = await fetch(catchmentsUrl, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(identity, BENCH_SECRET, { method: 'POST', url: catchmentsUrl, body }) }, body });
    const answer = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (answer.errors?.length || !answer.data) throw new Error(`publishing the new set: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const imported = await as('scale-clerk')('mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }', {
    input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify(renamed), sampleData: true },
  });
  if (!imported.importCatchments.accepted) throw new Error(`the new set was refused: ${JSON.stringify(imported.importCatchments.problems)}`);
  const review = (await as('scale-clerk')('mutation($setId: ID!) { publishCatchmentSet(setId: $setId) { id } }', { setId: imported.importCatchments.setId })).publishCatchmentSet;
  await as('scale-reviewer')('mutation($id: ID!) { approveCatchmentChange(id: $id) { id status } }', { id: review.id });
  return Date.now();
}

/** Milliseconds after `since` until `url` answers the point with a renamed zone (null after 30 s). */
async function waitForRenamed(url: string, point: { lng: number; lat: number }, since: number, client: string): Promise<number | null> {
  while (Date.now() - since < 30_000) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ query: LOCATE, variables: point }) });
      const text = await res.text();
      if (text.includes('（二版）')) return Date.now() - since;
    } catch {
      // not answering right now: try again
    }
    await new Promise((r) => setTimeout(r, 100)); // 10/s: under one client's rate limit
  }
  return null;
}

main().catch((error) => {
  console.error('[bench:scale] failed:', error);
  process.exit(1);
});
