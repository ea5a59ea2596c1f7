import area from '@turf/area';
import { BUREAU, IMPORT, PUBLISH, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer();
});
afterAll(() => harness.stop());

const S1 = '3708120001';
const S2 = '3708120002';
const OTHER_BUREAU = { role: 'BUREAU', subject: 'someone-else', districtCode: '370811' } as const;

async function draft(year: number, features: unknown[]): Promise<string> {
  const res = await harness.client.request(
    IMPORT,
    { input: { districtCode: '370812', year, stage: 'PRIMARY', sourceDocument: `兖教发〔${year}〕1号`, content: JSON.stringify({ type: 'FeatureCollection', features }) } },
    BUREAU,
  );
  expect(res.data!.importCatchments.accepted).toBe(true);
  return res.data!.importCatchments.setId;
}

const SET = `query($id: ID!) { zoneSet(id: $id) { id version status publishedAt catchments { name status sourceDocument schools { id } } } }`;
const SETS = `{ zoneSets(districtCode: "370812", stage: PRIMARY) { year version status } }`;
const CHANGES = `query($from: ID!, $to: ID!) { zoneSetChanges(fromSetId: $from, toSetId: $to) {
  from { version } to { version } unchanged
  added { name } removed { name }
  reshaped { before { name version } after { name version } areaGainedSquareMeters areaLostSquareMeters }
  areaMoved { fromSchools { id } toSchools { id } areaSquareMeters geometry }
} }`;

// Version 1: 西区 (S1) | 东区 (S2) split at lng 116.80. Version 2 moves the strip 116.79–116.80 to 东区
// and adds 北区. 2027 keeps version 2's shape.
const v1 = () => [squareZone('西区', [S1], [116.78, 35.54, 116.8, 35.56]), squareZone('东区', [S2], [116.8, 35.54, 116.82, 35.56])];
const v2 = () => [
  squareZone('西区', [S1], [116.78, 35.54, 116.79, 35.56]),
  squareZone('东区', [S2], [116.79, 35.54, 116.82, 35.56]),
  squareZone('北区', [S2], [116.78, 35.56, 116.82, 35.58]),
];
const strip = { type: 'Polygon' as const, coordinates: [[[116.79, 35.54], [116.8, 35.54], [116.8, 35.56], [116.79, 35.56], [116.79, 35.54]]] };

