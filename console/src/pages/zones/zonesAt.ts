import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';

export interface ZoneShape {
  id: string;
  name: string;
  /** Polygon or MultiPolygon (WGS-84), or null for a zone of address rules alone. */
  geometry: unknown;
}

const isArea = (g: unknown): g is Polygon | MultiPolygon =>
  typeof g === 'object' && g !== null && ((g as Geometry).type === 'Polygon' || (g as Geometry).type === 'MultiPolygon');

/**
 * The zones of a draft set whose polygon contains the point (boundary included): `locate` answers for
 * published sets only, so a draft is tested here, in the browser, on the geometry the bureau sees.
 * Zones of rules alone have no polygon and never contain a point.
 */
export function zonesAt<Z extends ZoneShape>(zones: readonly Z[], lng: number, lat: number): Z[] {
  return zones.filter((z) => isArea(z.geometry) && booleanPointInPolygon([lng, lat], z.geometry));
}
