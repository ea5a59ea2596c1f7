import { generateDistrict, makeGazetteer, readDemoBoundary } from '@zsgk/demo-district';
import { approve, publishBoundary, publishSet, REVIEWER, TEST_BOUNDARIES } from './catchmentsServer';
import { BUREAU, GEOCODE, IMPORT_GAZETTEER, startGazetteerServer } from './gazetteerServer';

let harness: Awaited<ReturnType<typeof startGazetteerServer>>;
const { wgs84, name } = readDemoBoundary('370812');
const demo = generateDistrict({ boundary: wgs84, districtCode: '370812', districtName: name });
const { rows, csv } = makeGazetteer(demo);

beforeAll(async () => {
  // Only 370812: the real 兖州区 boundary replaces its test box (and would overlap the 370811 test box).
  harness = await startGazetteerServer(null, { '370812': TEST_BOUNDARIES['370812']! });
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await harness.client.request(query, variables, BUREAU);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  await publishBoundary(harness.client, '370812', wgs84.geometry, {}, name);
  for (const stage of ['PRIMARY', 'JUNIOR'] as const) {
    const imported = await call(`mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId } }`, {
      input: { districtCode: '370812', year: 2026, stage, content: JSON.stringify(demo.catchments[stage]), sampleData: true },
    });
    await publishSet(harness.client, imported.importCatchments.setId);
  }
  const gazetteer = await call(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: csv, sampleData: true } });
  expect(gazetteer.importGazetteer).toMatchObject({ accepted: true, imported: rows.length, problems: [] });
  await approve(harness.client, gazetteer.importGazetteer.review.id, REVIEWER);
});
afterAll(() => harness.stop());

const geocode = async (text: string, stage = 'PRIMARY') => (await harness.client.request(GEOCODE, { text, stage })).data!.geocode;

describe('the sample gazetteer of 兖州区', () => {
  it('when each compound is typed with the district prefix, then it is the first candidate and its PRIMARY zone is the one it lies in', async () => {
    for (const row of rows.filter((r) => r.kind === 'COMPOUND')) {
      const [first] = (await geocode(`兖州区${row.name}`)).candidates;
      expect(first).toMatchObject({ name: row.name, score: 1 });
      expect(first.zones).toEqual([
        expect.objectContaining(row.primaryZone ? { source: 'GAZETTEER_ASSIGNMENT', overridesPolygon: false, catchment: { name: row.primaryZone } } : { source: 'POLYGON' }),
      ]);
    }
  });

  it('when a house number on a sample street is odd or even, then the zone on that side answers', async () => {
    const [odd, even] = rows.filter((r) => r.kind === 'STREET_RANGE');
    expect((await geocode(`${odd!.name}${odd!.to}号`)).candidates[0].zones[0].catchment.name).toBe(odd!.primaryZone);
    expect((await geocode(`${even!.name}${even!.to}号`)).candidates[0].zones[0].catchment.name).toBe(even!.primaryZone);
  });
});
