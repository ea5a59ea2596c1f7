import { createHash } from 'node:crypto';
import { generateDistrict, loadDemoDistrict, readDemoBoundary, type DemoDistrict } from '@zsgk/demo-district';
import { PUBLIC } from '@zsgk/identity';
import { listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from '../../test/support/startSystem';
import { createGateway } from '../src/createGateway';

// The fast path (src/fastPath) against the full path: one system, two gateways in front of the same
// subgraphs, one with the fast path (the default) and one without. Every answer must be byte-identical.

const LOCATE = 'query Locate($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { year nearBoundary nearestEdgeMeters matches { edgeDistanceMeters catchment { id name boundaryText allocationMethod } } } }';
/** Needs the schools subgraph after catchments (an entity step): never the fast path. */
const LOCATE_WITH_SCHOOLS = 'query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { matches { catchment { name schools { id name } } } } }';

let system: Awaited<ReturnType<typeof startSystem>>;
let full: { baseUrl: string; close(): Promise<void>; stop(): Promise<void> };
let fast: Awaited<ReturnType<typeof createGateway>>;
let fastUrl: string;
let demo: DemoDistrict;

beforeAll(async () => {
  system = await startSystem();
  const boundary = readDemoBoundary('370812');
  demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, seed: 7 });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  const common = { subgraphUrls: system.urls, identitySecret: TEST_IDENTITY_SECRET, connection: system.databases.gateway.connection, verifyToken: async () => PUBLIC, rate: { perSecond: 1000, burst: 1000 } };
  fast = await createGateway({ ...common });
  fastUrl = (await listenOnFreePort(fast.app)).baseUrl;
  const fullGateway = await createGateway({ ...common, fastPath: false });
  const fullListening = await listenOnFreePort(fullGateway.app);
  full = { baseUrl: fullListening.baseUrl, close: fullListening.close, stop: fullGateway.stop };
}, 180_000);
afterAll(async () => {
  await full?.close();
  await full?.stop();
  await fast?.stop();
  await system?.stop();
});

const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');

/** Registers the query on a gateway (POST with text and hash), as Apollo Client's persisted-query link does. */
async function register(baseUrl: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(query) } } }),
  });
  expect(res.status).toBe(200);
}

