import { toWgs84 } from '@zsgk/geo';
import type { ExternalGeocoder } from '../src/gazetteer/ExternalGeocoder';
import { approve, REVIEWER } from './catchmentsServer';
import { BUREAU, GEOCODE, IMPORT_GAZETTEER, publishTwoZones, startGazetteerServer } from './gazetteerServer';

let harness: Awaited<ReturnType<typeof startGazetteerServer>>;
const asked: string[] = [];
// Stands in for 天地图: records what it was asked, calls nothing.
const fakeExternal: ExternalGeocoder = {
  name: 'fake',
  geocode: async (text) => {
    asked.push(text);
    return text.includes('人民医院') ? [{ name: '兖州区人民医院', lng: 116.815, lat: 35.545, crs: 'WGS84', score: 0.7 }] : [];
  },
};

beforeAll(async () => {
  harness = await startGazetteerServer(fakeExternal);
  await publishTwoZones(harness.client);
});
afterAll(() => harness.stop());

/** `identity` null: an anonymous caller. An accepted import is approved by a second officer. */
const importCsv = async (lines: string[], extra: Record<string, unknown> = {}, identity: any = BUREAU) => {
  const res = await harness.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: lines.join('\n'), ...extra } }, identity ?? undefined);
  if (res.data?.importGazetteer.accepted) await approve(harness.client, res.data.importGazetteer.review.id, REVIEWER);
  return res;
};
const geocode = async (text: string) => (await harness.client.request(GEOCODE, { text })).data!.geocode;
const entryCount = () => harness.database.connection.collection('gazetteer_entries').countDocuments();

describe('importGazetteer', () => {
  it('when the points are declared GCJ-02, then they are stored converted to WGS-84', async () => {
    const res = await importCsv(['name,lng,lat', '九州花园,116.81,35.55'], { crs: 'GCJ02' });
    expect(res.data!.importGazetteer).toMatchObject({ accepted: true, version: 1, imported: 1 });
    const [candidate] = (await geocode('九州花园')).candidates;
    const [lng, lat] = toWgs84([116.81, 35.55], 'GCJ02');
    expect([candidate.lng, candidate.lat]).toEqual([lng, lat]);
  });

  it('when two rows of many are wrong, then exactly those are named and nothing changes', async () => {
    const before = await entryCount();
    const rows = Array.from({ length: 50 }, (_, i) => `小区${i + 1}号院区,116.81,35.55,`);
    rows[9] = '坏小区,116.81,abc,';
    rows[30] = '错学区小区,116.81,35.55,北区';
    const res = await importCsv(['name,lng,lat,primaryZone', ...rows]);
    expect(res.data!.importGazetteer).toMatchObject({ accepted: false, version: null, imported: 0 });
    expect(res.data!.importGazetteer.problems).toEqual([
      { row: 11, field: 'lat', reason: expect.stringContaining('abc') },
      { row: 32, field: 'primaryZone', reason: expect.stringContaining('北区') },
    ]);
    expect(await entryCount()).toBe(before);
    expect((await geocode('九州花园')).gazetteerVersion).toBe(1);
  });

  it('when a new gazetteer is imported, then it replaces the old one for lookups and the old one stays stored', async () => {
    const res = await importCsv(['name,lng,lat', '龙城花园,116.81,35.55']);
    expect(res.data!.importGazetteer).toMatchObject({ accepted: true, version: 2 });
    const answer = await geocode('龙城花园');
    expect(answer).toMatchObject({ gazetteerVersion: 2, candidates: [expect.objectContaining({ name: '龙城花园', score: 1 })] });
    expect((await geocode('九州花园')).candidates.map((c: any) => c.name)).not.toContain('九州花园');
    expect(await harness.database.connection.collection('gazetteer_sets').countDocuments()).toBe(2);
  });

  it('when the file is not CSV-shaped or empty, then the problem is named at row 1', async () => {
    const res = await importCsv(['name,lng,lat', '"未闭合,116.8,35.5']);
    expect(res.data!.importGazetteer.problems).toEqual([{ row: 1, field: null, reason: expect.stringContaining('引号没有配对') }]);
  });

  it('when the public or another district imports, then it is refused', async () => {
    expect((await importCsv(['name'], {}, null)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const other = { ...BUREAU, districtCode: '370811' };
    expect((await importCsv(['name'], {}, other)).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.districtCode' });
  });
});

describe('geocode with an external geocoder configured', () => {
  it('when the gazetteer has an exact match, then the external geocoder is not asked', async () => {
    asked.length = 0;
    await geocode('龙城花园');
    expect(asked).toEqual([]);
  });

  it('when the gazetteer has no good match, then the external geocoder is asked with the district name and its point is located in the polygons', async () => {
    asked.length = 0;
    const answer = await geocode('人民医院');
    expect(asked).toEqual(['兖州区人民医院']);
    expect(answer.candidates).toEqual([
      expect.objectContaining({ kind: 'EXTERNAL', name: '兖州区人民医院', score: 0.7, lng: 116.815, lat: 35.545 }),
    ]);
    expect(answer.candidates[0].zones).toEqual([expect.objectContaining({ source: 'POLYGON', catchment: { name: '东区' } })]);
  });
});
