import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { MultiPolygon, Polygon } from 'geojson';

/** How far outside its district's boundary a school may lie: the line is drawn roughly, gates sit on roads. */
export const DISTRICT_TOLERANCE_METERS = 1000;

/**
 * Null when the WGS-84 point lies inside the district boundary or within 1 km of it, otherwise the
 * reason in words a clerk can act on.
 *
 * @example checkInDistrict({ lng: 116.0, lat: 35.55 }, boundary, '兖州区') // 'is 61.2 km outside 兖州区 …'
 */
export function checkInDistrict(location: { lng: number; lat: number }, boundary: Polygon | MultiPolygon, districtName: string): string | null {
  const point = [location.lng, location.lat];
  if (booleanPointInPolygon(point, boundary)) return null;
  const meters = pointToPolygonDistance(point, boundary, { units: 'meters' });
  if (meters <= DISTRICT_TOLERANCE_METERS) return null;
  const distance = meters < 10_000 ? `${(meters / 1000).toFixed(2)} km` : `${(meters / 1000).toFixed(1)} km`;
  return `is ${distance} outside ${districtName} (more than ${DISTRICT_TOLERANCE_METERS / 1000} km from its boundary); check the coordinates and their datum (crs)`;
}
