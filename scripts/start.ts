// `npm start`: the whole system on one machine — embedded database (unless MONGODB_URI is set), the
// four subgraphs (schools, catchments, admissions, ledger), the sample district when the database is empty, the gateway and the web map,
// each supervised (a crashed one restarts with backoff while the others serve; Ctrl-C stops all).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { connectMongo, findRepoRoot, startEmbeddedDatabase, type EmbeddedDatabase } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { ensureAccounts } from '@zsgk/gateway/src/accounts';
import { issueToken } from '@zsgk/gateway/src/auth/issueToken';
import { loadOrCreateLocalKeys } from '@zsgk/gateway/src/auth/localKeys';
import { loadTokenConfig } from '@zsgk/gateway/scripts/tokenConfig';
import { loadStartConfig } from './startConfig';
import { Supervisor } from './Supervisor';

const root = findRepoRoot();
const config = loadStartConfig();
const supervisor = new Supervisor();
let database: EmbeddedDatabase | null = null;
let stopping = false;

async function main(): Promise<void> {
  const started = Date.now();
  mkdirSync(config.DATA_DIR, { recursive: true });
  const identitySecret = config.IDENTITY_SECRET ?? persistentSecret(path.join(config.DATA_DIR, 'identity-secret'));

  let mongodbUri = config.MONGODB_URI;
  if (!mongodbUri) {
    database = await startEmbeddedDatabase({ dataDir: path.join(config.DATA_DIR, 'ferretdb'), port: config.EMBEDDED_DB_PORT });
    mongodbUri = database.uri;
    console.log(`[start] embedded FerretDB on ${mongodbUri} (data in ${path.relative(root, database.dataDir)}/)`);
  }

  const base = { MONGODB_URI: mongodbUri, IDENTITY_SECRET: identitySecret, HOST: config.HOST };
  const url = (p: number, suffix = '/graphql') => `http://${config.HOST}:${p}${suffix}`;
  // Schools checks locations against the published district boundary, read from the catchments database and
  // checked against the publication log (no call to catchments: no cycle between services).
  run('schools', 'services/schools/src/main.ts', { ...base, SCHOOLS_PORT: String(config.SCHOOLS_PORT) });
  // Catchments checks school codes in uploaded zones through the schools API (public reads).
  run('catchments', 'services/catchments/src/main.ts', { ...base, CATCHMENTS_PORT: String(config.CATCHMENTS_PORT), SCHOOLS_URL: url(config.SCHOOLS_PORT) });
  // Admissions checks a submitting school's district through the schools API (public reads).
  run('admissions', 'services/admissions/src/main.ts', { ...base, ADMISSIONS_PORT: String(config.ADMISSIONS_PORT), SCHOOLS_URL: url(config.SCHOOLS_PORT) });
  // The ledger signs each district's log heads with a key kept in DATA_DIR/ledger-keys.
  const ledgerKeyDir = path.join(config.DATA_DIR, 'ledger-keys');
  run('ledger', 'services/ledger/src/main.ts', { ...base, LEDGER_PORT: String(config.LEDGER_PORT), LEDGER_KEY_DIR: ledgerKeyDir });
  console.log('[start] building the web map…');
  for (const workspace of ['web-map', 'console']) {
    const build = spawnSync('npm', ['run', 'build', '-w', workspace, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`${workspace} build failed`);
  }
  await Promise.all([config.SCHOOLS_PORT, config.CATCHMENTS_PORT, config.ADMISSIONS_PORT, config.LEDGER_PORT].map((p) => waitReady(url(p, '/readyz'))));

  const urls = { schoolsUrl: url(config.SCHOOLS_PORT), catchmentsUrl: url(config.CATCHMENTS_PORT), admissionsUrl: url(config.ADMISSIONS_PORT) };
  if (config.LOAD_DEMO === 'true' && (await firstSchools(urls.schoolsUrl, config.DEMO_DISTRICT_CODE)).totalCount === 0) {
    const t = Date.now();
    const boundary = readDemoBoundary(config.DEMO_DISTRICT_CODE);
    const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: config.DEMO_DISTRICT_CODE, districtName: boundary.name });
    const summary = await loadDemoDistrict({ ...urls, identitySecret }, demo, { feature: boundary.raw, crs: 'GCJ02' });
    console.log(`[start] loaded the sample district ${boundary.name} in ${Date.now() - t} ms: ${JSON.stringify(summary)}`);
    // A new database starts a new publication log: a head `npm run verify` remembered from an earlier
    // one would (rightly) read as rewritten history, so the demo forgets it when it starts afresh.
    const remembered = path.join(root, '.data', 'verify', `${config.DEMO_DISTRICT_CODE}.json`);
    if (existsSync(remembered)) {
      rmSync(remembered);
      console.log(`[start] new sample database: forgot the head npm run verify remembered for ${config.DEMO_DISTRICT_CODE}`);
    }
  }

  const keyDir = path.join(config.DATA_DIR, 'gateway-keys');
  // clusterMain runs main.ts itself with GATEWAY_WORKERS=1 (the default), else forks that many workers.
  run('gateway', 'gateway/src/clusterMain.ts', {
    MONGODB_URI: mongodbUri,
    GATEWAY_KEY_DIR: keyDir,
    IDENTITY_SECRET: identitySecret,
    HOST: config.HOST,
    GATEWAY_PORT: String(config.GATEWAY_PORT),
    SCHOOLS_URL: urls.schoolsUrl,
    CATCHMENTS_URL: urls.catchmentsUrl,
    ADMISSIONS_URL: urls.admissionsUrl,
    LEDGER_URL: url(config.LEDGER_PORT),
    WEB_MAP_ORIGIN: `http://localhost:${config.WEB_MAP_PORT},http://127.0.0.1:${config.WEB_MAP_PORT}`,
    CONSOLE_ORIGIN: `http://localhost:${config.CONSOLE_PORT},http://127.0.0.1:${config.CONSOLE_PORT}`,
  });
  run('web-map', 'web-map/server/main.ts', {
    HOST: config.HOST,
    WEB_MAP_PORT: String(config.WEB_MAP_PORT),
    GATEWAY_PUBLIC_URL: `http://localhost:${config.GATEWAY_PORT}/graphql`,
    DEMO_DISTRICT_CODE: config.DEMO_DISTRICT_CODE,
    ...(config.TILE_URL ? { TILE_URL: config.TILE_URL } : {}),
  });
  // The console's refresh cookie is SameSite=Strict: open it on the host name it calls the gateway by (localhost).
  run('console', 'console/server/main.ts', { HOST: config.HOST, CONSOLE_PORT: String(config.CONSOLE_PORT), GATEWAY_PUBLIC_URL: `http://localhost:${config.GATEWAY_PORT}` });
  await Promise.all([waitReady(url(config.GATEWAY_PORT, '/readyz')), waitReady(url(config.WEB_MAP_PORT, '/healthz')), waitReady(url(config.CONSOLE_PORT, '/'))]);
  const accounts = await demoAccounts(mongodbUri, urls.schoolsUrl);
  const tokens = await demoTokens(keyDir, urls.schoolsUrl);
  const publicKeyFile = await ledgerPublicKeyFile(url(config.LEDGER_PORT), ledgerKeyDir);

  console.log(`
Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.
  GraphQL gateway  http://localhost:${config.GATEWAY_PORT}/graphql
  Web map          http://localhost:${config.WEB_MAP_PORT}/
  Staff console    http://localhost:${config.CONSOLE_PORT}/   (学校 · 教育局工作台)
  Subgraphs        ${urls.schoolsUrl}  ${urls.catchmentsUrl}  ${urls.admissionsUrl}  ${url(config.LEDGER_PORT)}
Publication log of ${config.DEMO_DISTRICT_CODE}: http://localhost:${config.GATEWAY_PORT}/ledger/${config.DEMO_DISTRICT_CODE}/head
  district public key: ${publicKeyFile ?? '(none yet: nothing published)'}
  verify:  npm run verify -- --gateway http://localhost:${config.GATEWAY_PORT} --district ${config.DEMO_DISTRICT_CODE}${publicKeyFile ? ` --public-key ${path.relative(root, publicKeyFile)}` : ''}
Try:
  curl -s http://localhost:${config.GATEWAY_PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ schools(filter:{districtCode:\\"${config.DEMO_DISTRICT_CODE}\\"}, first:5) { totalCount nodes { id name sampleData } } }"}'
Development tokens (8 h; more with \`npm run token -- --role BUREAU --district 370812\`), send as  Authorization: Bearer <token>
  bureau ${config.DEMO_DISTRICT_CODE}, clerk (submits):     ${tokens.bureau}
  bureau ${config.DEMO_DISTRICT_CODE}, reviewer (approves): ${tokens.reviewer}
  school ${tokens.schoolId}: ${tokens.school}
Console sign-in (demo accounts; change the passwords in 修改密码):
${accounts.map((a) => `  ${a.label.padEnd(26)} ${a.username} / ${a.password}`).join('\n')}
Ctrl-C stops everything.`);
}

