import area from '@turf/area';
import { HttpSchoolRegister } from '../src/register/HttpSchoolRegister';
import { BUREAU, IMPORT, publishBoundary, squareZone, startCatchmentsServer } from './catchmentsServer';
import { startSchoolRegisterStub, type StubSchool } from './schoolRegisterStub';

const school = (n: number, stages: string[], status: StubSchool['status'] = 'OPEN'): StubSchool => ({
  id: `37081200${String(n).padStart(2, '0')}`,
  name: `学校${n}`,
  districtCode: '370812',
  stages,
  status,
});
// S1–S4 have zones; S5 is open with none; S6 is closed; S7 is a junior school.
const neighbour: StubSchool = { id: '3708110009', name: '邻区学校', districtCode: '370811', stages: ['PRIMARY'], status: 'OPEN' };
const schools = [school(1, ['PRIMARY']), school(2, ['PRIMARY']), school(3, ['PRIMARY']), school(4, ['PRIMARY', 'JUNIOR']), school(5, ['PRIMARY']), school(6, ['PRIMARY'], 'CLOSED'), school(7, ['JUNIOR'])];
const [S1, S2, S3, S4, S5] = schools.map((s) => s.id);

let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  register = await startSchoolRegisterStub([...schools, neighbour]);
  harness = await startCatchmentsServer({ schoolRegister: new HttpSchoolRegister(register.url) });
  await publishBoundary(harness.client, '370812', squareZone('', [], [116.78, 35.54, 116.82, 35.58]).geometry);
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

const rectangle = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const importRequest = (features: unknown[]) =>
  harness.client.request(
    IMPORT,
    { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features }) } },
    BUREAU,
  );
const importSet = async (features: unknown[]) => (await importRequest(features)).data!.importCatchments;

const COVERAGE = `query($id: ID!) { coverageReport(setId: $id) {
  set { version } districtAreaSquareMeters uncoveredAreaSquareMeters schoolsChecked notes
  gaps { geometry areaSquareMeters }
  overlaps { catchments { name } geometry areaSquareMeters }
  zonesWithoutSchool { name } schoolsWithoutZone { id }
} }`;

describe('coverage report', () => {
  it('when a set has one known gap and one known overlap, then the report returns exactly them', async () => {
    // District 116.78–116.82 × 35.54–35.58. 西区 and 南区 overlap on 116.795–116.80 × 35.54–35.56;
    // 甲/乙 are declared multi-school zones overlapping on purpose; 空区 names no school; the strip
    // 116.815–116.82 × 35.57–35.58 is covered by nothing.
    const lottery = (name: string, box: [number, number, number, number]) => ({ ...squareZone(name, [S3!, S4!], box), properties: { name, schools: [S3, S4], allocation: 'LOTTERY' } });
    const report = await importSet([
      squareZone('西区', [S1!], [116.78, 35.54, 116.8, 35.58]),
      squareZone('南区', [S2!], [116.795, 35.54, 116.82, 35.56]),
      lottery('甲', [116.8, 35.56, 116.81, 35.58]),
      lottery('乙', [116.805, 35.56, 116.815, 35.58]),
      squareZone('空区', [], [116.815, 35.56, 116.82, 35.57]),
    ]);
    expect(report).toMatchObject({ accepted: true, schoolCodesChecked: true, notes: [] });
    const res = await harness.client.request(COVERAGE, { id: report.setId }, BUREAU);
    expect(res.errors).toBeUndefined();
    const coverage = res.data!.coverageReport;
    const gap = rectangle(116.815, 35.57, 116.82, 35.58);
    const overlap = rectangle(116.795, 35.54, 116.8, 35.56);

    expect(coverage.gaps).toHaveLength(1);
    expect(coverage.gaps[0].areaSquareMeters).toBeCloseTo(area(gap), -1);
    expect(sameRing(coverage.gaps[0].geometry.coordinates[0], gap.coordinates[0]!)).toBe(true);
    expect(coverage.uncoveredAreaSquareMeters).toBe(coverage.gaps[0].areaSquareMeters);
    expect(coverage.districtAreaSquareMeters).toBeCloseTo(area(rectangle(116.78, 35.54, 116.82, 35.58)), -1);

    expect(coverage.overlaps).toHaveLength(1);
    expect(coverage.overlaps[0].catchments.map((c: any) => c.name).sort()).toEqual(['南区', '西区']);
    expect(coverage.overlaps[0].areaSquareMeters).toBeCloseTo(area(overlap), -1);
    expect(sameRing(coverage.overlaps[0].geometry.coordinates[0], overlap.coordinates[0]!)).toBe(true);

    expect(coverage.zonesWithoutSchool).toEqual([{ name: '空区' }]);
    expect(coverage).toMatchObject({ schoolsChecked: true, notes: [], schoolsWithoutZone: [{ id: S5 }] });

    // Asked again, the set's union comes from the cache: the report must be the same.
    const again = await harness.client.request(COVERAGE, { id: report.setId }, BUREAU);
    expect(again.data!.coverageReport).toEqual(coverage);
  });

  it('when a zone names a school the register does not know, then the set is refused naming it (NOT_FOUND)', async () => {
    const res = await importRequest([squareZone('好', [S1!], [116.78, 35.54, 116.8, 35.56]), squareZone('错', ['3708129999'], [116.8, 35.54, 116.82, 35.56])]);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708129999 不在学校名册中', extensions: { code: 'NOT_FOUND', field: 'input.content' } });
  });

  it('when a zone names a school of another district, then the set is refused naming the school and its district (FORBIDDEN)', async () => {
    const res = await importRequest([squareZone('邻', ['3708110009'], [116.78, 35.54, 116.8, 35.56])]);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708110009（邻区学校）属于 370811 区，不属于 370812 区', extensions: { code: 'FORBIDDEN' } });
  });

  it('when someone other than the district bureau asks for coverage, then it is refused', async () => {
    const { setId } = await importSet([squareZone('西区', [S1!], [116.78, 35.54, 116.8, 35.58])]);
    const codes = async (identity?: object) => (await harness.client.request(COVERAGE, { id: setId }, identity as never)).errors![0]!.extensions!.code;
    expect(await codes()).toBe('UNAUTHENTICATED');
    expect(await codes({ role: 'SCHOOL', subject: 's', schoolId: S1 })).toBe('FORBIDDEN');
    expect(await codes({ role: 'BUREAU', subject: 'x', districtCode: '370811' })).toBe('FORBIDDEN');
  });
});

/** Same closed ring, whatever its start and direction. */
function sameRing(a: number[][], b: number[][]): boolean {
  const key = (ring: number[][]) => ring.slice(0, -1).map((p) => p.join(',')).sort().join(';');
  return key(a) === key(b);
}
