import * as FlatbushModule from 'flatbush';
import type { Position } from 'geojson';

// flatbush ships ES modules only; under CommonJS interop the class may arrive as the namespace's default.
type FlatbushClass = typeof import('flatbush').default;
const Flatbush: FlatbushClass =
  ((FlatbushModule as unknown as { default?: FlatbushClass }).default ?? (FlatbushModule as unknown as FlatbushClass));

/**
 * Where the edges of some closed rings cross or touch, other than consecutive edges meeting at
 * their shared vertex: the self-intersections of a polygon (rings crossing, a ring touching itself, a
 * spike doubling back on itself). It finds what @turf/kinks finds, but searches an R-tree of edge
 * boxes instead of comparing every pair of edges: a 100,000-vertex ring (the limit) takes ~0.5 s
 * here against ~113 s with kinks. Returns the crossing points (at most `limit`) and how many pairs
 * of edges meet in all.
 *
 * @example findCrossings([bowtieRing]).points // [[116.79, 35.55]]
 */
export function findCrossings(rings: readonly Position[][], limit = 1): { points: Position[]; count: number } {
  const edges: Array<{ ring: number; i: number; last: boolean; a: Position; b: Position }> = [];
  rings.forEach((ring, r) => {
    for (let i = 1; i < ring.length; i++) edges.push({ ring: r, i: i - 1, last: i === ring.length - 1, a: ring[i - 1]!, b: ring[i]! });
  });
  const result = { points: [] as Position[], count: 0 };
  if (edges.length === 0) return result;
  const tree = new Flatbush(edges.length);
  for (const { a, b } of edges) tree.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  tree.finish();
  edges.forEach((edge, e) => {
    const { a, b } = edge;
    for (const f of tree.search(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!))) {
      if (f <= e) continue;
      const other = edges[f]!;
      if (other.ring === edge.ring && (other.i === edge.i + 1 || (edge.i === 0 && other.last))) continue;
      const at = intersection(a, b, other.a, other.b);
      if (!at) continue;
      result.count += 1;
      if (result.points.length < limit) result.points.push(at);
    }
  });
  return result;
}

/** A point where segments ab and cd meet (touching counts), or null. */
function intersection(a: Position, b: Position, c: Position, d: Position): Position | null {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
  }
  if (d1 === 0 && onSegment(c, d, a)) return a;
  if (d2 === 0 && onSegment(c, d, b)) return b;
  if (d3 === 0 && onSegment(a, b, c)) return c;
  if (d4 === 0 && onSegment(a, b, d)) return d;
  return null;
}

function orient(p: Position, q: Position, r: Position): number {
  return (q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!);
}

/** r is collinear with pq: is it within the segment's box? */
function onSegment(p: Position, q: Position, r: Position): boolean {
  return Math.min(p[0]!, q[0]!) <= r[0]! && r[0]! <= Math.max(p[0]!, q[0]!) && Math.min(p[1]!, q[1]!) <= r[1]! && r[1]! <= Math.max(p[1]!, q[1]!);
}
