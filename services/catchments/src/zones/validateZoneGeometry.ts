import { checkChinaPosition } from '@zsgk/geo';
import type { Position } from 'geojson';
import { findTopologyError, TopologyErrorType, type TopologyError } from './findTopologyError';
import { boundsOf, partsOf } from './polygonSet';
import type { ZoneGeometry } from './Zone';

export const MAX_VERTICES = 100_000;

/** A topology problem in words, and whether the self-intersection repair may resolve it. */
export interface TopologyProblem {
  reason: string;
  repairable: boolean;
}

/**
 * Returns every reason a geometry cannot be a zone, or [] when it can. Checks, cheapest first:
 * type, ring shape (≥ 4 positions, closed, no repeated consecutive points, some area), position
 * plausibility (inside China; lat/lng swapped named as such), vertex count; then validity by the OGC
 * simple-features rules as JTS/GEOS (and so PostGIS `ST_IsValid`) apply them: rings may not cross or
 * share an edge, a ring may not touch itself, a hole must lie inside its shell; a hole may touch its
 * shell, and the parts of a MultiPolygon each other, at single points.
 *
 * @example validateZoneGeometry({ type: 'Point', coordinates: [116.8, 35.5] }) // ['not a polygon (got Point)']
 */
export function validateZoneGeometry(geometry: unknown): string[] {
  const reasons = checkZoneShape(geometry);
  if (reasons.length) return reasons;
  const problem = findTopologyProblem(geometry as ZoneGeometry);
  return problem ? [problem.reason] : [];
}

/** Type, ring shape, positions and vertex count: everything but the topology checks. */
export function checkZoneShape(geometry: unknown): string[] {
  if (!geometry || typeof geometry !== 'object') return ['has no geometry'];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return [`not a polygon (got ${String(type)})`];
  if (!Array.isArray(coordinates) || coordinates.length === 0) return ['has no coordinates'];
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown[];
  const reasons: string[] = [];
  let vertices = 0;
  polygons.forEach((polygon, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) return void reasons.push(`polygon ${p} has no rings`);
    polygon.forEach((ring: unknown, r) => {
      const problem = checkRing(ring, ringName(type, p, r));
      if (problem) reasons.push(problem);
      else vertices += (ring as Position[]).length;
    });
  });
  if (vertices > MAX_VERTICES) reasons.push(`has ${vertices} vertices; at most ${MAX_VERTICES}`);
  return reasons;
}

/**
 * The first OGC validity problem of a well-shaped geometry (JTS IsValidOp), named by polygon and
 * ring where it lies within one polygon, by the two polygons where parts clash; null when valid.
 */
export function findTopologyProblem(geometry: ZoneGeometry): TopologyProblem | null {
  const error = findTopologyError(geometry);
  if (!error) return null;
  if (geometry.type === 'Polygon') return describe(error, geometry.type, 0, geometry.coordinates);
  const parts = partsOf(geometry);
  for (let p = 0; p < parts.length; p++) {
    const own = findTopologyError(geometry, p);
    if (own) return describe(own, geometry.type, p, parts[p]!);
  }
  return describeClash(error, parts);
}

/** A problem within polygon p. */
function describe(error: TopologyError, type: ZoneGeometry['type'], p: number, polygon: Position[][]): TopologyProblem {
  const where = type === 'Polygon' ? '' : ` in polygon ${p}`;
  const at = error.at ? ` at ${formatAt(error.at)}` : '';
  const hole = () => {
    const r = polygon.findIndex((ring, i) => i > 0 && error.at !== null && ring.some((position) => samePosition(position, error.at!)));
    return r > 0 ? ringName(type, p, r) : `a hole${where}`;
  };
  switch (error.type) {
    case TopologyErrorType.SELF_INTERSECTION:
      return { reason: `self-intersection${where}${at} (rings cross, overlap or share an edge)`, repairable: true };
    case TopologyErrorType.RING_SELF_INTERSECTION:
      return { reason: `self-intersection${where}${at} (a ring touches itself; a hole may touch its shell at one point, a ring may not pinch)`, repairable: true };
    case TopologyErrorType.DUPLICATE_RINGS:
      return { reason: `self-intersection${where}${at} (two rings are the same)`, repairable: true };
    case TopologyErrorType.DISCONNECTED_INTERIOR:
      return { reason: `interior${where} cut in pieces by its holes${at} (draw the pieces as separate polygons)`, repairable: true };
    case TopologyErrorType.HOLE_OUTSIDE_SHELL:
      return { reason: `${hole()} is a hole outside its shell`, repairable: false };
    case TopologyErrorType.NESTED_HOLES:
      return { reason: `${hole()} is a hole inside another hole`, repairable: false };
    default:
      return { reason: `invalid${where}: ${error.message}${at}`, repairable: false };
  }
}

/** Every part is valid alone, so two parts overlap, nest or share an edge: names the first two that reach the place. */
function describeClash(error: TopologyError, parts: Position[][][]): TopologyProblem {
  const reaching = error.at ? parts.flatMap((polygon, p) => (contains(boundsOf([polygon]), error.at!) ? [p] : [])) : [];
  const [i, j] = reaching.length >= 2 ? reaching : [0, 1];
  const near = error.at ? ` near ${formatAt(error.at)}` : '';
  return { reason: `self-intersection: polygons ${i} and ${j} overlap or share an edge${near} (parts may touch only at points)`, repairable: true };
}

function contains([minX, minY, maxX, maxY]: [number, number, number, number], [x, y]: Position): boolean {
  return x! >= minX && x! <= maxX && y! >= minY && y! <= maxY;
}

function formatAt(at: Position): string {
  return `[${at[0]!.toFixed(6)}, ${at[1]!.toFixed(6)}]`;
}

/** How reports name a ring: `ring r` of a Polygon, `polygon p ring r` of a MultiPolygon. */
export function ringName(type: string, p: number, r: number): string {
  return type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
}

function checkRing(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring)) return `${where} is not an array of positions`;
  for (const [i, position] of ring.entries()) {
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return `${where} position ${i} is not [lng, lat]`;
    }
    const outside = checkChinaPosition(position[0], position[1]);
    if (outside) return `${where} position ${i}: ${outside}`;
  }
  const positions = ring as Position[];
  if (positions.length < 4) return `${where} has ${positions.length} positions; a ring needs at least 4`;
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed (first and last positions differ)`;
  for (let i = 1; i < positions.length; i++) {
    if (samePosition(positions[i - 1]!, positions[i]!)) return `${where} repeats position ${i - 1} at ${i} (duplicate consecutive points)`;
  }
  if (onOneLine(positions)) return `${where} encloses no area (its positions lie on one line)`;
  return null;
}

/**
 * True when every position lies on the line through the first two (within a sine of 10⁻⁹, so that
 * decimal coordinates typed on a line count). Measured from the first position, which keeps the
 * products small enough for doubles.
 */
function onOneLine(ring: Position[]): boolean {
  const [ax, ay] = ring[0] as [number, number];
  const [bx, by] = ring[1] as [number, number];
  const [ux, uy] = [bx - ax, by - ay];
  const lengthU = Math.hypot(ux, uy);
  return ring.every(([px, py]) => {
    const [vx, vy] = [px! - ax, py! - ay];
    return Math.abs(ux * vy - uy * vx) <= 1e-9 * lengthU * Math.hypot(vx, vy);
  });
}

export function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
