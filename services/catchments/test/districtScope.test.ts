import { openDistrictSettings } from '@zsgk/publication';
import { HttpSchoolRegister } from '../src/register/HttpSchoolRegister';
import { BUREAU, IMPORT, IMPORT_DISTRICT, PUBLISH, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';
import { startSchoolRegisterStub } from './schoolRegisterStub';

// 370812 spans 116.6–117.0 E, 370811 116.2–116.6 E (both 35.4–35.7 N): see TEST_BOUNDARIES.
const NEIGHBOUR = { role: 'BUREAU', subject: 'n-1', districtCode: '370811' } as const;
const NEIGHBOUR_REVIEWER = { role: 'BUREAU', subject: 'n-2', districtCode: '370811' } as const;
const OURS = '3708120001';
const THEIRS = '3708110001';

let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  register = await startSchoolRegisterStub([
    { id: OURS, name: '兖州区第一小学', districtCode: '370812', stages: ['PRIMARY'], status: 'OPEN' },
    { id: THEIRS, name: '任城区第一小学', districtCode: '370811', stages: ['PRIMARY'], status: 'OPEN' },
  ]);
  harness = await startCatchmentsServer({ schoolRegister: new HttpSchoolRegister(register.url) });
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

const importZones = (identity: { districtCode: string }, features: unknown[], year = 2026) =>
  harness.client.request(
    IMPORT,
    { input: { districtCode: identity.districtCode, year, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) } },
    identity as never,
  );
const audit = async (districtCode: string) =>
  (await harness.client.request(
    `query($d: String!) { catchmentAudit(districtCode: $d) { action outcome code actor districtCode target summary } }`,
    { d: districtCode },
    { role: 'BUREAU', subject: 'auditor', districtCode },
  )).data!.catchmentAudit as { action: string; outcome: string; code: string | null; actor: string; target: string | null; summary: string }[];
const refusalIn = async (districtCode: string, action: string, message: string) =>
  (await audit(districtCode)).find((e) => e.action === action && e.outcome === 'REFUSED' && e.summary === message);

