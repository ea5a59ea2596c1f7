import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { toMultiPolygonXY } from './createBoundaryClipper';
import type { VoronoiEdge, ZoneSite } from './makeZones';
import { centroid, containsPoint, distance, isSimple, midpoint, type MultiPolygonXY } from './planarGeometry';

export interface LotteryMerge {
  /** The two cells merged, lower index first. */
  cells: [number, number];
  geometry: MultiPolygonXY;
}

export interface MergeLotteryPairsOptions {
  count: number;
  sites: ZoneSite[];
  /** Each cell's clipped geometry. */
  shaped: MultiPolygonXY[];
  edges: Map<string, VoronoiEdge>;
  boundary: MultiPolygonXY;
  /** Shortest shared Voronoi edge worth merging across, in metres; a corner contact is no border. */
  minSharedEdge: number;
}

/**
 * Picks `count` disjoint pairs of neighbouring mergeable cells and unions each pair into one zone.
 * Multi-school zoning is an urban remedy for oversubscribed schools, so pairs nearest the middle of
 * the district go first. Pairs sharing a long border are preferred; in a district with few schools,
 * where such pairs may not be disjoint, any shared border will do, and each pair is tried first.
 *
 * @example mergeLotteryPairs({ count: 2, sites, shaped, edges, boundary, minSharedEdge: 300 }) // [{ cells: [3, 7], geometry }, …]
 */
export function mergeLotteryPairs({ count, sites, shaped, edges, boundary, minSharedEdge }: MergeLotteryPairsOptions): LotteryMerge[] {
  if (count === 0) return [];
  const middle = centroid(boundary);
  const unions = new Map<VoronoiEdge, MultiPolygonXY | null>();
  const unionOf = (edge: VoronoiEdge) => {
    if (!unions.has(edge)) unions.set(edge, unite(shaped[edge.cells[0]!]!, shaped[edge.cells[1]!]!));
    return unions.get(edge)!;
  };
  const adjacent = [...edges.values()]
    .filter(({ a, b, cells }) => cells.length === 2 && cells.every((c) => sites[c]!.mergeable) && containsPoint(boundary, midpoint(a, b)))
    .sort((x, y) => distance(midpoint(x.a, x.b), middle) - distance(midpoint(y.a, y.b), middle));

  for (const shortest of [minSharedEdge, 0]) {
    const candidates = adjacent.filter(({ a, b }) => distance(a, b) >= shortest);
    for (let first = 0; first < candidates.length; first++) {
      const merges = pickGreedily([...candidates.slice(first), ...candidates.slice(0, first)], count, unionOf);
      if (merges.length === count) return merges;
    }
  }
  throw new Error(`found no ${count} disjoint pairs of neighbouring primary schools to share a LOTTERY zone; ask for more primary schools`);
}

function pickGreedily(candidates: VoronoiEdge[], count: number, unionOf: (edge: VoronoiEdge) => MultiPolygonXY | null): LotteryMerge[] {
  const used = new Set<number>();
  const merges: LotteryMerge[] = [];
  for (const edge of candidates) {
    if (merges.length === count) break;
    const [c1, c2] = [...edge.cells].sort((x, y) => x - y) as [number, number];
    if (used.has(c1) || used.has(c2)) continue;
    const geometry = unionOf(edge);
    if (!geometry) continue;
    merges.push({ cells: [c1, c2], geometry });
    used.add(c1).add(c2);
  }
  return merges;
}

/** The union of two cells, or null unless it joins them along a border into simple rings. */
function unite(a: MultiPolygonXY, b: MultiPolygonXY): MultiPolygonXY | null {
  const union = turf.union(turf.featureCollection<Polygon | MultiPolygon>([turf.multiPolygon(a), turf.multiPolygon(b)]));
  if (!union) return null;
  const geometry = toMultiPolygonXY(union);
  // Fewer parts than the two had: they met along an edge, not at a corner or not at all.
  return geometry.length < a.length + b.length && isSimple(geometry) ? geometry : null;
}