async function getPersisted(baseUrl: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(query) } }));
  const res = await fetch(`${baseUrl}/graphql?extensions=${extensions}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return { status: res.status, body: await res.text(), cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type'), cors: res.headers.get('access-control-allow-origin') };
}

/** The same GET on both gateways (after each has seen the hash once), and how many the fast path answered. */
async function both(query: string, variables: Record<string, unknown>, headers?: Record<string, string>) {
  const before = fast.fastPathServed();
  const [fastAnswer, fullAnswer] = [await getPersisted(fastUrl, query, variables, headers), await getPersisted(full.baseUrl, query, variables, headers)];
  return { fastAnswer, fullAnswer, servedFast: fast.fastPathServed() - before };
}

describe('the fast path for single-subgraph persisted queries', () => {
  beforeAll(async () => {
    for (const baseUrl of [fastUrl, full.baseUrl]) {
      const point = demo.sampleAddresses[0]!;
      await register(baseUrl, LOCATE, { lng: point.lng, lat: point.lat });
      await register(baseUrl, LOCATE_WITH_SCHOOLS, { lng: point.lng, lat: point.lat });
    }
  });

  it('when anonymous callers locate several addresses by hash, then the fast path answers byte for byte as the full path, with the same headers', async () => {
    await getPersisted(fastUrl, LOCATE, { lng: 116.79, lat: 35.55 }); // first sight of the hash after registration: planned by the full path
    const points = [...demo.sampleAddresses.slice(0, 5).map((a) => ({ lng: a.lng, lat: a.lat })), { lng: 116.0, lat: 30.0 }];
    for (const point of points) {
      const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE, point, { origin: 'http://localhost:8080' });
      expect(servedFast).toBe(1);
      expect(fastAnswer).toEqual(fullAnswer);
      expect(fastAnswer.status).toBe(200);
      expect(JSON.parse(fastAnswer.body).data.locate).toHaveProperty('matches');
    }
    const inside = await both(LOCATE, { lng: demo.sampleAddresses[0]!.lng, lat: demo.sampleAddresses[0]!.lat });
    expect(JSON.parse(inside.fastAnswer.body).data.locate.matches.length).toBeGreaterThan(0);
    expect(inside.fastAnswer.cacheControl).toBe('public, max-age=60');
  });

  it('when the web map POSTs the query text, then from the second request on the fast path answers, byte for byte', async () => {
    const post = async (baseUrl: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: LOCATE, variables }) });
      return { status: res.status, body: await res.text(), cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type') };
    };
    await post(fastUrl, { lng: 116.79, lat: 35.55 });
    for (const address of demo.sampleAddresses.slice(3, 6)) {
      const point = { lng: address.lng, lat: address.lat };
      const before = fast.fastPathServed();
      const [fastAnswer, fullAnswer] = [await post(fastUrl, point), await post(full.baseUrl, point)];
      expect(fast.fastPathServed() - before).toBe(1);
      expect(fastAnswer).toEqual(fullAnswer);
      expect(JSON.parse(fastAnswer.body).data.locate.matches.length).toBeGreaterThan(0);
    }
  });

  it('when the plan needs a second subgraph (an entity step), then the full path answers it', async () => {
    const point = { lng: demo.sampleAddresses[1]!.lng, lat: demo.sampleAddresses[1]!.lat };
    await getPersisted(fastUrl, LOCATE_WITH_SCHOOLS, point);
    const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE_WITH_SCHOOLS, point);
    expect(servedFast).toBe(0);
    expect(fastAnswer).toEqual(fullAnswer);
    expect(JSON.parse(fastAnswer.body).data.locate.matches[0].catchment.schools.length).toBeGreaterThan(0);
  });

  it('when the subgraph answers with an error, then the caller gets the error of the full path, byte for byte', async () => {
    const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE, { lng: 500, lat: 35.55 });
    expect(servedFast).toBe(0);
    expect(fastAnswer).toEqual(fullAnswer);
    expect(JSON.parse(fastAnswer.body).errors.length).toBeGreaterThan(0);
  });

  it('when a variable does not match its type, then the gateway refuses it as the full path does and the subgraph is not asked', async () => {
    const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE, { lng: 'east', lat: 35.55 });
    expect(servedFast).toBe(0);
    expect(fastAnswer).toEqual(fullAnswer);
    expect(fastAnswer.status).toBe(400);
    expect(JSON.parse(fastAnswer.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('when a signed-in caller or a hash the gateway has not planned arrives, then the fast path leaves it to the full path', async () => {
    const before = fast.fastPathServed();
    const unknown = await getPersisted(fastUrl, '{ locate(lng: 1, lat: 2) { year } }', {});
    expect(JSON.parse(unknown.body).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const token = await system.token({ role: 'BUREAU', subject: 'b', districtCode: '370812' });
    const signedInGateway = await getPersisted(system.gatewayBaseUrl, LOCATE, { lng: 116.79, lat: 35.55 }, { authorization: `Bearer ${token}` });
    expect(JSON.parse(signedInGateway.body).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND'); // another gateway: its own registry
    expect(fast.fastPathServed()).toBe(before);
  });

  it('when the subgraph is down, then the answer is that of the full path, naming the service, and it comes back by itself', async () => {
    const point = { lng: demo.sampleAddresses[2]!.lng, lat: demo.sampleAddresses[2]!.lat };
    await system.stopSubgraph('catchments');
    try {
      const started = Date.now();
      const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE, point);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(servedFast).toBe(0);
      expect(fastAnswer).toEqual(fullAnswer);
      const error = JSON.parse(fastAnswer.body).errors[0];
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { service: 'catchments' } });
    } finally {
      await system.restartSubgraph('catchments');
    }
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the fast path skips a failed subgraph for 1 s
    const { fastAnswer, fullAnswer, servedFast } = await both(LOCATE, point);
    expect(servedFast).toBe(1);
    expect(fastAnswer).toEqual(fullAnswer);
  });
});
