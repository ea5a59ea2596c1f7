import * as turf from '@turf/turf';
import { createBoundaryClipper } from './createBoundaryClipper';
import { mergeLotteryPairs } from './mergeLotteryPairs';
import { area, bboxOf, containsPoint, isSimple, midpoint, type BBox, type MultiPolygonXY, type Ring, type XY } from './planarGeometry';
import { edgeKey, roughenRing, type RoughenOptions } from './roughenEdges';

/** A school site taking part in one stage's diagram. */
export interface ZoneSite {
  xy: XY;
  /** Index of the school in the generator's list. */
  school: number;
  /** May be merged into a multi-school (LOTTERY) zone. */
  mergeable: boolean;
}

/** A zone in local metres, before it is named and converted to WGS-84. */
export interface PlanarZone {
  schools: number[];
  allocation: 'NEAREST' | 'LOTTERY';
  geometry: MultiPolygonXY;
  /** Indices of zones sharing a border inside the district, ascending. */
  neighbours: number[];
}

/** One Voronoi edge and the one or two cells (indices into sites) on either side. */
export interface VoronoiEdge {
  a: XY;
  b: XY;
  cells: number[];
}

export interface MakeZonesOptions {
  sites: ZoneSite[];
  boundary: MultiPolygonXY;
  seed: number;
  /** How many pairs of neighbouring cells to merge into LOTTERY zones. */
  lotteryZones: number;
}

// A few per cent of an edge's length: visibly hand-drawn, far from the school sites.
const AMPLITUDE = 0.04;
// Rounds of halving the noise on edges of invalid cells; the last round makes them straight, and
// straight Voronoi cells are convex, so the loop always ends with valid cells.
const REPAIR_ROUNDS = 4;

/**
 * Makes one stage's catchment zones: Voronoi cells of the school sites, edges roughened (shared
 * edges identically), clipped to the district, and `lotteryZones` pairs of neighbours merged. The
 * zones partition the district: no overlaps, no gaps, every ring simple.
 *
 * @example makeZones({ sites, boundary, seed: 1, lotteryZones: 2 }) // sites.length − 2 zones
 */
export function makeZones({ sites, boundary, seed, lotteryZones }: MakeZonesOptions): PlanarZone[] {
  if (sites.length < 2 * lotteryZones + 1) throw new Error(`makeZones needs more than ${2 * lotteryZones} sites to merge ${lotteryZones} pairs`);
  const frame = frameAround(boundary);
  const cells = voronoiCells(sites, frame);
  const edges = indexEdges(cells);
  // Typical distance between sites ÷ 14: an edge (about 0.6 of that distance) gets about 8 points.
  const spacing = Math.sqrt(area(boundary) / sites.length) / 14;
  const shaped = shapeCells(cells, sites, edges, { boundary, seed, spacing, frame });

  // A shared border of a fifth of the site distance or more, so merged cells read as one area.
  const merges = mergeLotteryPairs({ count: lotteryZones, sites, shaped, edges, boundary, minSharedEdge: spacing * 3 });
  const absorbedBy = new Map(merges.map(({ cells: [first, second] }) => [second, first]));
  const leaders = cells.map((_, cell) => cell).filter((cell) => !absorbedBy.has(cell));
  const zoneOfLeader = new Map(leaders.map((cell, zone) => [cell, zone]));
  const zoneOf = (cell: number) => zoneOfLeader.get(absorbedBy.get(cell) ?? cell)!;

  const zones: PlanarZone[] = leaders.map((cell) => {
    const merge = merges.find((m) => m.cells[0] === cell);
    return merge
      ? { schools: merge.cells.map((c) => sites[c]!.school), allocation: 'LOTTERY', geometry: merge.geometry, neighbours: [] }
      : { schools: [sites[cell]!.school], allocation: 'NEAREST', geometry: shaped[cell]!, neighbours: [] };
  });
  for (const edge of edges.values()) {
    const [c1, c2] = edge.cells;
    if (c2 === undefined || !isInside(boundary, edge)) continue;
    const [z1, z2] = [zoneOf(c1!), zoneOf(c2)];
    if (z1 === z2) continue;
    zones[z1]!.neighbours.push(z2);
    zones[z2]!.neighbours.push(z1);
  }
  for (const zone of zones) zone.neighbours = [...new Set(zone.neighbours)].sort((x, y) => x - y);
  return zones;
}

