import { IDENTITY_HEADER, signIdentity } from '@zsgk/identity';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

const IMPORT = `mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted created change { id } problems { row field reason } } }`;
const row = (id: string, districtCode = '370812') => ({
  id,
  name: `测试学校${id.slice(-3)}`,
  stages: ['PRIMARY'],
  ownership: 'PUBLIC',
  districtCode,
  address: '兖州区建设路1号',
  location: districtCode === '370812' ? { lng: 116.79, lat: 35.55 } : { lng: 117.7, lat: 39.0 },
  enquiryPhone: '0537-3412345',
  supervisionPhone: '0537-3419999',
  petitionAddress: '教育局信访室',
});
const importAs = async (token: string | null, districtCode: string, rows: unknown[], route = '/graphql') =>
  fetch(`${system.gatewayBaseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: IMPORT, variables: { input: { districtCode, format: 'JSON', content: JSON.stringify(rows) } } }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
const bureauX = { role: 'BUREAU', subject: 'clerk-x', districtCode: '370812' } as const;
const reviewerX = { role: 'BUREAU', subject: 'reviewer-x', districtCode: '370812' } as const;
/** Register changes are published when a second officer of the district approves them. */
const approve = async (changeId: string) => {
  const res = await system.gateway.request('mutation($id: ID!) { approveRegisterChange(id: $id) { id } }', { id: changeId }, undefined, {
    authorization: `Bearer ${await system.token(reviewerX)}`,
  });
  expect(res.errors).toBeUndefined();
};
const countSchools = async () => (await system.gateway.request('{ schools(first: 1) { totalCount } }')).data!.schools.totalCount;

describe('gateway security', () => {
  it('when an anonymous caller sends a mutation, then it is refused and nothing is written', async () => {
    const res = await importAs(null, '370812', [row('2137089001')]);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await countSchools()).toBe(0);
  });

  it('when a bureau of district X writes its own district, then it is accepted; for district Y, then it is refused', async () => {
    const token = await system.token(bureauX);
    const own = (await importAs(token, '370812', [row('2137089002')])).body.data.importSchools;
    expect(own).toMatchObject({ accepted: true, created: 1 });
    await approve(own.change.id);
    const other = await importAs(token, '120116', [row('1201169001', '120116')]);
    expect(other.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await countSchools()).toBe(1);
  });

  it('when a school user writes another school (or the register at all), then it is refused', async () => {
    const token = await system.token({ role: 'SCHOOL', subject: 'head-a', schoolId: '2137089002' });
    const res = await importAs(token, '370812', [row('2137089003')]);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('when a token is expired, wrongly signed or missing a claim, then the request is refused with 401', async () => {
    const expired = await system.token(bureauX, '-1m');
    const res = await importAs(expired, '370812', [row('2137089004')]);
    expect(res.status).toBe(401);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', field: 'authorization' } });
    // Change the payload (district 370812 → 370813), keeping the signature: it no longer verifies.
    // (Flipping the signature's last character would not do: base64url's final bits can be padding.)
    const [header, payload, signature] = (await system.token(bureauX)).split('.');
    const forgedPayload = Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('370812', '370813')).toString('base64url');
    const tampered = `${header}.${forgedPayload}.${signature}`;
    expect((await importAs(tampered, '370812', [row('2137089005')])).status).toBe(401);
  });

  it('when a client sends the internal identity header itself, then it is treated as PUBLIC', async () => {
    const variables = { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([row('2137089006')]) } };
    // Signed for exactly the request the schools subgraph would receive, so only forwarding could make it count.
    const request = { method: 'POST', url: system.urls.schools, body: JSON.stringify({ query: IMPORT, variables }) };
    const forged = await signIdentity(bureauX, 'not-the-secret-not-the-secret-not-the-secret', request);
    const genuine = await signIdentity(bureauX, TEST_IDENTITY_SECRET, request); // even a correctly signed one is not forwarded
    for (const header of [forged, genuine]) {
      const res = await system.gateway.request(IMPORT, variables, undefined, { [IDENTITY_HEADER]: header });
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('when a subgraph is called directly without the gateway signature, then the caller is PUBLIC only', async () => {
    const body = JSON.stringify({ query: IMPORT, variables: { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([row('2137089007')]) } } });
    const guessed = await signIdentity(bureauX, 'guessed-secret-guessed-secret-guessed-secret', { method: 'POST', url: system.urls.schools, body });
    const direct = await fetch(system.urls.schools, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: guessed },
      body,
    }).then((r) => r.json() as any);
    expect(direct.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const read = await fetch(system.urls.schools, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ schools(first: 5) { totalCount } }' }),
    }).then((r) => r.json() as any);
    expect(read.data.schools.totalCount).toBe(1);
  });

  it('when NoSQL-injection shapes are sent as arguments, then they are literal text or refused as input, never operators', async () => {
    const objectForString = await system.gateway.request('query($id: ID!) { school(id: $id) { id } }', { id: { $gt: '' } });
    expect(objectForString.errors![0]!.extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    for (const text of ['{"$gt": ""}', '$where', "'; return true; '", '.*']) {
      const res = await system.gateway.request('query($d: String) { schools(filter: { districtCode: $d }) { totalCount } }', { d: text });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.districtCode' });
      const byId = await system.gateway.request('query($id: ID!) { school(id: $id) { id } }', { id: text });
      expect(byId.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('when a non-bureau caller uses the bulk-import route, then it is stopped before the body is read', async () => {
    const anonymous = await importAs(null, '370812', [row('2137089008')], '/graphql/import');
    expect(anonymous.status).toBe(401);
    const school = await importAs(await system.token({ role: 'SCHOOL', subject: 's', schoolId: '2137089002' }), '370812', [row('2137089008')], '/graphql/import');
    expect(school.status).toBe(403);
    const bureau = await importAs(await system.token(bureauX), '370812', [row('2137089008')], '/graphql/import');
    expect(bureau.body.data.importSchools.accepted).toBe(true);
  });

  it('when mutations happen, then the bureau reads them in its audit log, and others cannot', async () => {
    // A school user's refused attempt, with no district in its arguments: filed under its school's district.
    const schoolToken = await system.token({ role: 'SCHOOL', subject: 'head-b', schoolId: '2137089002' });
    const attempt = await fetch(`${system.gatewayBaseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${schoolToken}` },
      body: JSON.stringify({ query: 'mutation { closeSchool(id: "2137089002", closedOn: "2026-09-01", reason: "test") { warnings } }' }),
    }).then((r) => r.json() as any);
    expect(attempt.errors[0].extensions.code).toBe('FORBIDDEN');
    const token = await system.token(bureauX);
    const res = await fetch(`${system.gatewayBaseUrl}/audit?limit=50`, { headers: { authorization: `Bearer ${token}` } });
    const { entries } = (await res.json()) as { entries: any[] };
    expect(entries.some((e) => e.fields.includes('importSchools') && e.outcome === 'OK' && e.subject === 'clerk-x')).toBe(true);
    expect(entries.some((e) => e.role === 'PUBLIC' && e.outcome === 'ERROR' && e.errorCodes.includes('UNAUTHENTICATED'))).toBe(true);
    expect(entries.some((e) => e.role === 'SCHOOL' && e.schoolId === '2137089002' && e.fields.includes('closeSchool'))).toBe(true);
    expect(entries.every((e) => e.districtCode === '370812')).toBe(true);
    expect((await fetch(`${system.gatewayBaseUrl}/audit`)).status).toBe(401);
  });
});
