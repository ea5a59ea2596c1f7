import * as turf from '@turf/turf';

/**
 * Plane geometry in local metres (see createLocalProjection). The generator works in metres so that
 * Voronoi cells mean "nearest school" and noise amplitudes, spacings and margins are real distances.
 */
export type XY = [number, number];
/** A closed ring: first position repeated at the end, as in GeoJSON. */
export type Ring = XY[];
/** Outer ring first, then holes. */
export type PolygonXY = Ring[];
export type MultiPolygonXY = PolygonXY[];
export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/** @example distance([0, 0], [3, 4]) // 5 */
export function distance(a: XY, b: XY): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** @example midpoint([0, 0], [4, 2]) // [2, 1] */
export function midpoint(a: XY, b: XY): XY {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/**
 * Distance from p to the segment a–b.
 *
 * @example distanceToSegment([5, 3], [0, 0], [10, 0]) // 3
 */
export function distanceToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Distance from p to the nearest edge of any ring of the geometry (inside or outside alike).
 *
 * @example distanceToEdges([5, 3], [[[[0, 0], [10, 0], [10, 10], [0, 0]]]]) // ≈ 1.41 (to the diagonal)
 */
export function distanceToEdges(p: XY, geometry: MultiPolygonXY): number {
  let best = Infinity;
  for (const polygon of geometry) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(p, ring[i - 1]!, ring[i]!));
    }
  }
  return best;
}

/**
 * Even–odd ray casting over every ring, so holes count as outside.
 *
 * @example containsPoint([[[[0, 0], [10, 0], [0, 10], [0, 0]]]], [2, 2]) // true
 */
export function containsPoint(geometry: MultiPolygonXY, p: XY): boolean {
  let inside = false;
  for (const polygon of geometry) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/**
 * Signed shoelace area; positive for counter-clockwise rings.
 *
 * @example ringArea([[0, 0], [10, 0], [0, 10], [0, 0]]) // 50
 */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return twice / 2;
}

/**
 * Area in m²: outer rings minus holes, whatever their winding.
 *
 * @example area([[[[0, 0], [0, 10], [10, 0], [0, 0]]]]) // 50
 */
export function area(geometry: MultiPolygonXY): number {
  let total = 0;
  for (const polygon of geometry) polygon.forEach((ring, r) => (total += (r === 0 ? 1 : -1) * Math.abs(ringArea(ring))));
  return total;
}

/**
 * Area-weighted centroid of the outer rings (good enough to say which way a neighbour lies).
 *
 * @example centroid([[[[0, 0], [3, 0], [0, 3], [0, 0]]]]) // [1, 1]
 */
export function centroid(geometry: MultiPolygonXY): XY {
  let total = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of geometry) {
    const ring = polygon[0] ?? [];
    // Moments and area share the ring's winding sign, so their ratio is the same either way round.
    let twiceArea = 0;
    let mx = 0;
    let my = 0;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1]!;
      const [x1, y1] = ring[i]!;
      const cross = x0 * y1 - x1 * y0;
      twiceArea += cross;
      mx += (x0 + x1) * cross;
      my += (y0 + y1) * cross;
    }
    if (twiceArea === 0) continue;
    const weight = Math.abs(twiceArea);
    total += weight;
    cx += (mx / (3 * twiceArea)) * weight;
    cy += (my / (3 * twiceArea)) * weight;
  }
  if (total === 0) throw new Error('centroid() needs a geometry with area');
  return [cx / total, cy / total];
}

/** @example bboxOf([[0, 0], [3, 1], [0, 0]]) // [0, 0, 3, 1] */
export function bboxOf(geometry: MultiPolygonXY | Ring): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: XY) => {
    box[0] = Math.min(box[0], p[0]);
    box[1] = Math.min(box[1], p[1]);
    box[2] = Math.max(box[2], p[0]);
    box[3] = Math.max(box[3], p[1]);
  };
  if (typeof (geometry as Ring)[0]?.[0] === 'number') (geometry as Ring).forEach(visit);
  else (geometry as MultiPolygonXY).forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
  return box;
}

/** @example bboxesOverlap([0, 0, 2, 2], [1, 1, 3, 3]) // true */
export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * True when no ring crosses or touches itself or another ring, and no ring repeats a point: what
 * turf.kinks and the catchments import (validateZoneGeometry) accept.
 *
 * @example isSimple([[[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]]) // false: a bow tie
 */
export function isSimple(geometry: MultiPolygonXY): boolean {
  for (const polygon of geometry) {
    for (const ring of polygon) {
      if (ring.length < 4) return false;
      for (let i = 1; i < ring.length; i++) if (ring[i - 1]![0] === ring[i]![0] && ring[i - 1]![1] === ring[i]![1]) return false;
    }
  }
  return turf.kinks(turf.multiPolygon(geometry)).features.length === 0;
}

/** @example bboxContains([0, 0, 2, 2], [1, 1]) // true */
export function bboxContains(box: BBox, p: XY): boolean {
  return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}
