import { generateDistrict, loadDemoDistrict, readDemoBoundary, type DemoDistrict } from '@zsgk/demo-district';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
let demo: DemoDistrict;

beforeAll(async () => {
  system = await startSystem();
  const boundary = readDemoBoundary('370812');
  demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, seed: 7 });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
}, 120_000);
afterAll(() => system?.stop());

describe('the sample district through the gateway', () => {
  it('when the public lists the district schools, then every generated school is there, marked as sample data', async () => {
    const res = await system.gateway.request(`{ schools(filter: { districtCode: "370812" }, first: 500) { totalCount nodes { id name sampleData } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.schools.totalCount).toBe(demo.schools.length);
    expect(res.data!.schools.nodes.map((s: any) => s.id).sort()).toEqual(demo.schools.map((s) => s.id).sort());
    expect(res.data!.schools.nodes.every((s: any) => s.sampleData === true)).toBe(true);
  });

  it('when a parent locates a home inside the district, then the zone comes back with its school resolved by the schools subgraph', async () => {
    const address = demo.sampleAddresses[0]!;
    const expected = demo.schools.find((s) => s.id === address.expectedPrimarySchoolId)!;
    const res = await system.gateway.request(
      `query($lng: Float!, $lat: Float!) { locate(lng: $lng, lat: $lat, stage: PRIMARY) {
         year nearBoundary matches { catchment { name status sampleData schools { id name enquiryPhone } } } } }`,
      { lng: address.lng, lat: address.lat },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.locate).toMatchObject({ year: 2026, nearBoundary: false });
    expect(res.data!.locate.matches).toHaveLength(1);
    expect(res.data!.locate.matches[0].catchment.schools).toEqual([{ id: expected.id, name: expected.name, enquiryPhone: expected.enquiryPhone }]);
  });

  it('when a school is read through the gateway, then its zones, admissions and district rules come from the other subgraphs', async () => {
    const school = demo.schools.find((s) => s.stages.includes('PRIMARY') && s.ownership === 'PUBLIC')!;
    const res = await system.gateway.request(
      `query($id: ID!) { school(id: $id) { name catchments { name } admissions(stage: PRIMARY) { year plannedSeats admitted explanation { reasonCode } }
         enrolmentRules { year stage documentNumber timetable { phase startsOn } } } }`,
      { id: school.id },
    );
    expect(res.errors).toBeUndefined();
    const found = res.data!.school;
    expect(found.admissions.map((a: any) => a.year)).toEqual([2026, 2025, 2024]);
    for (const a of found.admissions) expect(a.explanation === null).toBe(a.admitted === a.plannedSeats);
    expect(found.enrolmentRules.map((r: any) => r.stage)).toEqual(['JUNIOR', 'PRIMARY']);
    expect(found.enrolmentRules.every((r: any) => r.year === 2026 && r.timetable.length > 0)).toBe(true);
    expect(found.catchments.length).toBeGreaterThanOrEqual(1);
  });

  it('when the district outline is asked for, then the boundary is served in WGS-84, west of the GCJ-02 original', async () => {
    const res = await system.gateway.request('{ district(code: "370812") { name sampleData uploadedCrs boundary } }');
    expect(res.data!.district).toMatchObject({ name: '兖州区', uploadedCrs: 'GCJ02', sampleData: true });
    const servedLng = res.data!.district.boundary.coordinates[0][0][0][0];
    const rawLng = (readDemoBoundary('370812').raw.geometry as any).coordinates[0][0][0][0];
    expect(rawLng - servedLng).toBeGreaterThan(0.003); // ~500 m east in GCJ-02 here
    expect(rawLng - servedLng).toBeLessThan(0.008);
  });
});

describe('the disclosure checklist, joined by the gateway', () => {
  it('when a school is checked, then the register, catchments and admissions each contribute their items for one answer', async () => {
    const school = demo.schools.find((s) => s.stages.includes('PRIMARY') && s.ownership === 'PUBLIC')!;
    const res = await system.gateway.request(
      `query($id: ID!) { school(id: $id) {
         registerDisclosure { items { item present source } missing }
         catchmentDisclosure(year: 2026, stage: PRIMARY) { items { item present source } missing }
         admissionsDisclosure(year: 2026, stage: PRIMARY) { items { item present source } missing } } }`,
      { id: school.id },
    );
    expect(res.errors).toBeUndefined();
    const found = res.data!.school;
    expect(found.registerDisclosure).toEqual({ items: [{ item: 'SCHOOL_CONTACTS', present: true, source: 'schools' }], missing: [] });
    expect(found.catchmentDisclosure.items).toEqual([{ item: 'CATCHMENT', present: true, source: 'catchments' }]);
    const admissionsItems = found.admissionsDisclosure.items.map((i: any) => i.item);
    expect(admissionsItems).toEqual(expect.arrayContaining(['ENROLMENT_PLAN', 'TIMETABLE', 'MIGRANT_RULES', 'REQUIRED_PAPERS']));
    expect(found.admissionsDisclosure.items.every((i: any) => i.source === 'admissions')).toBe(true);
  });
});
