import { AppError } from '@zsgk/errors';
import type { Position } from 'geojson';
import { BoundaryIndex } from './BoundaryIndex';
import { findDistrictAt } from './findDistrictAt';
import { findGroundOutsideDistrict, groundInsideDistrict } from './findGroundOutsideDistrict';
import type { District, ZoneGeometry } from './Zone';

/** The districts as published: the caller's own (null when it has none yet) and every other one. */
export interface DistrictScope {
  district: District | null;
  others: District[];
  /** Ground outside the boundary but within this distance of it is digitising noise, not a violation. */
  toleranceMeters: number;
}

/**
 * Refuses shapes (zones, gazetteer points) that lie outside `districtCode`'s published boundary
 * beyond the tolerance: FORBIDDEN naming the first shape and how much of it lies outside (and in
 * which neighbour), every such shape in `details.zones`, the neighbours in `details.targetDistricts`.
 */
export function checkWithinDistrict(shapes: readonly { name: string; geometry: ZoneGeometry }[], districtCode: string, scope: DistrictScope, path: string): void {
  const district = publishedBoundary(scope, districtCode, path);
  const outside = findGroundOutsideDistrict(shapes, district, scope.others, scope.toleranceMeters);
  if (outside.length === 0) return;
  const first = outside[0]!;
  const into = first.intoDistricts.length ? `，落在 ${first.intoDistricts.join('、')} 区` : '';
  const more = outside.length > 1 ? `；另有 ${outside.length - 1} 处超出` : '';
  throw new AppError(
    'FORBIDDEN',
    `「${first.name}」有 ${first.outsideSquareMeters} 平方米位于 ${districtCode} 区边界之外（容差 ${scope.toleranceMeters} 米）${into}${more}`,
    {
      path,
      details: {
        zones: outside,
        targetDistricts: [...new Set([districtCode, ...outside.flatMap((o) => o.intoDistricts)])],
      },
    },
  );
}

/**
 * Refuses points (gazetteer rows) outside `districtCode`'s published boundary beyond the tolerance:
 * FORBIDDEN naming the first row and the district it lies in, every such row in `details.rows`.
 */
export function checkPointsWithinDistrict(points: readonly { row: number; name: string; point: Position | null }[], districtCode: string, scope: DistrictScope, path: string): void {
  const index = new BoundaryIndex(publishedBoundary(scope, districtCode, path).boundary);
  const outside = points
    .filter((p): p is { row: number; name: string; point: Position } => p.point !== null && !index.insideOrNear(p.point[0]!, p.point[1]!, scope.toleranceMeters))
    .map((p) => ({ row: p.row, name: p.name, inDistrict: findDistrictAt(scope.others, p.point[0]!, p.point[1]!)?.code ?? null }));
  if (outside.length === 0) return;
  const first = outside[0]!;
  const where = first.inDistrict ? `，位于 ${first.inDistrict} 区` : '';
  const more = outside.length > 1 ? `；另有 ${outside.length - 1} 行超出` : '';
  throw new AppError('FORBIDDEN', `第 ${first.row} 行「${first.name}」的位置在 ${districtCode} 区边界之外（容差 ${scope.toleranceMeters} 米）${where}${more}`, {
    path,
    details: { rows: outside, targetDistricts: [...new Set([districtCode, ...outside.flatMap((o) => (o.inDistrict ? [o.inDistrict] : []))])] },
  });
}

/** With no published boundary nothing can be checked, so nothing is accepted (CONFLICT). */
function publishedBoundary(scope: DistrictScope, districtCode: string, path: string): District {
  if (scope.district) return scope.district;
  throw new AppError('CONFLICT', `${districtCode} 区尚未发布行政区划边界，无法核对范围：请先导入边界并经审核发布`, { path });
}

/**
 * Refuses a district boundary that takes in another district's published ground beyond the
 * tolerance (a bureau widening its own boundary to draw zones on a neighbour's ground): FORBIDDEN
 * naming the neighbour and the area, audited under it. Enclosing divisions (a city around its
 * districts, e.g. 120000 around 120113) are not neighbours.
 */
export function checkBoundaryClearOfNeighbours(district: District, scope: DistrictScope, path: string): void {
  const claimed = scope.others
    .filter((other) => !encloses(other.code, district.code) && !encloses(district.code, other.code))
    .map((other) => ({ other, squareMeters: groundInsideDistrict(district.boundary, other, scope.toleranceMeters) }))
    .filter((found) => found.squareMeters >= 1);
  if (claimed.length === 0) return;
  const first = claimed[0]!;
  throw new AppError(
    'FORBIDDEN',
    `${district.code} 区的新边界有 ${first.squareMeters} 平方米落在 ${first.other.code} 区（${first.other.name}）已发布的边界内（容差 ${scope.toleranceMeters} 米）`,
    { path, details: { districts: claimed.map((c) => ({ code: c.other.code, squareMeters: c.squareMeters })), targetDistricts: claimed.map((c) => c.other.code) } },
  );
}

/** Whether division `outer` encloses `inner` (province 37xxxx ⊃ city 3708xx ⊃ district 370812). */
function encloses(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  if (outer.endsWith('00')) return inner.startsWith(outer.slice(0, 4));
  return false;
}
