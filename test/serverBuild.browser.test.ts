// The production build (`npm run build:server`): the bundled schools, catchments, admissions, ledger and
// gateway processes start against the test database and answer `schools` and `locate` exactly as the same
// entries run through tsx (as `npm start` runs them) against the same databases. In the large (browser)
// project because it builds and starts ten processes (~1-3 min under load); no browser is used.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { connectMongo, findRepoRoot } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary, type DemoDistrict } from '@zsgk/demo-district';
import { GraphqlClient, TEST_IDENTITY_SECRET } from '@zsgk/testkit';

const ROOT = findRepoRoot();
const START_TIMEOUT_MS = 90_000;
const SERVICES = ['schools', 'catchments', 'admissions', 'ledger'] as const;
type Service = (typeof SERVICES)[number];
type Kind = 'built' | 'tsx';

const suffix = Math.random().toString(16).slice(2, 10);
const dbNames = { SCHOOLS_DB: `t_build_schools_${suffix}`, CATCHMENTS_DB: `t_build_catchments_${suffix}`, ADMISSIONS_DB: `t_build_admissions_${suffix}`, LEDGER_DB: `t_build_ledger_${suffix}`, GATEWAY_DB: `t_build_gateway_${suffix}` };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'server-build-'));
const children = new Set<ChildProcess>();
const BUILT_WORKSPACES = ['services/schools', 'services/catchments', 'services/admissions', 'services/ledger', 'gateway'];
// Bundles this run creates are removed afterwards (scripts/checkDependencies.ts would read them); a developer's own build stays.
const builtHere = BUILT_WORKSPACES.filter((w) => !existsSync(path.join(ROOT, w, 'dist-server')));

interface Started { urls: Record<Service | 'gateway', string>; readyMs: Record<string, number>; rssKiB: Record<string, number>; stop(): Promise<void> }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function entryArgs(kind: Kind, workspace: string, entry: string): string[] {
  return kind === 'built' ? ['--enable-source-maps', path.join(ROOT, workspace, 'dist-server', 'main.js')] : ['--require', 'tsx/cjs', path.join(ROOT, workspace, entry)];
}

function rssKiB(pid: number | undefined): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0);
}

async function startOne(name: string, args: string[], env: Record<string, string>, port: number): Promise<{ child: ChildProcess; ms: number }> {
  const started = Date.now();
  let stderr = '';
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.once('exit', () => children.delete(child));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return { child, ms: Date.now() - started };
    if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`${name} not ready after ${START_TIMEOUT_MS} ms: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** The four subgraphs, then the gateway, each as its own process, all on the same databases for both kinds. */
async function startStack(kind: Kind): Promise<Started> {
  const ports = { schools: await freePort(), catchments: await freePort(), admissions: await freePort(), ledger: await freePort(), gateway: await freePort() };
  const url = (name: keyof typeof ports) => `http://127.0.0.1:${ports[name]}/graphql`;
  const base = { NODE_ENV: 'production', MONGODB_URI: process.env.TEST_MONGODB_URI!, IDENTITY_SECRET: TEST_IDENTITY_SECRET, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...dbNames };
  const env: Record<Service, Record<string, string>> = {
    schools: { ...base, SCHOOLS_PORT: String(ports.schools) },
    catchments: { ...base, CATCHMENTS_PORT: String(ports.catchments), SCHOOLS_URL: url('schools') },
    admissions: { ...base, ADMISSIONS_PORT: String(ports.admissions), SCHOOLS_URL: url('schools') },
    ledger: { ...base, LEDGER_PORT: String(ports.ledger), LEDGER_KEY_DIR: path.join(scratch, 'ledger-keys') },
  };
  const running: ChildProcess[] = [];
  const readyMs: Record<string, number> = {};
  const rss: Record<string, number> = {};
  const stop = async () => {
    await Promise.all(running.map(stopChild));
  };
  try {
    await Promise.all(
      SERVICES.map(async (name) => {
        const { child, ms } = await startOne(`${kind} ${name}`, entryArgs(kind, `services/${name}`, 'src/main.ts'), env[name], ports[name]);
        running.push(child);
        readyMs[name] = ms;
      }),
    );
    const gateway = await startOne(
      `${kind} gateway`,
      entryArgs(kind, 'gateway', 'src/main.ts'),
      {
        ...base,
        GATEWAY_PORT: String(ports.gateway),
        GATEWAY_KEY_DIR: path.join(scratch, 'gateway-keys'),
        SCHOOLS_URL: url('schools'),
        CATCHMENTS_URL: url('catchments'),
        ADMISSIONS_URL: url('admissions'),
        LEDGER_URL: url('ledger'),
        GATEWAY_RATE_PER_SECOND: '1000',
        GATEWAY_RATE_BURST: '1000',
        APOLLO_TELEMETRY_DISABLED: 'true',
      },
      ports.gateway,
    );
    running.push(gateway.child);
    readyMs.gateway = gateway.ms;
  } catch (error) {
    await stop();
    throw error;
  }
  for (const child of running) rss[String(child.spawnargs.at(-1)).replace(ROOT, '')] = rssKiB(child.pid);
  return { urls: { ...Object.fromEntries(SERVICES.map((s) => [s, url(s)])), gateway: url('gateway') } as Started['urls'], readyMs, rssKiB: rss, stop };
}