/**
 * Roughens and clips every cell; a cell that comes out self-intersecting, or without its school,
 * gets less noise on all its edges (and so do its neighbours, which share them) and is redone.
 */
function shapeCells(
  cells: Ring[],
  sites: ZoneSite[],
  edges: Map<string, VoronoiEdge>,
  { boundary, seed, spacing, frame }: { boundary: MultiPolygonXY; seed: number; spacing: number; frame: BBox },
): MultiPolygonXY[] {
  const clip = createBoundaryClipper(boundary);
  const scales = new Map<string, number>();
  const options: RoughenOptions = {
    seed,
    amplitude: AMPLITUDE,
    spacing,
    scaleOf: (key) => scales.get(key) ?? 1,
    isFixed: (a, b) => (a[0] === b[0] && (a[0] === frame[0] || a[0] === frame[2])) || (a[1] === b[1] && (a[1] === frame[1] || a[1] === frame[3])),
  };
  const shaped: MultiPolygonXY[] = [];
  let dirty = cells.map((_, i) => i);
  for (let round = 0; dirty.length > 0; round++) {
    const bad: number[] = [];
    for (const i of dirty) {
      const rough: MultiPolygonXY = [[roughenRing(cells[i]!, options)]];
      shaped[i] = clip(rough[0]!);
      if (!isSimple(rough) || !containsPoint(rough, sites[i]!.xy) || !isSimple(shaped[i]!)) bad.push(i);
    }
    if (bad.length === 0) break;
    if (round === REPAIR_ROUNDS) throw new Error(`cells ${bad.join(', ')} are invalid even with straight edges; is the boundary itself valid?`);
    const touched = new Set<number>();
    for (const i of bad) {
      forEachEdge(cells[i]!, (a, b) => {
        const key = edgeKey(a, b);
        scales.set(key, round + 1 === REPAIR_ROUNDS ? 0 : options.scaleOf(key) / 2);
        edges.get(key)!.cells.forEach((cell) => touched.add(cell));
      });
    }
    dirty = [...touched].sort((x, y) => x - y);
  }
  return shaped;
}

function voronoiCells(sites: ZoneSite[], frame: BBox): Ring[] {
  const points = turf.featureCollection(sites.map((site) => turf.point(site.xy)));
  return turf.voronoi(points, { bbox: frame }).features.map((cell, i) => {
    if (!cell) throw new Error(`school site ${i} has no Voronoi cell (duplicate position?)`);
    return cell.geometry.coordinates[0]!.map((p) => [p[0]!, p[1]!] as XY);
  });
}

/** Every edge once, by canonical key. d3-voronoi gives both cells the very same vertex values. */
function indexEdges(cells: Ring[]): Map<string, VoronoiEdge> {
  const edges = new Map<string, VoronoiEdge>();
  cells.forEach((ring, cell) =>
    forEachEdge(ring, (a, b) => {
      const key = edgeKey(a, b);
      const edge = edges.get(key);
      if (edge) edge.cells.push(cell);
      else edges.set(key, { a, b, cells: [cell] });
    }),
  );
  return edges;
}

function forEachEdge(ring: Ring, visit: (a: XY, b: XY) => void): void {
  for (let i = 1; i < ring.length; i++) visit(ring[i - 1]!, ring[i]!);
}

/** The boundary's box with a margin, so cells along the district border are never cut by the frame. */
function frameAround(boundary: MultiPolygonXY): BBox {
  const [minX, minY, maxX, maxY] = bboxOf(boundary);
  const margin = Math.max(1000, 0.05 * Math.max(maxX - minX, maxY - minY));
  return [minX - margin, minY - margin, maxX + margin, maxY + margin];
}

/** Whether any of an edge's ends or its middle lies in the district: only then are its cells neighbours there. */
function isInside(boundary: MultiPolygonXY, { a, b }: VoronoiEdge): boolean {
  return [a, b, midpoint(a, b)].some((p) => containsPoint(boundary, p));
}
