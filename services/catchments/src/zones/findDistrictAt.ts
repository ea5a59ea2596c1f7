import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { District } from './Zone';

/**
 * The district whose boundary contains [lng, lat], or null. A replica holds a handful of districts,
 * and this runs only when a lookup asks for its district, so a linear scan is enough.
 *
 * @example findDistrictAt(districts, 116.79, 35.55)?.name // '兖州区'
 */
export function findDistrictAt(districts: readonly District[], lng: number, lat: number): District | null {
  return districts.find((district) => booleanPointInPolygon([lng, lat], district.boundary)) ?? null;
}