const SCHOOLS_QUERY = `{ schools(filter: { districtCode: "370812" }, first: 500) { totalCount nodes { id name stages sampleData } } }`;
const LOCATE_QUERY = `query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) {
  year nearBoundary matches { catchment { name status sampleData schools { id name enquiryPhone } } } } }`;

async function answers(gatewayUrl: string, demo: DemoDistrict) {
  const client = new GraphqlClient(gatewayUrl);
  const schools = await client.request(SCHOOLS_QUERY);
  const locates = [];
  for (const address of demo.sampleAddresses.slice(0, 3)) locates.push(await client.request(LOCATE_QUERY, { lng: address.lng, lat: address.lat }));
  return { schools, locates };
}

let demo: DemoDistrict;
let built: Awaited<ReturnType<typeof answers>>;
let viaTsx: Awaited<ReturnType<typeof answers>>;
const measured: string[] = [];

beforeAll(async () => {
  const started = Date.now();
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildServers.ts', ...BUILT_WORKSPACES], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0) throw new Error(`build:server failed (${build.status ?? build.signal}): ${build.stderr}`);
  measured.push(`build of 5 bundles ${Date.now() - started} ms`);

  const boundary = readDemoBoundary('370812');
  demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, seed: 7 });
  const builtStack = await startStack('built');
  try {
    await loadDemoDistrict(
      { schoolsUrl: builtStack.urls.schools, catchmentsUrl: builtStack.urls.catchments, admissionsUrl: builtStack.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
      demo,
      { feature: boundary.raw, crs: 'GCJ02' },
    );
    // The catchments zone index polls for the newly published set.
    await waitFor(async () => (await new GraphqlClient(builtStack.urls.gateway).request(LOCATE_QUERY, { lng: demo.sampleAddresses[0]!.lng, lat: demo.sampleAddresses[0]!.lat })).data?.locate?.matches?.length > 0);
    built = await answers(builtStack.urls.gateway, demo);
    measured.push(`built: ready ms ${JSON.stringify(builtStack.readyMs)}, RSS KiB ${JSON.stringify(builtStack.rssKiB)}`);
  } finally {
    await builtStack.stop();
  }
  const tsxStack = await startStack('tsx');
  try {
    await waitFor(async () => (await new GraphqlClient(tsxStack.urls.gateway).request(LOCATE_QUERY, { lng: demo.sampleAddresses[0]!.lng, lat: demo.sampleAddresses[0]!.lat })).data?.locate?.matches?.length > 0);
    viaTsx = await answers(tsxStack.urls.gateway, demo);
    measured.push(`tsx: ready ms ${JSON.stringify(tsxStack.readyMs)}, RSS KiB ${JSON.stringify(tsxStack.rssKiB)}`);
  } finally {
    await tsxStack.stop();
  }
  console.log(`[serverBuild] ${measured.join('\n')}`);
}, 420_000);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

afterAll(async () => {
  await Promise.all([...children].map(stopChild));
  const uri = process.env.TEST_MONGODB_URI;
  if (uri) {
    for (const name of Object.values(dbNames)) {
      const connection = await connectMongo(uri, name);
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  for (const workspace of builtHere) rmSync(path.join(ROOT, workspace, 'dist-server'), { recursive: true, force: true });
}, 60_000);

describe('the production build (npm run build:server)', () => {
  it('when the built gateway is asked for the district schools, then every sample school is there, as through tsx', () => {
    expect(built.schools.errors).toBeUndefined();
    expect(built.schools.data!.schools.totalCount).toBe(demo.schools.length);
    expect(built.schools.data!.schools.nodes.map((s: { id: string }) => s.id).sort()).toEqual(demo.schools.map((s) => s.id).sort());
    expect(built.schools).toEqual(viaTsx.schools);
  });

  it('when a parent locates homes through the built gateway, then the expected primary school comes back, as through tsx', () => {
    demo.sampleAddresses.slice(0, 3).forEach((address, i) => {
      const answer = built.locates[i]!;
      expect(answer.errors).toBeUndefined();
      const schoolIds = answer.data!.locate.matches.flatMap((m: any) => m.catchment.schools.map((s: { id: string }) => s.id));
      expect(schoolIds).toContain(address.expectedPrimarySchoolId);
    });
    expect(built.locates).toEqual(viaTsx.locates);
  });
});
