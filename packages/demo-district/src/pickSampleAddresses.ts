import type { Random } from './createRandom';
import type { LocalProjection } from './createLocalProjection';
import type { SampleAddress, SchoolRow } from './DemoDistrict';
import type { PlanarZone } from './makeZones';
import { bboxOf, containsPoint, distanceToEdges, type XY } from './planarGeometry';
import { roundDegrees } from './roundDegrees';

export interface PickSampleAddressesOptions {
  zones: PlanarZone[];
  schools: SchoolRow[];
  projection: LocalProjection;
  random: Random;
  count: number;
  /** Least distance from any zone edge, in metres. */
  margin: number;
}

const TRIES_PER_ZONE = 200;

/**
 * Picks up to `count` points, each in a different single-school PRIMARY zone and at least `margin`
 * from its edges, so a lookup test or a demo click has one unambiguous answer. Zones too small to
 * hold such a point are skipped.
 *
 * @example pickSampleAddresses({ zones, schools, projection, random, count: 10, margin: 150 })[0]
 * // { label: '示例地址1（九州小学学区）', lng: 116.7…, lat: 35.5…, expectedPrimarySchoolId: '2137081014' }
 */
export function pickSampleAddresses({ zones, schools, projection, random, count, margin }: PickSampleAddressesOptions): SampleAddress[] {
  const addresses: SampleAddress[] = [];
  for (const zone of random.shuffle(zones.filter((z) => z.schools.length === 1))) {
    if (addresses.length === count) break;
    const [minX, minY, maxX, maxY] = bboxOf(zone.geometry);
    for (let attempt = 0; attempt < TRIES_PER_ZONE; attempt++) {
      const xy: XY = [random.between(minX, maxX), random.between(minY, maxY)];
      if (!containsPoint(zone.geometry, xy) || distanceToEdges(xy, zone.geometry) < margin) continue;
      const school = schools[zone.schools[0]!]!;
      const [lng, lat] = projection.unproject(xy);
      addresses.push({
        label: `示例地址${addresses.length + 1}（${school.shortName}学区）`,
        lng: roundDegrees(lng, 6),
        lat: roundDegrees(lat, 6),
        expectedPrimarySchoolId: school.id,
      });
      break;
    }
  }
  return addresses;
}
