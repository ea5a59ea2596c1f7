import { createHash } from 'node:crypto';
import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(() => system?.stop());

const QUERY = '{ locate(lng: 116.79, lat: 35.55) { nearBoundary } }';
const hash = createHash('sha256').update(QUERY).digest('hex');
const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));

describe('public reads', () => {
  it('when an anonymous query succeeds, then it carries a public cache-control; a signed-in one is no-store', async () => {
    const anonymous = await fetch(`${system.gatewayBaseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60');
    const signedIn = await fetch(`${system.gatewayBaseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token({ role: 'BUREAU', subject: 'b', districtCode: '370812' })}` },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
  });

  it('when a persisted query is registered once, then a GET with only its hash is answered and cacheable', async () => {
    const get = () =>
      fetch(`${system.gatewayBaseUrl}/graphql?extensions=${extensions}`, { headers: { 'apollo-require-preflight': 'true' } });
    const unknown = await (await get()).json() as any;
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await fetch(`${system.gatewayBaseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const known = await get();
    expect(await known.json()).toEqual({ data: { locate: { nearBoundary: false } } });
    expect(known.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('when a bureau corrects published rules, then an anonymous caller reads the correction reason beside each version through the gateway', async () => {
    const IMPORT = 'mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { review { id } } }';
    const APPROVE = 'mutation($id: ID!) { approveBureauChange(id: $id) { status } }';
    const [clerk, reviewer] = await Promise.all(['clerk', 'reviewer'].map((subject) => system.token({ role: 'BUREAU', subject, districtCode: '370812' })));
    const row = { year: 2026, stage: 'SENIOR', title: '兖州区2026年普通高中招生方案', admissionMethod: '按中考成绩择优录取', interpretation: '高中招生政策解读' };
    for (const rows of [[row], [{ ...row, admissionMethod: '按中考成绩与综合素质评价录取', correctionReason: '补充综合素质评价要求' }]]) {
      const submitted = await system.gateway.request(IMPORT, { input: { districtCode: '370812', content: JSON.stringify(rows) } }, undefined, { authorization: `Bearer ${clerk}` });
      const approved = await system.gateway.request(APPROVE, { id: submitted.data!.importEnrolmentRules.review.id }, undefined, { authorization: `Bearer ${reviewer}` });
      expect(approved.data!.approveBureauChange.status).toBe('PUBLISHED');
    }
    const read = await system.gateway.request('{ enrolmentRules(districtCode: "370812", year: 2026, stage: SENIOR, includeSuperseded: true) { version status correctionReason } }');
    expect(read.errors).toBeUndefined();
    expect(read.data!.enrolmentRules).toEqual([
      { version: 2, status: 'PUBLISHED', correctionReason: '补充综合素质评价要求' },
      { version: 1, status: 'SUPERSEDED', correctionReason: null },
    ]);
  });

  it('when a GET arrives without a CSRF-safe header, then it is refused (CSRF prevention on)', async () => {
    const res = await fetch(`${system.gatewayBaseUrl}/graphql?query=${encodeURIComponent(QUERY)}`);
    expect(res.status).toBe(400);
  });
});
