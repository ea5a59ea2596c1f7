import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { checkChinaPosition } from '@zsgk/geo';
import type { Position } from 'geojson';
import { distanceToEdgeMeters } from './distanceToEdgeMeters';
import { findCrossings } from './findCrossings';
import { boundsOf, boundsOverlap, partsOf, unionOf } from './polygonSet';
import type { ZoneGeometry } from './Zone';

export const MAX_VERTICES = 100_000;

/**
 * Returns every reason a geometry cannot be a zone, or [] when it can. Checks, cheapest first:
 * type, ring shape (≥ 4 positions, closed, no repeated consecutive points), position plausibility
 * (inside China; lat/lng swapped named as such), vertex count, self-intersection (rings crossing or
 * touching within a polygon; parts of a MultiPolygon overlapping or sharing an edge — they may touch
 * only at points, as in OGC Simple Features), holes outside their shell.
 *
 * @example validateZoneGeometry({ type: 'Point', coordinates: [116.8, 35.5] }) // ['not a polygon (got Point)']
 */
export function validateZoneGeometry(geometry: unknown): string[] {
  const reasons = checkZoneShape(geometry);
  if (reasons.length) return reasons;
  const crossing = findSelfIntersection(geometry as ZoneGeometry);
  if (crossing) return [crossing];
  return findHolesOutsideShell(geometry as ZoneGeometry);
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

/** The self-intersection reason for a well-shaped geometry, or null when it has none. */
export function findSelfIntersection(geometry: ZoneGeometry): string | null {
  const parts = partsOf(geometry);
  for (const [p, polygon] of parts.entries()) {
    const crossings = findCrossings(polygon);
    if (crossings.count) {
      const where = geometry.type === 'Polygon' ? '' : ` in polygon ${p}`;
      return `self-intersection${where} at ${formatAt(crossings.points[0]!)} (${crossings.count} in all)`;
    }
  }
  const bounds = parts.map((polygon) => boundsOf([polygon]));
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      // Parts touching at points stay two parts in a union; overlapping or edge-sharing parts merge.
      if (!boundsOverlap(bounds[i]!, bounds[j]!) || partsStaySeparate(parts[i]!, parts[j]!)) continue;
      const touching = findCrossings([...parts[i]!, ...parts[j]!]).points[0];
      const near = touching ? ` near ${formatAt(touching)}` : '';
      return `self-intersection: polygons ${i} and ${j} overlap or share an edge${near} (parts may touch only at points)`;
    }
  }
  return null;
}

/** True when two polygons merely touch or are apart; a clipping failure counts as a clash. */
function partsStaySeparate(a: Position[][], b: Position[][]): boolean {
  try {
    return unionOf([a], [b]).length > 1;
  } catch {
    return false;
  }
}

function formatAt(at: Position): string {
  return `[${at[0]!.toFixed(6)}, ${at[1]!.toFixed(6)}]`;
}

/**
 * Holes lying outside their shell. Called once no ring crosses another, so a hole is wholly inside
 * or wholly outside: one vertex off the shell's edge decides.
 */
function findHolesOutsideShell(geometry: ZoneGeometry): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const reasons: string[] = [];
  polygons.forEach((polygon, p) => {
    const shell = { type: 'Polygon' as const, coordinates: [polygon[0]!] };
    for (let r = 1; r < polygon.length; r++) {
      const probe = polygon[r]!.find((position) => distanceToEdgeMeters(position, shell) > 0.01);
      if (probe && !booleanPointInPolygon(probe, shell)) reasons.push(`${ringName(geometry.type, p, r)} is a hole outside its shell`);
    }
  });
  return reasons;
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
