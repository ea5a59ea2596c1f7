import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@zsgk/db';
import { IMPORT, publishSet, startCatchmentsServer, TEST_BOUNDARIES } from './catchmentsServer';

// The real district boundaries of 天津市 (GCJ-02, as published by the map providers), imported as zones.
const FILE = path.join(findRepoRoot(), 'data', 'district-boundaries', 'tianjin-120000-gcj02.geojson');
const TIANJIN_BUREAU = { role: 'BUREAU', subject: 'planner-tj', districtCode: '120000' } as const;

let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  // 天津市 as the district the zones are checked against: a box around the whole city.
  harness = await startCatchmentsServer({}, { ...TEST_BOUNDARIES, '120000': [116.5, 38.4, 118.2, 40.4] });
});
afterAll(() => harness.stop());

const upload = (repair: boolean) =>
  harness.client.request(
    IMPORT,
    { input: { districtCode: '120000', year: 2026, stage: 'PRIMARY', crs: 'GCJ02', content: fs.readFileSync(FILE, 'utf8'), repair } },
    TIANJIN_BUREAU,
  );

describe('importing the real Tianjin district boundaries as zones', () => {
  it('when imported as filed, then exactly 北辰区 and 宁河区 are named for self-intersection and nothing is stored', async () => {
    const report = (await upload(false)).data!.importCatchments;
    expect(report).toMatchObject({ accepted: false, imported: 0, setId: null, repairs: [] });
    expect(report.problems).toEqual([
      { index: 9, reason: expect.stringMatching(/^边界自相交：第 1 块和第 2 块图形重叠或共用一段边/) },
      { index: 13, reason: expect.stringMatching(/^边界自相交：第 1 块和第 2 块图形重叠或共用一段边/) },
    ]);
    expect(await harness.database.connection.collection('zones').countDocuments()).toBe(0);
    expect(await harness.database.connection.collection('zone_sets').countDocuments()).toBe(0);
  });

  it('when repairs are requested, then all 16 import and each repair is listed with its feature', async () => {
    const report = (await upload(true)).data!.importCatchments;
    expect(report).toMatchObject({ accepted: true, imported: 16, problems: [], schoolCodesChecked: false });
    expect(report.notes).toEqual(['未核对学校标识码：未配置学校名册服务地址（SCHOOLS_URL）']);
    const resolved = report.repairs.filter((r: any) => r.repair === 'RESOLVE_SELF_INTERSECTION');
    expect(resolved.map((r: any) => [r.index, r.name])).toEqual([[9, '北辰区'], [13, '宁河区']]);
    for (const r of resolved) expect(r.detail).toMatch(/MultiPolygon of 2 parts \(\d+ positions\) → Polygon with 1 hole\(s\)/);
    // The file winds its outer rings clockwise; RFC 7946 wants counter-clockwise. Every other district
    // is only rewound (红桥区 has two parts); the two dissolved ones come out of the union already wound.
    const rewound = report.repairs.filter((r: any) => r.repair === 'REWIND').map((r: any) => r.index);
    expect(rewound).toEqual([0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 10, 11, 12, 14, 15]);
    expect(report.repairs).toHaveLength(rewound.length + 2);

    await publishSet(harness.client, report.setId, TIANJIN_BUREAU);
    // 北辰区 government, WGS-84 (about 39.225 N, 117.135 E): in 北辰区 only.
    const located = await harness.client.request('{ locate(lng: 117.135, lat: 39.225, stage: PRIMARY) { matches { catchment { name } } } }');
    expect(located.data!.locate.matches.map((m: any) => m.catchment.name)).toEqual(['北辰区']);
  });

  it('when 北辰区 is imported as a district boundary, then it is refused as filed and stored with the repair listed when asked', async () => {
    const BEICHEN = { role: 'BUREAU', subject: 'planner-bc', districtCode: '120113' } as const;
    const IMPORT_DISTRICT = `mutation($input: DistrictImportInput!) {
      importDistrictBoundary(input: $input) { accepted district { name boundary } problems { index name reason } repairs { index repair } }
    }`;
    const input = (repair: boolean) => ({ districtCode: '120113', crs: 'GCJ02', content: fs.readFileSync(FILE, 'utf8'), repair });
    const refused = (await harness.client.request(IMPORT_DISTRICT, { input: input(false) }, BEICHEN)).data!.importDistrictBoundary;
    expect(refused).toMatchObject({ accepted: false, district: null, repairs: [], problems: [{ index: 9, name: '北辰区' }] });
    const stored = (await harness.client.request(IMPORT_DISTRICT, { input: input(true) }, BEICHEN)).data!.importDistrictBoundary;
    expect(stored).toMatchObject({ accepted: true, problems: [], repairs: [{ index: 9, repair: 'RESOLVE_SELF_INTERSECTION' }] });
    expect(stored.district.boundary.type).toBe('Polygon');
    expect(stored.district.boundary.coordinates).toHaveLength(2); // the shell and the hole between the old parts
  });
});
