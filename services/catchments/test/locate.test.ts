import { BUREAU, IMPORT, publishBoundary, publishSet, squareZone, startCatchmentsServer } from './catchmentsServer';

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;

// Two squares sharing the edge lng = 116.80; the west one has a hole.
const west = squareZone('西区', ['3708120001'], [116.78, 35.54, 116.8, 35.56], [[[116.785, 35.545], [116.787, 35.545], [116.787, 35.547], [116.785, 35.547], [116.785, 35.545]]]);
const east = squareZone('东区', ['3708120002', '3708120003'], [116.8, 35.54, 116.82, 35.56]);

beforeAll(async () => {
  harness = await startCatchmentsServer();
  const imported = await harness.client.request(IMPORT, {
    input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features: [west, east] }) },
  }, BUREAU);
  expect(imported.data!.importCatchments).toMatchObject({ accepted: true, imported: 2, version: 1 });
  await publishSet(harness.client, imported.data!.importCatchments.setId);
  const district = await publishBoundary(harness.client, '370812', squareZone('', [], [116.7, 35.5, 116.9, 35.7]).geometry, {
    contact: { department: ' 兖州区教育和体育局 ', enquiryPhone: '0537-3400000', supervisionPhone: '', address: null },
  });
  expect(district.report.district.contact).toEqual({ department: '兖州区教育和体育局', enquiryPhone: '0537-3400000' });
  expect(district.approved).toMatchObject({ status: 'PUBLISHED', publishedVersion: 2 });
});
afterAll(() => harness.stop());

const LOCATE = `query($lng: Float!, $lat: Float!) {
  locate(lng: $lng, lat: $lat, stage: PRIMARY) {
    year nearBoundary nearestEdgeMeters
    matches { edgeDistanceMeters catchment { name allocationMethod schools { id } } }
    nearbyCatchments { name }
  }
}`;
const locate = async (lng: number, lat: number) => (await harness.client.request(LOCATE, { lng, lat })).data!.locate;

describe('locate', () => {
  it('when a point is well inside one zone, then that zone alone is returned, not near a boundary', async () => {
    const answer = await locate(116.81, 35.55);
    expect(answer.year).toBe(2026);
    expect(answer.matches.map((m: any) => m.catchment.name)).toEqual(['东区']);
    expect(answer.matches[0].catchment).toMatchObject({ allocationMethod: 'LOTTERY', schools: [{ id: '3708120002' }, { id: '3708120003' }] });
    expect(answer.nearBoundary).toBe(false);
  });

  it('when a point lies on the shared edge, then both zones are returned and flagged near the boundary', async () => {
    const answer = await locate(116.8, 35.55);
    expect(answer.matches.map((m: any) => m.catchment.name).sort()).toEqual(['东区', '西区']);
    expect(answer.nearBoundary).toBe(true);
    expect(answer.nearestEdgeMeters).toBe(0);
  });

  it('when a point is 10 m from the shared edge, then it matches one zone and names the other as nearby', async () => {
    const answer = await locate(116.8 + 10 / 90_600, 35.55); // ~90.6 km per degree of longitude at 35.55°N
    expect(answer.matches.map((m: any) => m.catchment.name)).toEqual(['东区']);
    expect(answer.nearbyCatchments.map((c: any) => c.name)).toEqual(['西区']);
    expect(answer.nearestEdgeMeters).toBeGreaterThan(9);
    expect(answer.nearestEdgeMeters).toBeLessThan(11);
  });

  it('when a point is in a hole or outside every zone, then nothing matches', async () => {
    expect((await locate(116.786, 35.546)).matches).toEqual([]);
    expect((await locate(116.9, 35.7)).matches).toEqual([]);
  });

  it('when a point is in no zone, then the nearest zones and their schools come back with the bureau contact', async () => {
    const res = await harness.client.request(`{ locate(lng: 116.83, lat: 35.55, stage: PRIMARY) {
      matches { catchment { name } }
      nearestCatchments { edgeDistanceMeters catchment { name } }
      nearestSchools { id }
      district { code contact { department enquiryPhone supervisionPhone address website } }
    } }`);
    const answer = res.data!.locate;
    expect(answer.matches).toEqual([]);
    // 0.01° of longitude at 35.55°N ≈ 906 m to 东区; 西区 is ~2.7 km farther, still within 5 km.
    expect(answer.nearestCatchments.map((n: any) => n.catchment.name)).toEqual(['东区', '西区']);
    expect(answer.nearestCatchments[0].edgeDistanceMeters).toBeGreaterThan(900);
    expect(answer.nearestCatchments[0].edgeDistanceMeters).toBeLessThan(912);
    expect(answer.nearestSchools).toEqual([{ id: '3708120002' }, { id: '3708120003' }, { id: '3708120001' }]);
    expect(answer.district).toEqual({
      code: '370812',
      contact: { department: '兖州区教育和体育局', enquiryPhone: '0537-3400000', supervisionPhone: null, address: null, website: null },
    });
  });

  it('when a point matches a zone, then no nearest zones are offered', async () => {
    const answer = (await harness.client.request('{ locate(lng: 116.81, lat: 35.55) { nearestCatchments { catchment { name } } nearestSchools { id } } }')).data!.locate;
    expect(answer).toEqual({ nearestCatchments: [], nearestSchools: [] });
  });

  it('when a point is outside China, then the error says so and names the argument', async () => {
    const res = await harness.client.request(LOCATE, { lng: 2.35, lat: 48.85 });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lng' });
  });
});
