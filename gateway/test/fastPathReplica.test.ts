import { createHash } from 'node:crypto';
import { generateDistrict, loadDemoDistrict, makeGazetteer, mulberry32, readDemoBoundary, type DemoDistrict } from '@zsgk/demo-district';
import { IDENTITY_HEADER, PUBLIC, signIdentity } from '@zsgk/identity';
import { listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from '../../test/support/startSystem';
import { createGateway } from '../src/createGateway';
import { CatchmentsReplica } from '../src/replica';

// The catchments read replica in the gateway (src/replica) against the full path: one system, two
// gateways in front of the same subgraphs, one answering PUBLIC `locate` in process from its own copy
// of the published zones, one with the fast path off. Every answer must be byte-identical, also
// right after a new zone set is published (once the replica's poll has seen it).

const POLL_MS = 200;
const LOCATE = 'query Locate($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { year nearBoundary nearestEdgeMeters matches { edgeDistanceMeters catchment { id name boundaryText allocationMethod } } nearestCatchments { edgeDistanceMeters catchment { name } } district { code name } } }';
/** `recordId` needs the publication log, which only the subgraph reads: forwarded. */
const LOCATE_RECORD = 'query LocateRecord($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) { matches { catchment { name recordId } } } }';
/** Answered in process too when `geocode` is in the replica's fields (no external geocoder here, as in the test system). */
const GEOCODE = 'query Geocode($text: String!) { geocode(text: $text, districtCode: "370812") { text normalized clearMatch candidates { id name kind match score } } }';
/** A root field outside the replica's list: forwarded. */
const CATCHMENTS = 'query Zones($districtCode: String!) { catchments(districtCode: $districtCode, stage: PRIMARY) { id name } }';

let system: Awaited<ReturnType<typeof startSystem>>;
let full: { baseUrl: string; close(): Promise<void>; stop(): Promise<void> };
let replicated: Awaited<ReturnType<typeof createGateway>>;
let replicatedUrl: string;
let demo: DemoDistrict;

beforeAll(async () => {
  system = await startSystem();
  const boundary = readDemoBoundary('370812');
  demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, seed: 7, years: [2026] });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  const common = { subgraphUrls: system.urls, identitySecret: TEST_IDENTITY_SECRET, connection: system.databases.gateway.connection, verifyToken: async () => PUBLIC, rate: { perSecond: 1000, burst: 1000 } };
  replicated = await createGateway({
    ...common,
    catchmentsReplica: { connection: system.databases.gateway.connection, dbName: system.databases.catchments.name, pollMs: POLL_MS, nearBoundaryMeters: 30, fields: ['locate', 'geocode'] },
  });
  replicatedUrl = (await listenOnFreePort(replicated.app)).baseUrl;
  const fullGateway = await createGateway({ ...common, fastPath: false });
  const fullListening = await listenOnFreePort(fullGateway.app);
  full = { baseUrl: fullListening.baseUrl, close: fullListening.close, stop: fullGateway.stop };
  for (const baseUrl of [replicatedUrl, full.baseUrl]) {
    for (const [query, variables] of [[LOCATE, pointOf(0)], [LOCATE_RECORD, pointOf(0)], [CATCHMENTS, { districtCode: '370812' }], [GEOCODE, { text: '不存在的路1号' }]] as const) {
      await register(baseUrl, query, variables);
      await getPersisted(baseUrl, query, variables); // planned once by the full path
    }
  }
}, 180_000);
afterAll(async () => {
  await full?.close();
  await full?.stop();
  await replicated?.stop();
  await system?.stop();
});

const hashOf = (query: string) => createHash('sha256').update(query).digest('hex');
const pointOf = (i: number) => ({ lng: demo.sampleAddresses[i]!.lng, lat: demo.sampleAddresses[i]!.lat });

async function register(baseUrl: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(query) } } }),
  });
  expect(res.status).toBe(200);
}

