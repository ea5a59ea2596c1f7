import type { MultiPolygon, Polygon } from 'geojson';
import { isOnSegment } from './isOnSegment';

const METERS_PER_DEGREE_LAT = 110_574;
const METERS_PER_DEGREE_LNG_AT_EQUATOR = 111_320;
/**
 * Below this squared distance (1 mm²) a segment is checked exactly for the point lying on it: the
 * local frame's rounding leaves a point exactly on an edge some 10⁻¹² m off it, and the crossing test
 * then counts it either way (19 % of points on a square's horizontal and vertical edges came out
 * inside neither of two neighbours).
 */
const ON_EDGE_CHECK_SQUARED = 1e-6;

/** A zone's rings packed into one Float64Array [x0, y0, x1, y1, …], with where each ring ends. */
export interface PackedGeometry {
  coords: Float64Array;
  /** Index (in positions) one past the last position of each ring. */
  ringEnds: Uint32Array;
}

/**
 * Packs a (Multi)Polygon for lookups: one contiguous typed array per zone instead of an array per
 * position, so a lookup touches a few cache lines instead of hundreds of scattered objects. Valid
 * MultiPolygon parts do not overlap, so the even-odd rule over all rings of all parts decides inside.
 */
export function packGeometry(geometry: Polygon | MultiPolygon): PackedGeometry {
  const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
  const coords = new Float64Array(rings.reduce((n, ring) => n + ring.length * 2, 0));
  const ringEnds = new Uint32Array(rings.length);
  let p = 0;
  rings.forEach((ring, r) => {
    for (const position of ring) {
      coords[2 * p] = position[0]!;
      coords[2 * p + 1] = position[1]!;
      p++;
    }
    ringEnds[r] = p;
  });
  return { coords, ringEnds };
}

/**
 * In one pass over a packed zone: whether [px, py] is inside (a point exactly on an edge or vertex,
 * in the coordinates as given, is inside every zone that has that edge, at 0 m), and the distance in
 * metres to the nearest edge when that is within `toleranceMeters` (else null). Works in a local
 * equirectangular frame around the point (sub-centimetre error at tens of metres); segments whose
 * box is beyond the tolerance are skipped with four comparisons.
 *
 * @example insideAndNearEdge(116.8, 35.55, packGeometry(square), 30) // { inside: true, nearEdgeMeters: 0 } on an edge
 */
export function insideAndNearEdge(px: number, py: number, zone: PackedGeometry, toleranceMeters: number): { inside: boolean; nearEdgeMeters: number | null } {
  const kx = METERS_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((py * Math.PI) / 180);
  const ky = METERS_PER_DEGREE_LAT;
  const t = toleranceMeters;
  const { coords, ringEnds } = zone;
  let bestSquared = Infinity;
  let crossings = false;
  let onEdge = false;
  let start = 0;
  for (let r = 0; r < ringEnds.length; r++) {
    const end = ringEnds[r]!;
    let ax = (coords[2 * start]! - px) * kx;
    let ay = (coords[2 * start + 1]! - py) * ky;
    for (let i = start + 1; i < end; i++) {
      const bx = (coords[2 * i]! - px) * kx;
      const by = (coords[2 * i + 1]! - py) * ky;
      // Even-odd crossing test on the ray towards +x; the point is the origin.
      if (ay > 0 !== by > 0 && 0 < ((bx - ax) * -ay) / (by - ay) + ax) crossings = !crossings;
      if (!((ax > t && bx > t) || (ax < -t && bx < -t) || (ay > t && by > t) || (ay < -t && by < -t))) {
        const d = segmentDistanceSquared(ax, ay, bx, by);
        if (d < bestSquared) bestSquared = d;
        if (d < ON_EDGE_CHECK_SQUARED && !onEdge) {
          onEdge = isOnSegment(coords[2 * i - 2]!, coords[2 * i - 1]!, coords[2 * i]!, coords[2 * i + 1]!, px, py);
        }
      }
      ax = bx;
      ay = by;
    }
    start = end;
  }
  if (onEdge) return { inside: true, nearEdgeMeters: 0 };
  return { inside: crossings, nearEdgeMeters: bestSquared <= t * t ? Math.sqrt(bestSquared) : null };
}

/** Squared distance from the origin to segment (ax, ay)–(bx, by); no Math.hypot (slow in V8). */
export function segmentDistanceSquared(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  const x = ax + t * dx;
  const y = ay + t * dy;
  return x * x + y * y;
}