describe('zone-set lifecycle', () => {
  let first: string;
  let second: string;

  it('when a set is drafted, then its bureau can preview it and nobody else can see it', async () => {
    first = await draft(2026, v1());
    const preview = await harness.client.request(SET, { id: first }, BUREAU);
    expect(preview.data!.zoneSet).toMatchObject({ version: 1, status: 'DRAFT', publishedAt: null });
    expect(preview.data!.zoneSet.catchments.map((c: any) => [c.name, c.status])).toEqual([['东区', 'DRAFT'], ['西区', 'DRAFT']]);
    expect((await harness.client.request(SET, { id: first })).data!.zoneSet).toBeNull();
    expect((await harness.client.request(SET, { id: first }, OTHER_BUREAU)).data!.zoneSet).toBeNull();
    expect((await harness.client.request(SETS)).data!.zoneSets).toEqual([]);
    expect((await harness.client.request(SETS, {}, BUREAU)).data!.zoneSets).toEqual([{ year: 2026, version: 1, status: 'DRAFT' }]);
  });

  it('when a set is submitted, then nothing is public until a second officer approves it', async () => {
    const submitted = await harness.client.request(PUBLISH, { id: first }, BUREAU);
    expect(submitted.data!.publishCatchmentSet).toMatchObject({ status: 'SUBMITTED', kind: 'ZONE_SET', recordKey: '370812:2026:PRIMARY', submittedBy: 'planner-1' });
    expect((await harness.client.request(SETS)).data!.zoneSets).toEqual([]);
    const approved = await harness.client.request(
      `mutation($id: ID!) { approveCatchmentChange(id: $id) { status reviewedBy publishedVersion zoneSet { id status } } }`,
      { id: submitted.data!.publishCatchmentSet.id },
      REVIEWER,
    );
    expect(approved.data!.approveCatchmentChange).toEqual({ status: 'PUBLISHED', reviewedBy: 'planner-2', publishedVersion: 1, zoneSet: { id: first, status: 'PUBLISHED' } });
  });

  it('when a new version is published, then the old one is SUPERSEDED and still readable by everyone', async () => {
    second = await draft(2026, v2());
    await publishSet(harness.client, second);
    const published = await harness.client.request(SET, { id: second });
    expect(published.data!.zoneSet.catchments.map((c: any) => c.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
    const old = (await harness.client.request(SET, { id: first })).data!.zoneSet;
    expect(old.status).toBe('SUPERSEDED');
    expect(old.publishedAt).toEqual(expect.any(String));
    expect(old.catchments.map((c: any) => [c.status, c.sourceDocument])).toEqual([['SUPERSEDED', '兖教发〔2026〕1号'], ['SUPERSEDED', '兖教发〔2026〕1号']]);
    expect((await harness.client.request(SETS)).data!.zoneSets).toEqual([
      { year: 2026, version: 2, status: 'PUBLISHED' },
      { year: 2026, version: 1, status: 'SUPERSEDED' },
    ]);
  });

  it('when two versions are compared, then added, reshaped and the ground moved between schools are exact', async () => {
    const res = await harness.client.request(CHANGES, { from: first, to: second });
    expect(res.errors).toBeUndefined();
    const changes = res.data!.zoneSetChanges;
    const stripArea = area(strip);
    expect(changes).toMatchObject({ from: { version: 1 }, to: { version: 2 }, unchanged: 0, added: [{ name: '北区' }], removed: [] });
    const reshaped = Object.fromEntries(changes.reshaped.map((r: any) => [r.after.name, r]));
    expect(reshaped['西区'].areaGainedSquareMeters).toBe(0);
    expect(reshaped['西区'].areaLostSquareMeters).toBeCloseTo(stripArea, -1);
    expect(reshaped['东区'].areaGainedSquareMeters).toBeCloseTo(stripArea, -1);
    expect(reshaped['东区'].before.version).toBe(1);
    expect(changes.areaMoved).toHaveLength(1);
    expect(changes.areaMoved[0]).toMatchObject({ fromSchools: [{ id: S1 }], toSchools: [{ id: S2 }] });
    expect(changes.areaMoved[0].areaSquareMeters).toBeCloseTo(stripArea, -1);
    expect(area(changes.areaMoved[0].geometry)).toBeCloseTo(stripArea, -1);
  });

  it("when next year's set is published, then this year's stays readable and lookups by year answer from each", async () => {
    const next = await draft(2027, [squareZone('全区', [S1], [116.78, 35.54, 116.82, 35.58])]);
    await publishSet(harness.client, next);
    const LOCATE = `query($year: Int) { locate(lng: 116.795, lat: 35.55, stage: PRIMARY, year: $year) { year matches { catchment { name year } } } }`;
    expect((await harness.client.request(LOCATE, { year: 2026 })).data!.locate.matches).toEqual([{ catchment: { name: '东区', year: 2026 } }]);
    expect((await harness.client.request(LOCATE, {})).data!.locate).toEqual({ year: 2027, matches: [{ catchment: { name: '全区', year: 2027 } }] });
    const listed = await harness.client.request(`{ catchments(districtCode: "370812", year: 2026, stage: PRIMARY) { name status } }`);
    expect(listed.data!.catchments.map((c: any) => c.name)).toEqual(['北区', '东区', '西区']);
  });

  it('when an older draft is published after a newer version, then it is refused rather than rolling back', async () => {
    const stale = await draft(2026, v1()); // version 3
    const newer = await draft(2026, v2()); // version 4
    await publishSet(harness.client, newer);
    const res = await harness.client.request(PUBLISH, { id: stale }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'setId' });
    expect(res.errors![0]!.message).toContain('Version 4');
  });

  it('when coverage is asked without a school register, then the report says what it could not check', async () => {
    const res = await harness.client.request(
      `query($id: ID!) { coverageReport(setId: $id) { districtAreaSquareMeters gaps { areaSquareMeters } schoolsChecked schoolsWithoutZone { id } notes } }`,
      { id: second },
      BUREAU,
    );
    expect(res.data!.coverageReport).toMatchObject({
      schoolsChecked: false,
      schoolsWithoutZone: [],
      notes: ['schools without a zone were not checked: no school register (SCHOOLS_URL) is configured'],
    });
  });

  it('when a draft is compared by the public, then it is not found', async () => {
    const hidden = await draft(2026, v1());
    const res = await harness.client.request(CHANGES, { from: first, to: hidden });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'toSetId' });
  });
});
