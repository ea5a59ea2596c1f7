import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LocalProjection } from './createLocalProjection';
import type { MultiPolygonXY } from './planarGeometry';
import { roundDegrees } from './roundDegrees';

/**
 * Converts a zone from local metres to a WGS-84 Polygon (one part) or MultiPolygon, vertices rounded
 * to 1e-7° (≈ 1 cm). Rounding can make neighbouring vertices equal; the repeat is dropped, since the
 * catchments import refuses repeated consecutive points.
 *
 * @example toWgs84Geometry([[[[0, 0], [100, 0], [0, 100], [0, 0]]]], projection) // { type: 'Polygon', … }
 */
export function toWgs84Geometry(geometry: MultiPolygonXY, projection: LocalProjection): Polygon | MultiPolygon {
  const polygons = geometry
    .map((polygon) =>
      polygon
        .map((ring) => {
          const out: Position[] = [];
          for (const xy of ring) {
            const [lng, lat] = projection.unproject(xy);
            const p = [roundDegrees(lng, 7), roundDegrees(lat, 7)];
            const last = out[out.length - 1];
            if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
          }
          return out;
        })
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
  if (polygons.length === 0) throw new Error('toWgs84Geometry: the zone vanished when rounded; it should have been dropped earlier');
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
