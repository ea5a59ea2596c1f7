import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { approveOrThrow, BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

/**
 * A stand-in for the catchments subgraph's public `district(code)` query (its contract, not its
 * database): 370812 has a square boundary around (116.8, 35.55); every other code is unknown.
 */
async function startCatchmentsStub() {
  const requests: { query: string; variables: { code: string } }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = JSON.parse(body);
      requests.push(request);
      const district =
        request.variables.code === '370812'
          ? { name: '兖州区', boundary: { type: 'Polygon', coordinates: [[[116.75, 35.5], [116.85, 35.5], [116.85, 35.6], [116.75, 35.6], [116.75, 35.5]]] } }
          : null;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { district } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Imports rows and, when a change is submitted, has another officer of that district approve it. */
const importRows = async (harness: Awaited<ReturnType<typeof startSchoolsServer>>, rows: unknown[], identity: any = BUREAU, districtCode = '370812') => {
  const res = await harness.client.request(IMPORT, { input: { districtCode, format: 'JSON', content: JSON.stringify(rows) } }, identity);
  const change = res.data?.importSchools?.change;
  if (change) await approveOrThrow(harness.client, change.id, { ...identity, subject: `${identity.subject}-reviewer` });
  return res;
};

describe('the within-district location check', () => {
  let stub: Awaited<ReturnType<typeof startCatchmentsStub>>;
  let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
  beforeAll(async () => {
    stub = await startCatchmentsStub();
    harness = await startSchoolsServer({ catchmentsUrl: stub.url });
  });
  afterAll(async () => {
    await harness.stop();
    await stub.close();
  });

  it('when a school lies more than 1 km outside its district, then its row is refused saying how far, and nothing is written', async () => {
    const res = await importRows(harness, [schoolRow(1), schoolRow(2, { location: { lng: 116.95, lat: 35.55 } })]);
    expect(res.data!.importSchools).toMatchObject({ accepted: false, warnings: [] });
    expect(res.data!.importSchools.problems).toEqual([{ row: 2, field: 'location', reason: expect.stringMatching(/^位置在兖州区边界外 9\.\d\d 公里/) }]);
    expect(stub.requests[0]).toMatchObject({ query: expect.stringContaining('district(code: $code)'), variables: { code: '370812' } });
  });

  it('when schools lie inside or within 1 km of the boundary, then they are accepted without warnings', async () => {
    const res = await importRows(harness, [schoolRow(3), schoolRow(4, { location: { lng: 116.855, lat: 35.55 } })]);
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 2, warnings: [] });
  });

  it('when the catchments service does not know the district, then the check is skipped with a warning', async () => {
    const tianjin = { role: 'BUREAU', subject: 'tj', districtCode: '120116' };
    const row = schoolRow(5, { id: '1201160005', districtCode: '120116', location: { lng: 117.7, lat: 39.0 } });
    const res = await importRows(harness, [row], tianjin, '120116');
    expect(res.data!.importSchools).toMatchObject({ accepted: true, warnings: [expect.stringContaining('划片服务中没有本区的边界')] });
  });

  it('when a single school is moved outside its district, then the update is refused naming the location', async () => {
    const res = await harness.client.request(
      'mutation($id: ID!, $patch: SchoolPatch!) { updateSchool(id: $id, patch: $patch) { school { version } } }',
      { id: '3708120003', patch: { location: { lng: 117.2, lat: 35.55 } } },
      BUREAU,
    );
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/^「位置（经纬度）」位置在兖州区边界外 \d+\.\d 公里/), extensions: { code: 'BAD_USER_INPUT', field: 'patch.location' } });
  });
});

it('when the catchments service is unreachable, then the import goes on and the report warns that the check was skipped', async () => {
  const stub = await startCatchmentsStub();
  await stub.close();
  const harness = await startSchoolsServer({ catchmentsUrl: stub.url });
  try {
    const res = await importRows(harness, [schoolRow(6)]);
    expect(res.data!.importSchools).toMatchObject({
      accepted: true,
      warnings: ['未核对学校位置是否在本区边界内（划片服务无法连接（ECONNREFUSED）），只核对了位置在中国境内'],
    });
  } finally {
    await harness.stop();
  }
});