async function getPersisted(baseUrl: string, query: string, variables: Record<string, unknown>) {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(query) } }));
  const res = await fetch(`${baseUrl}/graphql?extensions=${extensions}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
    headers: { 'apollo-require-preflight': 'true', origin: 'http://localhost:8080' },
  });
  return { status: res.status, body: await res.text(), cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type'), cors: res.headers.get('access-control-allow-origin') };
}

/** The same GET on both gateways, and how many the replica answered in process. */
async function both(query: string, variables: Record<string, unknown>) {
  const [servedBefore, inProcessBefore] = [replicated.fastPathServed(), replicated.replicaAnswered()];
  const [replicaAnswer, fullAnswer] = [await getPersisted(replicatedUrl, query, variables), await getPersisted(full.baseUrl, query, variables)];
  return { replicaAnswer, fullAnswer, inProcess: replicated.replicaAnswered() - inProcessBefore, forwarded: replicated.fastPathServed() - servedBefore - (replicated.replicaAnswered() - inProcessBefore) };
}

/** Points the bench uses too: the sample addresses, then seeded points around them (some in no zone). */
function points(count: number): { lng: number; lat: number }[] {
  const random = mulberry32(3);
  const samples = demo.sampleAddresses.map((a) => ({ lng: a.lng, lat: a.lat }));
  const result = [...samples];
  while (result.length < count) {
    const base = samples[result.length % samples.length]!;
    result.push({ lng: Math.round((base.lng + (random() - 0.5) * 0.08) * 1e6) / 1e6, lat: Math.round((base.lat + (random() - 0.5) * 0.08) * 1e6) / 1e6 });
  }
  return result;
}

describe('the catchments read replica in the gateway', () => {
  it('when anonymous callers locate many points by hash, then the replica answers in process, byte for byte as the full path, with the same headers', async () => {
    expect(replicated.replica?.version()).toBeGreaterThan(0);
    let inside = 0;
    for (const point of points(40)) {
      const { replicaAnswer, fullAnswer, inProcess } = await both(LOCATE, point);
      expect(inProcess).toBe(1);
      expect(replicaAnswer).toEqual(fullAnswer);
      expect(replicaAnswer.status).toBe(200);
      if (JSON.parse(replicaAnswer.body).data.locate.matches.length) inside++;
    }
    expect(inside).toBeGreaterThan(5);
  });

  it('when the web map POSTs the query text, then from the second request on the replica answers in process, byte for byte', async () => {
    const post = async (baseUrl: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: LOCATE, operationName: 'Locate', variables }) });
      return { status: res.status, body: await res.text(), cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type') };
    };
    await post(replicatedUrl, pointOf(0)); // planned by the full path
    for (const point of points(16).slice(10)) {
      const before = replicated.replicaAnswered();
      const [replicaAnswer, fullAnswer] = [await post(replicatedUrl, point), await post(full.baseUrl, point)];
      expect(replicated.replicaAnswered() - before).toBe(1);
      expect(replicaAnswer).toEqual(fullAnswer);
    }
  });

  it('when anonymous callers geocode addresses, then the replica answers in process, byte for byte as the full path', async () => {
    let found = 0;
    const rows = makeGazetteer(demo).rows;
    const texts = [...rows.slice(0, 4).map((r) => (r.kind === 'STREET_RANGE' ? `${r.name}${r.from ?? 1}号` : r.name)), '不存在的路999号'];
    for (const text of texts) {
      const { replicaAnswer, fullAnswer, inProcess } = await both(GEOCODE, { text });
      expect(inProcess).toBe(1);
      expect(replicaAnswer).toEqual(fullAnswer);
      if (JSON.parse(replicaAnswer.body).data.geocode.candidates.length) found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('when a query needs what only the subgraph has (the publication record, another root field), then it is forwarded and the answer is the same', async () => {
    for (const [query, variables] of [[LOCATE_RECORD, pointOf(1)], [CATCHMENTS, { districtCode: '370812' }]] as const) {
      const { replicaAnswer, fullAnswer, inProcess, forwarded } = await both(query, variables);
      expect(inProcess).toBe(0);
      expect(forwarded).toBe(1);
      expect(replicaAnswer).toEqual(fullAnswer);
      expect(replicaAnswer.body).toContain('"data"');
    }
  });

  it('when the point is refused by the resolver, then the caller gets the error of the full path, byte for byte', async () => {
    const { replicaAnswer, fullAnswer, inProcess } = await both(LOCATE, { lng: 500, lat: 35.55 });
    expect(inProcess).toBe(0);
    expect(replicaAnswer).toEqual(fullAnswer);
    expect(JSON.parse(replicaAnswer.body).errors.length).toBeGreaterThan(0);
  });

  it(`when a new zone set is published, then within the poll interval (${POLL_MS} ms) the replica answers from it, byte for byte as the subgraph`, async () => {
    const versionBefore = replicated.replica!.version();
    const renamed = { ...demo.catchments.PRIMARY, features: demo.catchments.PRIMARY.features.map((f) => ({ ...f, properties: { ...f.properties, name: `${f.properties.name}（二版）` } })) };
    const clerk = asBureau('replica-clerk');
    const imported = await clerk(IMPORT_ZONES, { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify(renamed), sampleData: true } });
    expect(imported.importCatchments.accepted).toBe(true);
    const review = (await clerk(PUBLISH_ZONES, { setId: imported.importCatchments.setId })).publishCatchmentSet;
    await asBureau('replica-reviewer')(APPROVE, { id: review.id });
    const published = Date.now();
    while (replicated.replica!.version() === versionBefore) {
      expect(Date.now() - published).toBeLessThan(POLL_MS + 2000); // the poll, plus reading and indexing the set on a loaded machine
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const point = pointOf(0);
    const { replicaAnswer, fullAnswer, inProcess } = await both(LOCATE, point);
    expect(inProcess).toBe(1);
    expect(replicaAnswer).toEqual(fullAnswer);
    expect(JSON.parse(replicaAnswer.body).data.locate.matches[0].catchment.name).toContain('（二版）');
  });

  it('when the replica reads a database with nothing published (CATCHMENTS_DB wrong), then it answers nothing and every query is forwarded', async () => {
    const empty = await CatchmentsReplica.open({ connection: system.databases.gateway.connection, dbName: `${system.databases.catchments.name}_not_there`, pollMs: POLL_MS, nearBoundaryMeters: 30, fields: ['locate'] });
    try {
      expect(empty.version()).toBe(0);
      expect(await empty.answer(LOCATE, 'Locate', pointOf(0))).toBeUndefined();
    } finally {
      empty.stop();
    }
  });

  it('when the catchments subgraph is down, then the replica still answers locate', async () => {
    const point = pointOf(2);
    const before = await getPersisted(replicatedUrl, LOCATE, point);
    await system.stopSubgraph('catchments');
    try {
      const during = await getPersisted(replicatedUrl, LOCATE, point);
      expect(during).toEqual(before);
    } finally {
      await system.restartSubgraph('catchments');
    }
  });
});

function asBureau(subject: string) {
  return async (query: string, variables: Record<string, unknown>) => {
    const url = system.urls.catchments;
    const body = JSON.stringify({ query, variables });
    const identity = { role: 'BUREAU', subject, districtCode: '370812' } as const;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(identity, TEST_IDENTITY_SECRET, { method: 'POST', url, body }) }, body });
    const answer = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (answer.errors?.length || !answer.data) throw new Error(`${url}: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
}

const IMPORT_ZONES = `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }`;
const PUBLISH_ZONES = `mutation($setId: ID!) { publishCatchmentSet(setId: $setId) { id } }`;
const APPROVE = `mutation($id: ID!) { approveCatchmentChange(id: $id) { id status } }`;
