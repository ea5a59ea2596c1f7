import * as turf from '@turf/turf';
import type { DemoDistrict } from './DemoDistrict';
import { generateDistrict } from './generateDistrict';
import { readDemoBoundary } from './readDemoBoundary';

const { wgs84: boundary } = readDemoBoundary('370812');
const options = { boundary, districtCode: '370812', districtName: '兖州区' };

describe('generateDistrict: schools and determinism', () => {
  let district: DemoDistrict;
  beforeAll(() => {
    district = generateDistrict(options);
  });

  it('when generated twice with the same seed, then the JSON is byte-identical', () => {
    expect(JSON.stringify(generateDistrict({ ...options, seed: 1 }))).toBe(JSON.stringify(district));
  });

  it('when the seed differs, then schools, zones and numbers differ', () => {
    const other = generateDistrict({ ...options, seed: 2 });
    expect(other.schools.map((s) => s.location)).not.toEqual(district.schools.map((s) => s.location));
    expect(other.catchments.PRIMARY).not.toEqual(district.catchments.PRIMARY);
    expect(other.results.map((r) => r.applicants)).not.toEqual(district.results.map((r) => r.applicants));
  });

  it('when defaults are used, then there are 30 primary, 12 junior and 3 senior schools, 2 of them nine-year and 1 private', () => {
    const offering = (stage: string) => district.schools.filter((s) => s.stages.includes(stage as never));
    expect(offering('PRIMARY')).toHaveLength(30);
    expect(offering('JUNIOR')).toHaveLength(12);
    expect(offering('SENIOR')).toHaveLength(3);
    expect(district.schools.filter((s) => s.stages.join() === 'PRIMARY,JUNIOR')).toHaveLength(2);
    expect(district.schools.filter((s) => s.ownership === 'PRIVATE').map((s) => s.stages)).toEqual([['PRIMARY']]);
    expect(district.schools).toHaveLength(43);
  });

  it('when other counts are asked for, then those counts are made', () => {
    const small = generateDistrict({ ...options, primary: 10, junior: 3, senior: 1, years: [2026] });
    expect(small.schools.filter((s) => s.stages.includes('PRIMARY'))).toHaveLength(10);
    expect(small.schools.filter((s) => s.stages.includes('JUNIOR'))).toHaveLength(3);
    expect(small.schools.filter((s) => s.stages.includes('SENIOR'))).toHaveLength(1);
    expect(small.rules.map((r) => r.year)).toEqual([2026, 2026]);
  });

  it('when generated, then ids are unique 10-digit codes starting 2137081001, names unique and 兖州区-prefixed', () => {
    const ids = district.schools.map((s) => s.id);
    expect(ids[0]).toBe('2137081001');
    expect(ids.every((id) => /^\d{10}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const names = district.schools.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.startsWith('兖州区'))).toBe(true);
    expect(names).toContain('兖州区实验小学');
    expect(names).toContain('兖州区第一中学');
  });

  it('when generated, then every row has what the schools import requires of an OPEN school', () => {
    for (const school of district.schools) {
      expect(school).toMatchObject({ districtCode: '370812', status: 'OPEN', sampleData: true });
      expect(school.enquiryPhone).toMatch(/^0537-34\d{5}$/);
      expect(school.supervisionPhone).toMatch(/^0537-34\d{5}$/);
      expect(school.address).toMatch(/^兖州区.+\d+号$/);
      expect(school.petitionAddress).toContain('兖州区');
      expect(school.website === null || school.website.startsWith('https://example.com/')).toBe(true);
      expect(Math.round(school.location.lng * 1e6) / 1e6).toBe(school.location.lng);
    }
  });

  it('when generated, then every school lies inside the boundary', () => {
    const outside = district.schools.filter((s) => !turf.booleanPointInPolygon([s.location.lng, s.location.lat], boundary));
    expect(outside.map((s) => s.name)).toEqual([]);
  });

  it.each(['PRIMARY', 'JUNIOR', 'SENIOR'])('when generated, then %s schools are at least ~800 m apart', (stage) => {
    const sites = district.schools.filter((s) => s.stages.includes(stage as never)).map((s) => [s.location.lng, s.location.lat]);
    let closest = Infinity;
    sites.forEach((a, i) => sites.slice(i + 1).forEach((b) => (closest = Math.min(closest, turf.distance(a, b, { units: 'meters' })))));
    expect(closest).toBeGreaterThan(790);
  });

  it('when a count is too small or the code malformed, then it says which option is wrong', () => {
    expect(() => generateDistrict({ ...options, primary: 5 })).toThrow(/primary must be an integer of at least 8/);
    expect(() => generateDistrict({ ...options, districtCode: '3708' })).toThrow(/districtCode must be 6 digits/);
    expect(() => generateDistrict({ ...options, years: [] })).toThrow(/years/);
  });
});
