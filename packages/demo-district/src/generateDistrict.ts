import * as turf from '@turf/turf';
import { createLocalProjection } from './createLocalProjection';
import { createRandom } from './createRandom';
import type { DemoDistrict, GenerateDistrictOptions } from './DemoDistrict';
import { makeBureau } from './makeBureau';
import { makeCatchments } from './makeCatchments';
import { makeResults } from './makeResults';
import { makeRules } from './makeRules';
import { makeSchoolRows } from './makeSchoolRows';
import { makeZones, type PlanarZone, type ZoneSite } from './makeZones';
import { pickSampleAddresses } from './pickSampleAddresses';
import { placeSchools, type PlacedSchool } from './placeSchools';
import { bboxContains, bboxOf, containsPoint, type MultiPolygonXY } from './planarGeometry';

const LOTTERY_ZONES = 2;
const SAMPLE_ADDRESSES = 10;
// The brief promises > 100 m; the extra 50 m absorbs projection and rounding differences.
const SAMPLE_MARGIN_METRES = 150;

/**
 * Generates a sample district inside a real boundary: schools, PRIMARY and JUNIOR catchments (the
 * same zones every year), enrolment rules per year and stage, round-1 results per school, year and
 * stage, and sample addresses for lookups. Pure: no network, no database, no clock, no Math.random;
 * the same options give byte-identical JSON.
 *
 * @example
 * const { wgs84 } = readDemoBoundary('370812');
 * const district = generateDistrict({ boundary: wgs84, districtCode: '370812', districtName: '兖州区' });
 * district.catchments.PRIMARY.features.length // 27: 30 schools, one private (no zone), two shared zones
 */
export function generateDistrict(options: GenerateDistrictOptions): DemoDistrict {
  const { boundary, districtCode, districtName, seed = 1, primary = 30, junior = 12, senior = 3, years = [2024, 2025, 2026] } = options;
  const geometry = boundary?.geometry;
  if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') throw new Error('boundary must be a Feature with a Polygon or MultiPolygon geometry (WGS-84)');
  if (!/^\d{6}$/.test(districtCode)) throw new Error(`districtCode must be 6 digits, e.g. '370812'; got '${districtCode}'`);
  if (!districtName) throw new Error("districtName must not be empty, e.g. '兖州区'");
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer; got ${seed}`);
  // 8 primary schools leave, after the private and nine-year ones, enough to merge two pairs.
  if (!Number.isInteger(primary) || primary < 8) throw new Error(`primary must be an integer of at least 8; got ${primary}`);
  if (!Number.isInteger(junior) || junior < 1) throw new Error(`junior must be an integer of at least 1; got ${junior}`);
  if (!Number.isInteger(senior) || senior < 0) throw new Error(`senior must be a non-negative integer; got ${senior}`);
  if (years.length === 0 || !years.every((y) => Number.isInteger(y) && y >= 2000 && y <= 2100)) throw new Error(`years must list school years such as 2026; got [${years.join(', ')}]`);

  const [minLng, minLat, maxLng, maxLat] = turf.bbox(boundary);
  const projection = createLocalProjection([(minLng + maxLng) / 2, (minLat + maxLat) / 2]);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const boundaryXY: MultiPolygonXY = polygons.map((polygon) => polygon.map((ring) => ring.map(projection.project)));

  const placed = placeSchools(boundaryXY, { primary, junior, senior }, createRandom(seed, 'sites'));
  const bureau = makeBureau(districtName, createRandom(seed, 'bureau'));
  const schools = makeSchoolRows({ placed, districtCode, districtName, bureau, projection, random: createRandom(seed, 'schools') });

  // Private schools enrol across the district (民办学校不划片), so only public schools get zones.
  const primaryZones = makeZones({ sites: sitesOf(placed, ['PRIMARY', 'NINE_YEAR']), boundary: boundaryXY, seed, lotteryZones: LOTTERY_ZONES });
  const juniorZones = makeZones({ sites: sitesOf(placed, ['JUNIOR', 'NINE_YEAR']), boundary: boundaryXY, seed, lotteryZones: 0 });
  // Boxes first: with thousands of zones, ray casting every junior zone per primary zone is the slow part.
  const juniorBoxes = juniorZones.map((z) => bboxOf(z.geometry));
  const feeders = (zone: PlanarZone): string[] => {
    const site = placed[zone.schools[0]!]!.xy;
    const juniorZone = juniorZones.find((z, i) => bboxContains(juniorBoxes[i]!, site) && containsPoint(z.geometry, site));
    return juniorZone ? juniorZone.schools.map((i) => schools[i]!.id) : [];
  };

  const lotterySchoolIds = new Set(primaryZones.filter((z) => z.allocation === 'LOTTERY').flatMap((z) => z.schools.map((i) => schools[i]!.id)));
  return {
    districtCode,
    districtName,
    schools,
    catchments: {
      PRIMARY: makeCatchments({ zones: primaryZones, schools, districtName, projection, feeders }),
      JUNIOR: makeCatchments({ zones: juniorZones, schools, districtName, projection }),
    },
    rules: makeRules({ districtCode, districtName, years, bureau, random: createRandom(seed, 'rules') }),
    results: makeResults({ schools, lotterySchoolIds, years, districtName, random: createRandom(seed, 'results') }),
    sampleAddresses: pickSampleAddresses({
      zones: primaryZones,
      schools,
      projection,
      random: createRandom(seed, 'addresses'),
      count: SAMPLE_ADDRESSES,
      margin: SAMPLE_MARGIN_METRES,
    }),
  };
}

function sitesOf(placed: PlacedSchool[], kinds: PlacedSchool['kind'][]): ZoneSite[] {
  return placed.flatMap((school, i) => (kinds.includes(school.kind) ? [{ xy: school.xy, school: i, mergeable: school.kind === 'PRIMARY' }] : []));
}