/**
 * Starts one workspace entry under node with tsx's CommonJS hook, supervised: if it crashes it is
 * restarted with backoff while the others keep serving; only Ctrl-C/SIGTERM stops everything.
 * `--require tsx/cjs` rather than `--import tsx`: the latter routes every require through module
 * hooks in a worker thread, which cost ~10 % of gateway throughput in the benchmark.
 */
function run(name: string, entry: string, env: Record<string, string>): void {
  supervisor.start({
    name,
    command: process.execPath,
    args: ['--require', 'tsx/cjs', entry],
    options: { cwd: root, env: { ...process.env, ...env, NODE_ENV: process.env.NODE_ENV ?? 'development' }, stdio: ['ignore', 'inherit', 'inherit'] },
  });
}

async function waitReady(target: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopping');
    if (await fetch(target).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${target} was not ready within ${timeoutMs / 1000} s`);
}

/** How many schools the district has, and its first two (public read of the schools subgraph). */
async function firstSchools(schoolsUrl: string, districtCode: string): Promise<{ totalCount: number; firstId: string | null; first: { id: string; name: string }[] }> {
  const response = await fetch(schoolsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ schools(filter: { districtCode: "${districtCode}" }, first: 2) { totalCount nodes { id name } } }` }),
  });
  const body = (await response.json()) as { data?: { schools: { totalCount: number; nodes: { id: string; name: string }[] } } };
  const first = body.data?.schools.nodes ?? [];
  return { totalCount: body.data?.schools.totalCount ?? 0, firstId: first[0]?.id ?? null, first };
}

