import type { Position } from 'geojson';
import { areaOf, differenceOf, partsOf, roundArea, signedRingArea, toZoneGeometry, unionOf, type Parts } from './polygonSet';
import { checkZoneShape, findTopologyProblem, ringName, samePosition, validateZoneGeometry } from './validateZoneGeometry';
import type { ZoneGeometry } from './Zone';

export const REPAIR_KINDS = ['CLOSE_RING', 'DROP_DUPLICATE_POINTS', 'RESOLVE_SELF_INTERSECTION', 'REWIND'] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

export interface GeometryRepair {
  repair: RepairKind;
  /** What was done, where, in words a clerk can check. */
  detail: string;
}

/**
 * The safe repairs, applied only when the uploader asks, each one reported:
 * - drop duplicate consecutive points, and close an open ring (append its first position);
 * - resolve a self-intersection (rings crossing, a ring pinched or touching itself, parts overlapping
 *   or sharing an edge, a spike) by redrawing the geometry as exactly the ground the point-in-polygon
 *   test already counted as inside (see resolveAsLookupsRead), so no home changes zone. As GEOS
 *   `ST_MakeValid` does: a bow tie becomes two triangles, a pinched ring a polygon whose hole touches
 *   its shell at one point, a spike enclosing no area is gone. The result is checked by
 *   validateZoneGeometry (JTS, OGC rules) before it is offered; shape and area before and after are
 *   reported.
 * - rewind to RFC 7946 order: outer rings counter-clockwise, holes clockwise.
 * Anything else (a hole outside its shell or inside another hole, positions outside China, too few
 * positions) is not guessed at: the geometry is returned as it stands for validation to refuse.
 *
 * @example repairZoneGeometry(openSquare).repairs // [{ repair: 'CLOSE_RING', detail: 'ring 0: closed …' }]
 */
export function repairZoneGeometry(geometry: unknown): { geometry: unknown; repairs: GeometryRepair[] } {
  if (!isPolygonal(geometry)) return { geometry, repairs: [] };
  const repairs: GeometryRepair[] = [];
  const parts = partsOf(geometry).map((polygon, p) =>
    polygon.map((ring, r) => cleanRing(ring, ringName(geometry.type, p, r), repairs)),
  );
  let repaired = toGeometry(geometry.type, parts);
  if (checkZoneShape(repaired).length) return { geometry: repaired, repairs };

  const problem = findTopologyProblem(repaired);
  if (problem) {
    if (!problem.repairable) return { geometry: repaired, repairs };
    const before = areaOf(partsOf(repaired));
    const resolved = resolveAsLookupsRead(partsOf(repaired));
    const result = resolved && toZoneGeometry(resolved);
    // Only a repair that validation accepts is offered; anything else is left for it to refuse.
    if (!resolved || !result || validateZoneGeometry(result).length) return { geometry: repaired, repairs };
    repairs.push({
      repair: 'RESOLVE_SELF_INTERSECTION',
      detail:
        `${problem.reason}: redrawn as the ground lookups count as inside (split at crossings, edge-sharing parts dissolved): ` +
        `${describe(repaired)} → ${describe(result)}; area as drawn ${roundArea(before)} m² → ${roundArea(areaOf(resolved))} m²`,
    });
    repaired = result;
  }
  return { geometry: rewind(repaired, repairs), repairs };
}

/**
 * The ground the point-in-polygon test counts as inside, as valid parts: per polygon, inside its
 * shell (even-odd) and inside none of its holes (each even-odd); then any polygon. polyclip-ts reads
 * a lone self-crossing ring even-odd, so each ring is resolved on its own first. It throws on some
 * degenerate input; then there is no safe repair to offer (null).
 */
function resolveAsLookupsRead(parts: Parts): Parts | null {
  try {
    const polygons = parts.map(([shell, ...holes]) => differenceOf(unionOf([[shell!]]), ...holes.map((hole) => unionOf([[hole]]))));
    return unionOf(...polygons);
  } catch {
    return null;
  }
}

function isPolygonal(geometry: unknown): geometry is ZoneGeometry {
  const { type, coordinates } = (geometry ?? {}) as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return false;
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown;
  return (
    Array.isArray(polygons) &&
    polygons.every(
      (polygon) =>
        Array.isArray(polygon) &&
        polygon.every((ring) => Array.isArray(ring) && ring.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)))),
    )
  );
}

function cleanRing(ring: Position[], where: string, repairs: GeometryRepair[]): Position[] {
  const kept = ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1]!));
  if (kept.length < ring.length) {
    repairs.push({ repair: 'DROP_DUPLICATE_POINTS', detail: `${where}: dropped ${ring.length - kept.length} duplicate consecutive point(s)` });
  }
  if (kept.length >= 3 && !samePosition(kept[0]!, kept[kept.length - 1]!)) {
    kept.push([...kept[0]!]);
    repairs.push({ repair: 'CLOSE_RING', detail: `${where}: closed (appended the first position [${kept[0]!.join(', ')}])` });
  }
  return kept;
}

/** RFC 7946 winding: reverses outer rings that run clockwise and holes that run counter-clockwise. */
function rewind(geometry: ZoneGeometry, repairs: GeometryRepair[]): ZoneGeometry {
  const parts = partsOf(geometry).map((polygon, p) =>
    polygon.map((ring, r) => {
      const area = signedRingArea(ring);
      if (area === 0 || area > 0 === (r === 0)) return ring;
      repairs.push({
        repair: 'REWIND',
        detail: `${ringName(geometry.type, p, r)}: reversed to ${r === 0 ? 'counter-clockwise (outer ring)' : 'clockwise (hole)'}`,
      });
      return [...ring].reverse();
    }),
  );
  return toGeometry(geometry.type, parts);
}

function toGeometry(type: ZoneGeometry['type'], parts: Parts): ZoneGeometry {
  return type === 'Polygon' ? { type, coordinates: parts[0]! } : { type, coordinates: parts };
}

function describe(geometry: ZoneGeometry): string {
  const parts = partsOf(geometry);
  const holes = parts.reduce((n, polygon) => n + polygon.length - 1, 0);
  const positions = parts.flat().reduce((n, ring) => n + ring.length, 0);
  const shape = geometry.type === 'Polygon' ? 'Polygon' : `MultiPolygon of ${parts.length} parts`;
  return `${shape}${holes ? ` with ${holes} hole(s)` : ''} (${positions} positions)`;
}
