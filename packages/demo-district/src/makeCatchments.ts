import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CatchmentCollection, CatchmentProperties, SchoolRow } from './DemoDistrict';
import type { LocalProjection } from './createLocalProjection';
import { describeBoundary, type ZoneOutline } from './describeBoundary';
import type { PlanarZone } from './makeZones';
import { centroid } from './planarGeometry';
import { toWgs84Geometry } from './toWgs84Geometry';

export interface MakeCatchmentsOptions {
  zones: PlanarZone[];
  schools: SchoolRow[];
  districtName: string;
  projection: LocalProjection;
  /** The 对口 junior school ids of each zone (by index); none when omitted. */
  feeders?: (zone: PlanarZone) => string[];
}

/**
 * Names the zones of one stage, writes their 四至 and converts them to a WGS-84 FeatureCollection
 * in the shape the catchments import reads by default.
 *
 * @example makeCatchments({ zones, schools, districtName: '兖州区', projection }).features[0].properties.name
 * // '兖州区实验小学学区'
 */
export function makeCatchments({ zones, schools, districtName, projection, feeders }: MakeCatchmentsOptions): CatchmentCollection {
  const names = zones.map((zone) => {
    const [first, second] = zone.schools.map((i) => schools[i]!);
    return second ? `${districtName}${first!.shortName}、${second.shortName}多校划片学区` : `${first!.name}学区`;
  });
  const outlines: ZoneOutline[] = zones.map((zone, i) => ({
    label: names[i]!.slice(districtName.length),
    centroid: centroid(zone.geometry),
    neighbours: zone.neighbours,
  }));
  const features = zones.map((zone, i): Feature<Polygon | MultiPolygon, CatchmentProperties> => ({
    type: 'Feature',
    properties: {
      name: names[i]!,
      schools: zone.schools.map((s) => schools[s]!.id),
      boundaryText: describeBoundary(i, outlines, districtName),
      allocation: zone.allocation,
      feeders: feeders ? feeders(zone) : [],
    },
    geometry: toWgs84Geometry(zone.geometry, projection),
  }));
  return { type: 'FeatureCollection', features };
}
