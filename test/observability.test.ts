// Logs and metrics across processes: the gateway and two subgraphs, each behind @zsgk/observability
// as their main.ts serves them, on the run's database, with every log line captured.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer as createCatchments } from '@zsgk/catchments/src/server';
import { registerZoneIndexGauges } from '@zsgk/catchments/src/zones/registerZoneIndexGauges';
import { connectMongo } from '@zsgk/db';
import { ensureAccounts } from '@zsgk/gateway/src/accounts';
import { createTokenVerifier } from '@zsgk/gateway/src/auth/createTokenVerifier';
import { loadOrCreateLocalKeys } from '@zsgk/gateway/src/auth/localKeys';
import { createGateway } from '@zsgk/gateway/src/createGateway';
import { observeGateway } from '@zsgk/gateway/src/observeGateway';
import { monitorDatabase, Observability, withCommandMonitoring, withObservability } from '@zsgk/observability';
import { createServer as createSchools } from '@zsgk/schools/src/server';
import { listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';

type Line = Record<string, any>;
type Listening = Awaited<ReturnType<typeof listenOnFreePort>>;

const PASSWORD = 'Zs-observability-Secret-2026';
const LOCATE = 'query LocateHome($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { nearBoundary } }';

function observed(service: string) {
  const lines: Line[] = [];
  const observability = new Observability({ service, destination: { write: (text: string) => void lines.push(JSON.parse(text)) } });
  return { lines, observability };
}

const logs = { gateway: observed('gateway'), schools: observed('schools'), catchments: observed('catchments') };
const databases: TestDatabase[] = [];
const listening: Listening[] = [];
const stops: Array<() => Promise<void> | void> = [];
let gatewayBase = '';
let catchmentsBase = '';
let catalogVersion = () => 0;

beforeAll(async () => {
  const [schoolsDb, catchmentsDb, gatewayDb] = await Promise.all(['obs_schools', 'obs_catchments', 'obs_gateway'].map((name) => openTestDatabase(name)));
  databases.push(schoolsDb!, catchmentsDb!, gatewayDb!);
  const schools = await createSchools({ connection: schoolsDb!.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: `${schoolsDb!.name}_ledger` });
  const catchments = await createCatchments({ connection: catchmentsDb!.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: `${catchmentsDb!.name}_ledger`, indexPollMs: 200 });
  stops.push(() => schools.stop(), () => catchments.stop(), registerZoneIndexGauges(logs.catchments.observability.metrics, catchments.catalog));
  catalogVersion = () => catchments.catalog.current().version;
  const schoolsListening = await listenOnFreePort(withObservability(schools.app, logs.schools.observability, { trustIncomingId: true }));
  const catchmentsListening = await listenOnFreePort(withObservability(catchments.app, logs.catchments.observability, { trustIncomingId: true }));
  listening.push(schoolsListening, catchmentsListening);
  catchmentsBase = catchmentsListening.baseUrl;

  // The gateway's database with command monitoring, as its main.ts opens it.
  const monitored = await connectMongo(withCommandMonitoring(gatewayDb!.uri), gatewayDb!.name);
  stops.push(() => monitored.close());
  monitorDatabase(monitored.getClient(), logs.gateway.observability.metrics);
  const keys = await loadOrCreateLocalKeys(mkdtempSync(path.join(os.tmpdir(), 'obs-gateway-keys-')));
  const issuer = { issuer: 'zsgk-test', audience: 'zsgk-gateway' };
  await ensureAccounts(monitored, [{ username: 'obs-officer', displayName: '观测', role: 'BUREAU', districtCode: '370812', password: PASSWORD }]);
  const gateway = await createGateway({
    subgraphUrls: {
      schools: `${schoolsListening.baseUrl}/graphql`,
      catchments: `${catchmentsListening.baseUrl}/graphql`,
      admissions: 'http://127.0.0.1:1/graphql',
    },
    identitySecret: TEST_IDENTITY_SECRET,
    connection: monitored,
    verifyToken: createTokenVerifier({ localPublicJwk: keys.publicJwk, ...issuer }),
    rate: { perSecond: 1, burst: 30 },
    accounts: { keys, ...issuer },
  });
  stops.push(() => gateway.stop());
  const gatewayListening = await listenOnFreePort(observeGateway(gateway.app, logs.gateway.observability));
  listening.unshift(gatewayListening);
  gatewayBase = gatewayListening.baseUrl;
}, 60_000);

afterAll(async () => {
  for (const l of listening) await l.close();
  for (const stop of stops) await stop();
  await Promise.all(databases.map((d) => d.drop()));
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function metricsOf(base: string): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/**
 * /metrics once the series reaches `expected`, or after 2 s: a request is counted when its response
 * has gone out, which the next process may see before the counting one has run its handler.
 */
async function metricsWhen(base: string, name: string, labels: Record<string, string>, expected: number): Promise<string> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const text = await metricsOf(base);
    if (valueOf(text, name, labels) >= expected || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The sum of the series of `name` with these labels in a Prometheus text exposition (0 when none):
 * a subgraph sees one operation under the gateway's planned name or, through the fast path, the client's.
 */
function valueOf(text: string, name: string, labels: Record<string, string>): number {
  const lines = text.split('\n').filter((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return lines.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

describe('a request through the gateway', () => {
  it('when a parent locates an address, then the gateway and catchments log it under the same request id, and the answer names it', async () => {
    const response = await post(`${gatewayBase}/graphql`, { query: LOCATE, operationName: 'LocateHome', variables: { lng: 116.59, lat: 35.55 } }, { 'x-request-id': 'client-chosen-id-123' });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/); // made at the edge, not the client's
    const gatewayLine = logs.gateway.lines.find((l) => l.msg === 'request' && l.reqId === requestId);
    expect(gatewayLine).toMatchObject({ service: 'gateway', method: 'POST', path: '/graphql', status: 200, operation: 'LocateHome' });
    expect(gatewayLine!.ms).toEqual(expect.any(Number));
    const subgraphLine = logs.catchments.lines.find((l) => l.msg === 'request' && l.reqId === requestId);
    expect(subgraphLine).toMatchObject({ service: 'catchments', method: 'POST', path: '/graphql', status: 200 });
    expect(subgraphLine!.operation).toMatch(/LocateHome/); // the gateway's planned name, or the client's through the fast path
    expect(logs.schools.lines.some((l) => l.reqId === requestId)).toBe(false); // locate never asks schools
  });

  it('when /metrics is scraped after requests, then each process counts them, catchments shows its zone index and the gateway its database', async () => {
    const before = valueOf(await metricsOf(catchmentsBase), 'http_requests_total', { route: '/graphql', status: '200' });
    await post(`${gatewayBase}/graphql`, { query: LOCATE, operationName: 'LocateHome', variables: { lng: 116.6, lat: 35.56 } });
    const catchments = await metricsWhen(catchmentsBase, 'http_requests_total', { route: '/graphql', status: '200' }, before + 1);
    expect(valueOf(catchments, 'http_requests_total', { route: '/graphql', status: '200' })).toBe(before + 1);
    expect(valueOf(catchments, 'zone_index_version', { service: 'catchments' })).toBe(catalogVersion());
    expect(catchments).toMatch(/zone_index_age_seconds\{service="catchments"\} \d/);
    expect(catchments).toMatch(/zone_index_zones\{service="catchments"\} 0/);
    const gateway = await metricsOf(gatewayBase);
    expect(valueOf(gateway, 'http_requests_total', { route: '/graphql', operation: 'LocateHome', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(valueOf(gateway, 'http_request_duration_seconds_count', { route: '/graphql', operation: 'LocateHome', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(valueOf(gateway, 'db_command_duration_seconds_count', { command: 'find', outcome: 'ok' })).toBeGreaterThan(0);
  });

  it('when a subgraph answers an error, then graphql_errors_total counts it by code', async () => {
    const before = valueOf(await metricsOf(catchmentsBase), 'graphql_errors_total', { code: 'BAD_USER_INPUT' });
    const response = await post(`${gatewayBase}/graphql`, { query: LOCATE, variables: { lng: 500, lat: 35.5 } });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(valueOf(await metricsWhen(catchmentsBase, 'graphql_errors_total', { code: 'BAD_USER_INPUT' }, before + 1), 'graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(before + 1);
  });

  it('when an officer signs in with a password and queries with the bearer token, then neither appears in any log line', async () => {
    const signIn = await post(`${gatewayBase}/auth/sign-in`, { username: 'obs-officer', password: PASSWORD });
    expect(signIn.status).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const cookie = signIn.headers.getSetCookie().join('; ');
    const answer = await post(`${gatewayBase}/graphql`, { query: '{ registerChanges(districtCode: "370812") { id } }' }, { authorization: `Bearer ${accessToken}`, cookie });
    expect(answer.status).toBe(200);
    const requestId = answer.headers.get('x-request-id');
    expect(logs.schools.lines.some((l) => l.msg === 'request' && l.reqId === requestId)).toBe(true);
    const everything = JSON.stringify([...logs.gateway.lines, ...logs.schools.lines, ...logs.catchments.lines]);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(accessToken.split('.')[2]); // the token's signature
    expect(everything).toContain('/auth/sign-in');
  });

  it('when a client goes over the rate limit, then the refusals are counted', async () => {
    let refused = 0;
    for (let i = 0; i < 40 && refused === 0; i++) {
      const response = await fetch(`${gatewayBase}/templates/none`);
      if (response.status === 429) refused++;
    }
    expect(refused).toBe(1);
    expect(valueOf(await metricsOf(gatewayBase), 'rate_limit_refusals_total', { route: '/templates' })).toBeGreaterThanOrEqual(1);
  });

  it('when /metrics is asked through a proxy, then the gateway refuses it rather than publish its internals', async () => {
    const response = await fetch(`${gatewayBase}/metrics`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(response.status).toBe(403);
  });
});
