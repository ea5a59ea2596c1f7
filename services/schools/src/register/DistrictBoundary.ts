import type { MultiPolygon, Polygon } from 'geojson';

/** What the catchments subgraph knows about a district's boundary, as far as this service can tell. */
export type DistrictBoundaryLookup =
  | { status: 'FOUND'; name: string; boundary: Polygon | MultiPolygon }
  | { status: 'UNKNOWN' }
  | { status: 'UNAVAILABLE'; reason: string };

/** Where district boundaries come from (the catchments subgraph; see data/CatchmentsDistrictSource). */
export interface DistrictBoundarySource {
  find(districtCode: string): Promise<DistrictBoundaryLookup>;
}

/** A source that never knows a boundary: for deployments without the catchments database configured. */
export const NO_BOUNDARY_SOURCE: DistrictBoundarySource = {
  find: async () => ({ status: 'UNAVAILABLE', reason: '未配置划片服务数据库 CATCHMENTS_DB' }),
};
