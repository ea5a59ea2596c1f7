import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CatchmentCollection, DemoDistrict, ZonedStage } from './DemoDistrict';
import { generateDistrict } from './generateDistrict';
import { generateSyntheticDistrict } from './generateSyntheticDistrict';
import { readDemoBoundary } from './readDemoBoundary';

const { wgs84: boundary } = readDemoBoundary('370812');
const options = { boundary, districtCode: '370812', districtName: '兖州区' };

/** The largest area (m²) shared by two zones; bounding boxes first, as most pairs are far apart. */
function largestOverlap(zones: CatchmentCollection): number {
  const boxes = zones.features.map((f) => turf.bbox(f));
  let largest = 0;
  zones.features.forEach((a, i) =>
    zones.features.forEach((b, j) => {
      const [p, q] = [boxes[i]!, boxes[j]!];
      if (j <= i || p[0] > q[2] || q[0] > p[2] || p[1] > q[3] || q[1] > p[3]) return;
      const shared = turf.intersect(turf.featureCollection([a, b]));
      if (shared) largest = Math.max(largest, turf.area(shared));
    }),
  );
  return largest;
}

/** The share of the district that no zone covers. */
function uncoveredShare(zones: CatchmentCollection): number {
  const union = turf.union(zones);
  const uncovered = turf.difference(turf.featureCollection<Polygon | MultiPolygon>([boundary, union!]));
  return uncovered ? turf.area(uncovered) / turf.area(boundary) : 0;
}

function hasRepeatedPoints(zone: Feature<Polygon | MultiPolygon>): boolean {
  const rings = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
  return rings.some((ring) => ring.some((p, i) => i > 0 && p[0] === ring[i - 1]![0] && p[1] === ring[i - 1]![1]));
}

describe('generateDistrict: catchments', () => {
  let district: DemoDistrict;
  beforeAll(() => {
    district = generateDistrict(options);
  });
  const schoolById = (id: string) => district.schools.find((s) => s.id === id)!;

  it.each<ZonedStage>(['PRIMARY', 'JUNIOR'])('when generated, then %s zones do not overlap (< 1 m² from floating point)', (stage) => {
    expect(largestOverlap(district.catchments[stage])).toBeLessThan(1);
  });

  it.each<ZonedStage>(['PRIMARY', 'JUNIOR'])('when generated, then %s zones cover the district (uncovered < 0.01 %%)', (stage) => {
    expect(uncoveredShare(district.catchments[stage])).toBeLessThan(0.0001);
  });

  it.each<ZonedStage>(['PRIMARY', 'JUNIOR'])('when generated, then no %s zone has a kink or a repeated point', (stage) => {
    for (const zone of district.catchments[stage].features) {
      expect(turf.kinks(zone).features).toEqual([]);
      expect(hasRepeatedPoints(zone)).toBe(false);
    }
  });

  it('when generated, then exactly two PRIMARY zones are LOTTERY zones with 2 schools each, the rest NEAREST with 1', () => {
    const zones = district.catchments.PRIMARY.features.map((f) => f.properties);
    const lottery = zones.filter((z) => z.allocation === 'LOTTERY');
    expect(lottery.map((z) => z.schools.length)).toEqual([2, 2]);
    expect(zones.filter((z) => z.allocation === 'NEAREST').every((z) => z.schools.length === 1)).toBe(true);
    expect(district.catchments.JUNIOR.features.every((f) => f.properties.allocation === 'NEAREST')).toBe(true);
  });

  it.each<ZonedStage>(['PRIMARY', 'JUNIOR'])('when generated, then every public %s school is in exactly one zone and the private one in none', (stage) => {
    const zoned = district.catchments[stage].features.flatMap((f) => f.properties.schools);
    const expected = district.schools.filter((s) => s.stages.includes(stage) && s.ownership === 'PUBLIC').map((s) => s.id);
    expect([...zoned].sort()).toEqual([...expected].sort());
  });

  it.each<ZonedStage>(['PRIMARY', 'JUNIOR'])("when generated, then each %s zone contains its schools' locations", (stage) => {
    for (const zone of district.catchments[stage].features) {
      for (const id of zone.properties.schools) {
        const { lng, lat } = schoolById(id).location;
        expect(turf.booleanPointInPolygon([lng, lat], zone)).toBe(true);
      }
    }
  });

  it("when generated, then each PRIMARY zone's feeder is the junior zone holding its first school", () => {
    const juniorZones = district.catchments.JUNIOR.features;
    for (const zone of district.catchments.PRIMARY.features) {
      const { lng, lat } = schoolById(zone.properties.schools[0]!).location;
      const holding = juniorZones.find((j) => turf.booleanPointInPolygon([lng, lat], j))!;
      expect(zone.properties.feeders).toEqual(holding.properties.schools);
    }
    expect(juniorZones.every((j) => j.properties.feeders.length === 0)).toBe(true);
  });

  it('when generated, then zones are named after their schools and carry a 四至 text', () => {
    for (const zone of [...district.catchments.PRIMARY.features, ...district.catchments.JUNIOR.features]) {
      expect(zone.properties.name).toMatch(/^兖州区.+学区$/);
      expect(zone.properties.boundaryText).toMatch(/^东至[^，]+，西至[^，]+，南至[^，]+，北至[^，]+$/);
    }
    expect(district.catchments.PRIMARY.features[0]!.properties.name).toBe(`${district.schools[0]!.name}学区`);
  });

  it('when generated, then sample addresses lie inside their expected zone, over 100 m from its edges', () => {
    expect(district.sampleAddresses.length).toBeGreaterThanOrEqual(8);
    for (const address of district.sampleAddresses) {
      const point = turf.point([address.lng, address.lat]);
      const zones = district.catchments.PRIMARY.features.filter((f) => turf.booleanPointInPolygon(point, f));
      expect(zones.map((z) => z.properties.schools)).toEqual([[address.expectedPrimarySchoolId]]);
      const edges = turf.polygonToLine(zones[0]!);
      const lines = edges.type === 'FeatureCollection' ? edges.features : [edges];
      for (const line of lines) expect(turf.pointToLineDistance(point, line as never, { units: 'meters' })).toBeGreaterThan(100);
    }
  });
});

describe('generateSyntheticDistrict', () => {
  it('when asked for 300 zones, then it makes exactly 300 valid PRIMARY zones, closer together than 800 m', () => {
    const started = Date.now();
    const district = generateSyntheticDistrict({ ...options, zones: 300, years: [2026] });
    expect(Date.now() - started).toBeLessThan(15000);
    const zones = district.catchments.PRIMARY;
    expect(zones.features).toHaveLength(300);
    expect(zones.features.filter((f) => f.properties.allocation === 'LOTTERY')).toHaveLength(2);
    expect(zones.features.every((f) => turf.kinks(f).features.length === 0)).toBe(true);
    expect(largestOverlap(zones)).toBeLessThan(1);
    expect(uncoveredShare(zones)).toBeLessThan(0.0001);
  });
});