describe('district scope of zone sets', () => {
  it('when 370811 draws a zone inside 370812, then it is refused naming the zone, the area outside and 370812, and audited under 370812', async () => {
    const res = await importZones(NEIGHBOUR, [squareZone('越界区', [THEIRS], [116.78, 35.54, 116.8, 35.56])]);
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.content' });
    expect(error.message).toMatch(/^「越界区」有 \d+ 平方米位于 370811 区边界之外（容差 50 米），落在 370812 区$/);
    expect(error.extensions!.details.zones[0]).toMatchObject({ index: 0, name: '越界区', intoDistricts: ['370812'] });
    expect(error.extensions!.details.zones[0].outsideSquareMeters).toBeGreaterThan(3_000_000);
    expect(await refusalIn('370812', 'importCatchments', error.message)).toMatchObject({ actor: 'n-1', code: 'FORBIDDEN' });
  });

  it('when a zone pokes 20 m beyond its boundary, then it is within the tolerance; 300 m is refused with the area outside', async () => {
    const degrees = (m: number) => m / 90_000;
    const within = await importZones(BUREAU, [squareZone('边缘区', [OURS], [116.9, 35.6, 117.0 + degrees(20), 35.65])]);
    expect(within.data!.importCatchments).toMatchObject({ accepted: true, schoolCodesChecked: true });
    const beyond = await importZones(BUREAU, [squareZone('边缘区', [OURS], [116.9, 35.6, 117.0 + degrees(300), 35.65])]);
    expect(beyond.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const outside = beyond.errors![0]!.extensions!.details.zones[0].outsideSquareMeters;
    expect(outside).toBeGreaterThan(1_300_000); // ≈ 300 m × 5.55 km, less nothing: the tolerance only drops slivers
    expect(outside).toBeLessThan(1_800_000);
  });

  it('when 370811 names a 370812 school, then it is refused naming the school and its district, and audited under 370812', async () => {
    const res = await importZones(NEIGHBOUR, [squareZone('任城一区', [THEIRS, OURS], [116.3, 35.5, 116.35, 35.55])]);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708120001（兖州区第一小学）属于 370812 区，不属于 370811 区', extensions: { code: 'FORBIDDEN' } });
    expect(await refusalIn('370812', 'importCatchments', res.errors![0]!.message)).toBeDefined();
  });

  it('when a zone names a school not in the register, then it is refused naming it (NOT_FOUND), audited under the district', async () => {
    const res = await importZones(NEIGHBOUR, [squareZone('任城二区', ['3708119999'], [116.3, 35.5, 116.35, 35.55])]);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708119999 不在学校名册中', extensions: { code: 'NOT_FOUND' } });
    expect(await refusalIn('370811', 'importCatchments', res.errors![0]!.message)).toBeDefined();
  });

  it("when 370811 submits or approves 370812's set, then it is refused naming the set and 370812, audited under 370812", async () => {
    const setId = (await importZones(BUREAU, [squareZone('西区', [OURS], [116.78, 35.54, 116.8, 35.56])])).data!.importCatchments.setId;
    const submit = await harness.client.request(PUBLISH, { id: setId }, NEIGHBOUR);
    expect(submit.errors![0]).toMatchObject({ message: `划片方案 ${setId} 属于 370812 区，不属于 370811 区`, extensions: { code: 'FORBIDDEN' } });
    expect(await refusalIn('370812', 'publishCatchmentSet', submit.errors![0]!.message)).toBeDefined();

    const item = (await harness.client.request(PUBLISH, { id: setId }, BUREAU)).data!.publishCatchmentSet.id;
    for (const [mutation, variables] of [
      ['mutation($id: ID!) { approveCatchmentChange(id: $id) { id } }', { id: item }],
      ['mutation($id: ID!) { returnCatchmentChange(id: $id, reason: "不行") { id } }', { id: item }],
    ] as const) {
      const res = await harness.client.request(mutation, variables, NEIGHBOUR);
      expect(res.errors![0]).toMatchObject({ message: `审核事项 ${item} 属于 370812 区，不属于 370811 区`, extensions: { code: 'FORBIDDEN' } });
    }
    expect((await audit('370812')).filter((e) => e.target === item && e.outcome === 'REFUSED').map((e) => e.action).sort()).toEqual([
      'approveCatchmentChange',
      'returnCatchmentChange',
    ]);
    const returned = await harness.client.request('mutation($id: ID!) { returnCatchmentChange(id: $id, reason: "四至文字待核") { status returnReason } }', { id: item }, REVIEWER);
    expect(returned.data!.returnCatchmentChange).toEqual({ status: 'RETURNED', returnReason: '四至文字待核' });
  });

  it("when 370811 imports 370812's boundary or gazetteer, then it is refused and audited under 370812", async () => {
    const boundary = await harness.client.request(IMPORT_DISTRICT, { input: { districtCode: '370812', content: '{"type":"FeatureCollection","features":[]}' } }, NEIGHBOUR);
    expect(boundary.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.districtCode' });
    expect(await refusalIn('370812', 'importDistrictBoundary', boundary.errors![0]!.message)).toBeDefined();
    const gazetteer = await harness.client.request(
      `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted } }`,
      { input: { districtCode: '370812', year: 2026, content: 'name,lng,lat\n幸福小区,116.79,35.55' } },
      NEIGHBOUR,
    );
    expect(gazetteer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await refusalIn('370812', 'importGazetteer', gazetteer.errors![0]!.message)).toBeDefined();
  });

  it("when 370811 widens its boundary over 370812's ground, then it is refused naming 370812 and audited there; sharing an edge is fine", async () => {
    const boundary = (x1: number) => ({
      input: {
        districtCode: '370811',
        content: JSON.stringify({ type: 'FeatureCollection', features: [{ ...squareZone('任城区', [], [116.2, 35.4, x1, 35.7]), properties: { adcode: '370811', name: '任城区' } }] }),
      },
    });
    const wider = await harness.client.request(IMPORT_DISTRICT, boundary(116.7), NEIGHBOUR);
    expect(wider.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(wider.errors![0]!.message).toMatch(/^370811 区的新边界有 \d+ 平方米落在 370812 区（区370812）已发布的边界内（容差 50 米）$/);
    expect(await refusalIn('370812', 'importDistrictBoundary', wider.errors![0]!.message)).toBeDefined();
    const same = await harness.client.request(IMPORT_DISTRICT, boundary(116.6), NEIGHBOUR);
    expect(same.data!.importDistrictBoundary).toMatchObject({ accepted: true, review: { status: 'SUBMITTED' } });
  });

  it("when 370811's gazetteer places a compound inside 370812, then the row is refused naming it and audited under 370812", async () => {
    const res = await harness.client.request(
      `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted } }`,
      { input: { districtCode: '370811', year: 2026, content: 'name,lng,lat\n任城小区,116.3,35.5\n越界小区,116.79,35.55' } },
      NEIGHBOUR,
    );
    expect(res.errors![0]).toMatchObject({ message: '第 3 行「越界小区」的位置在 370811 区边界之外（容差 50 米），位于 370812 区', extensions: { code: 'FORBIDDEN' } });
    expect(await refusalIn('370812', 'importGazetteer', res.errors![0]!.message)).toBeDefined();
  });
});

describe('latest published year per district', () => {
  it('when 370811 publishes 2027, then lookups in 370812 without a year still answer from 370812’s latest year', async () => {
    const ours = (await importZones(BUREAU, [squareZone('本区', [OURS], [116.7, 35.6, 116.75, 35.65])])).data!.importCatchments.setId;
    await publishSet(harness.client, ours);
    const theirs = (await importZones(NEIGHBOUR, [squareZone('任城区', [THEIRS], [116.3, 35.6, 116.35, 35.65])], 2027)).data!.importCatchments.setId;
    await publishSet(harness.client, theirs, NEIGHBOUR, NEIGHBOUR_REVIEWER);
    const res = await harness.client.request(`{
      here: locate(lng: 116.72, lat: 35.62) { year matches { catchment { name year } } }
      nowhere: locate(lng: 116.9, lat: 35.45, stage: PRIMARY) { year }
      there: locate(lng: 116.32, lat: 35.62) { year matches { catchment { name } } }
      list: catchments(districtCode: "370812", stage: PRIMARY) { name year }
    }`);
    expect(res.data).toEqual({
      here: { year: 2026, matches: [{ catchment: { name: '本区', year: 2026 } }] },
      nowhere: { year: 2026 },
      there: { year: 2027, matches: [{ catchment: { name: '任城区' } }] },
      list: [{ name: '本区', year: 2026 }],
    });
  });
});

describe('second officer', () => {
  it('when the submitter approves their own change, then it is refused, unless the district published its single-officer setting', async () => {
    const setId = (await importZones(NEIGHBOUR, [squareZone('单人区', [THEIRS], [116.4, 35.6, 116.45, 35.65])], 2028)).data!.importCatchments.setId;
    const item = (await harness.client.request(PUBLISH, { id: setId }, NEIGHBOUR)).data!.publishCatchmentSet.id;
    const APPROVE = 'mutation($id: ID!) { approveCatchmentChange(id: $id) { status reviewedBy } }';
    const alone = await harness.client.request(APPROVE, { id: item }, NEIGHBOUR);
    expect(alone.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(alone.errors![0]!.message).toContain('须由本区另一名工作人员审核');
    await openDistrictSettings(harness.database.connection, harness.ledgerDb).publish({
      districtCode: '370811', singleOfficerAllowed: true, reason: '本区仅一名招生工作人员', actor: 'n-1',
    });
    const allowed = await harness.client.request(APPROVE, { id: item }, NEIGHBOUR);
    expect(allowed.data!.approveCatchmentChange).toEqual({ status: 'PUBLISHED', reviewedBy: 'n-1' });
  });
});