/**
 * The console's demo accounts, created in the gateway's directory when missing (a changed password is
 * kept): two bureau officers (one submits, the other approves) and clerks of the district's first two schools.
 */
async function demoAccounts(mongodbUri: string, schoolsUrl: string) {
  const district = config.DEMO_DISTRICT_CODE;
  const schools = (await firstSchools(schoolsUrl, district)).first;
  const accounts = [
    { label: `bureau ${district} clerk`, username: 'bureau-clerk', displayName: '教育局经办人', role: 'BUREAU' as const, districtCode: district, password: 'demo-bureau-clerk' },
    { label: `bureau ${district} reviewer`, username: 'bureau-reviewer', displayName: '教育局审核人', role: 'BUREAU' as const, districtCode: district, password: 'demo-bureau-reviewer' },
    ...schools.map((school, i) => ({
      label: `school ${school.id}`, username: `school-${i + 1}`, displayName: `${school.name}填报员`, role: 'SCHOOL' as const,
      districtCode: district, schoolId: school.id, schoolName: school.name, password: `demo-school-${i + 1}-pass`,
    })),
  ];
  const connection = await connectMongo(mongodbUri, 'zsgk_gateway');
  try {
    await ensureAccounts(connection, accounts);
  } finally {
    await connection.close();
  }
  return accounts;
}

/**
 * Two bureau officers of the demo district (every publication needs a second person: one submits,
 * the other approves) and a school token for its first school, from the embedded issuer.
 */
async function demoTokens(keyDir: string, schoolsUrl: string) {
  const keys = await loadOrCreateLocalKeys(keyDir);
  const issuer = loadTokenConfig(); // the gateway's own issuer/audience settings and defaults
  const options = { issuer: issuer.GATEWAY_JWT_ISSUER, audience: issuer.GATEWAY_JWT_AUDIENCE, ttl: '8h' };
  const schoolId = (await firstSchools(schoolsUrl, config.DEMO_DISTRICT_CODE)).firstId ?? '0000000000';
  return {
    schoolId,
    bureau: await issueToken(keys, { role: 'BUREAU', subject: 'demo-bureau', districtCode: config.DEMO_DISTRICT_CODE }, options),
    reviewer: await issueToken(keys, { role: 'BUREAU', subject: 'demo-bureau-reviewer', districtCode: config.DEMO_DISTRICT_CODE }, options),
    school: await issueToken(keys, { role: 'SCHOOL', subject: 'demo-school', schoolId }, options),
  };
}

/** Asks the ledger for the demo district's key (creating it if the log is not empty) and returns its public key file. */
async function ledgerPublicKeyFile(ledgerUrl: string, ledgerKeyDir: string): Promise<string | null> {
  const response = await fetch(ledgerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ districtPublicKey(districtCode: "${config.DEMO_DISTRICT_CODE}") { fingerprint } }` }),
  }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { data?: { districtPublicKey: { fingerprint: string } | null } } | null;
  return body?.data?.districtPublicKey ? path.join(ledgerKeyDir, `${config.DEMO_DISTRICT_CODE}.pub.pem`) : null;
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await supervisor.stop();
  await database?.stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
