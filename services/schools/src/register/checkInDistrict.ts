import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistrictBoundaryLookup } from './DistrictBoundary';

/** How far outside its district's boundary a school may lie: the line is drawn roughly, gates sit on roads. */
export const DISTRICT_TOLERANCE_METERS = 1000;

/**
 * Null when the WGS-84 point lies inside the district boundary or within 1 km of it, otherwise the
 * reason in words a clerk can act on.
 *
 * @example checkInDistrict({ lng: 116.0, lat: 35.55 }, boundary, '兖州区') // '位置在兖州区边界外 61.2 公里（超过 1 公里）；…'
 */
export function checkInDistrict(location: { lng: number; lat: number }, boundary: Polygon | MultiPolygon, districtName: string): string | null {
  const point = [location.lng, location.lat];
  if (booleanPointInPolygon(point, boundary)) return null;
  const meters = pointToPolygonDistance(point, boundary, { units: 'meters' });
  if (meters <= DISTRICT_TOLERANCE_METERS) return null;
  const distance = meters < 10_000 ? `${(meters / 1000).toFixed(2)} 公里` : `${(meters / 1000).toFixed(1)} 公里`;
  return `位置在${districtName}边界外 ${distance}（超过 ${DISTRICT_TOLERANCE_METERS / 1000} 公里）；请核对经纬度及其坐标系（WGS-84、GCJ-02 或 BD-09）`;
}

/** Why a location could not be checked against the district boundary, in words for the report's warning. */
export function uncheckedBecause(lookup: Exclude<DistrictBoundaryLookup, { status: 'FOUND' }>): string {
  return lookup.status === 'UNKNOWN' ? '划片服务中没有本区的边界' : lookup.reason;
}
