import { approve, REVIEWER } from './catchmentsServer';
import { BUREAU, GEOCODE, IMPORT_GAZETTEER, publishTwoZones, startGazetteerServer } from './gazetteerServer';

let harness: Awaited<ReturnType<typeof startGazetteerServer>>;
const EDGE_5M = 116.8 + 5 / 90_600; // ~90.6 km per degree of longitude at 35.55°N

beforeAll(async () => {
  harness = await startGazetteerServer();
  await publishTwoZones(harness.client);
  const csv = [
    '类型,名称,别名,起号,止号,单双号,经度,纬度,小学学区',
    '小区,幸福小区,幸福里,,,,116.79,35.55,东区', // lies in 西区, assigned to 东区
    '小区,龙城花园,,,,,116.81,35.55,',
    '小区,边界小区,,,,,' + EDGE_5M + ',35.55,',
    '路段,建设路,,1,99,单号,,,西区',
    '路段,建设路,,2,98,双号,,,东区',
  ].join('\n');
  const res = await harness.client.request(IMPORT_GAZETTEER, { input: { districtCode: '370812', year: 2026, content: csv } }, BUREAU);
  expect(res.data!.importGazetteer).toMatchObject({ accepted: true, version: 1, imported: 5, problems: [] });
  await approve(harness.client, res.data!.importGazetteer.review.id, REVIEWER);
});
afterAll(() => harness.stop());

const geocode = async (text: string, variables: Record<string, unknown> = {}) => {
  const res = await harness.client.request(GEOCODE, { text, ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.geocode;
};
const zonesOf = (candidate: any) => candidate.zones.map((z: any) => [z.catchment.name, z.source, z.overridesPolygon]);

describe('geocode', () => {
  it('when an odd house number on 建设路 is typed with province, city, district and full-width digits, then the 单号 range assigns 西区', async () => {
    const answer = await geocode('山东省济宁市兖州区建设路３７号');
    expect(answer).toMatchObject({ normalized: '建设路37号', street: '建设路', houseNumber: 37, year: 2026, gazetteerVersion: 1 });
    expect(answer.candidates[0]).toMatchObject({ kind: 'STREET_RANGE', name: '建设路', score: 1, fromNumber: 1, toNumber: 99, parity: 'ODD', lng: null });
    expect(zonesOf(answer.candidates[0])).toEqual([['西区', 'GAZETTEER_ASSIGNMENT', false]]);
  });

  it('when an even house number on 建设路 is typed, then the 双号 range assigns 东区', async () => {
    const answer = await geocode('建设路38号');
    expect(answer.candidates[0]).toMatchObject({ parity: 'EVEN' });
    expect(zonesOf(answer.candidates[0])).toEqual([['东区', 'GAZETTEER_ASSIGNMENT', false]]);
  });

  it('when a compound is assigned to another zone than the polygon at its point, then the assignment wins and says it overrides the polygon', async () => {
    const answer = await geocode('幸福小区三号楼2单元');
    expect(answer).toMatchObject({ building: '3', unit: 2 });
    expect(answer.candidates[0]).toMatchObject({ kind: 'COMPOUND', name: '幸福小区', score: 1, lng: 116.79, lat: 35.55 });
    expect(zonesOf(answer.candidates[0])).toEqual([['东区', 'GAZETTEER_ASSIGNMENT', true]]);
  });

  it('when an alias is typed, then it finds its compound', async () => {
    expect((await geocode('幸福里')).candidates[0]).toMatchObject({ name: '幸福小区', matchedName: '幸福里', score: 1 });
  });

  it('when a compound has no assignment and its name is mistyped, then it is still the best candidate and its zone comes from the polygon', async () => {
    const answer = await geocode('龙成花园');
    expect(answer.candidates[0].name).toBe('龙城花园');
    expect(answer.candidates[0].score).toBeLessThan(1);
    expect(answer.candidates[0].score).toBeGreaterThan(0.3);
    expect(zonesOf(answer.candidates[0])).toEqual([['东区', 'POLYGON', false]]);
    expect(answer.candidates[0].zones[0].nearBoundary).toBe(false);
  });

  it('when a compound lies 5 m from the shared edge, then its polygon zone is flagged near the boundary', async () => {
    const [candidate] = (await geocode('边界小区')).candidates;
    expect(candidate.zones).toEqual([
      expect.objectContaining({ source: 'POLYGON', nearBoundary: true, catchment: { name: '东区' } }),
    ]);
    expect(candidate.zones[0].edgeDistanceMeters).toBeGreaterThan(4);
    expect(candidate.zones[0].edgeDistanceMeters).toBeLessThan(6);
  });

  it('when asked for the JUNIOR stage, which has no zones here, then candidates come without zones', async () => {
    const answer = await geocode('龙城花园', { stage: 'JUNIOR' });
    expect(answer.candidates[0].zones).toEqual([]);
  });

  it('when nothing in the gazetteer resembles the text, then there are no candidates', async () => {
    expect((await geocode('人民医院')).candidates).toEqual([]);
  });

  it('when a year has no published zones, then the district\'s gazetteer (one for every year) still finds the address and gives it no zone', async () => {
    const answer = await geocode('幸福小区', { year: 2025 });
    expect(answer).toMatchObject({ year: 2025, gazetteerVersion: 1 });
    expect(answer.candidates[0]).toMatchObject({ name: '幸福小区', zones: [] });
  });

  it.each([
    ['text', { text: ' ' }],
    ['text', { text: '幸'.repeat(201) }],
    ['limit', { text: '幸福小区', limit: 0 }],
    ['year', { text: '幸福小区', year: 1990 }],
  ])('when %s is out of range, then the error names it', async (field, variables) => {
    const res = await harness.client.request(GEOCODE, variables);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
