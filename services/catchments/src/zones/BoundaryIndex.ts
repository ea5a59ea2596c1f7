import * as FlatbushModule from 'flatbush';
import type { Position } from 'geojson';
import { segmentDistanceSquared } from './packedGeometry';
import type { ZoneGeometry } from './Zone';

type FlatbushClass = typeof import('flatbush').default;
const Flatbush: FlatbushClass =
  ((FlatbushModule as unknown as { default?: FlatbushClass }).default ?? (FlatbushModule as unknown as FlatbushClass));

const METERS_PER_DEGREE_LAT = 110_574;
const METERS_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

/**
 * A district boundary prepared for many point questions: an R-tree over its edges and one over its
 * vertices, so "is this point inside, or within t metres of the edge?" reads a handful of edges
 * instead of all of them (a real district boundary has thousands). Edges count as inside.
 *
 * @example new BoundaryIndex(boundary).insideOrNear(116.8, 35.55, 50) // true inside 兖州区
 */
export class BoundaryIndex {
  /** Edge i runs from position i to i + 1 of `coords` (positions that end a ring start no edge). */
  private readonly edgeStart: Uint32Array;
  private readonly coords: Float64Array;
  private readonly edges: InstanceType<FlatbushClass>;
  private readonly vertices: InstanceType<FlatbushClass>;
  readonly bbox: [number, number, number, number];

  constructor(boundary: ZoneGeometry) {
    const rings = (boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates).flat();
    const positions = rings.reduce((n, ring) => n + ring.length, 0);
    this.coords = new Float64Array(positions * 2);
    const starts: number[] = [];
    let p = 0;
    for (const ring of rings) {
      ring.forEach((position, i) => {
        this.coords[2 * p] = position[0]!;
        this.coords[2 * p + 1] = position[1]!;
        if (i < ring.length - 1) starts.push(p);
        p++;
      });
    }
    this.edgeStart = Uint32Array.from(starts);
    this.edges = new Flatbush(Math.max(1, starts.length));
    for (const s of starts) {
      const [ax, ay, bx, by] = [this.coords[2 * s]!, this.coords[2 * s + 1]!, this.coords[2 * s + 2]!, this.coords[2 * s + 3]!];
      this.edges.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    if (starts.length === 0) this.edges.add(0, 0, 0, 0);
    this.edges.finish();
    this.vertices = new Flatbush(Math.max(1, positions));
    for (let i = 0; i < positions; i++) this.vertices.add(this.coords[2 * i]!, this.coords[2 * i + 1]!, this.coords[2 * i]!, this.coords[2 * i + 1]!);
    if (positions === 0) this.vertices.add(0, 0, 0, 0);
    this.vertices.finish();
    this.bbox = [this.edges.minX, this.edges.minY, this.edges.maxX, this.edges.maxY];
  }

  /** Inside the boundary (even-odd over every ring, edges count), or within `meters` of an edge. */
  insideOrNear(lng: number, lat: number, meters: number): boolean {
    return this.nearEdge(lng, lat, meters) || this.inside(lng, lat);
  }

  /** Whether some boundary edge passes within `meters` of the point. */
  nearEdge(lng: number, lat: number, meters: number): boolean {
    const kx = METERS_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
    const dx = meters / kx;
    const dy = meters / METERS_PER_DEGREE_LAT;
    const limit = meters * meters;
    for (const e of this.edges.search(lng - dx, lat - dy, lng + dx, lat + dy)) {
      const s = this.edgeStart[e]!;
      const d = segmentDistanceSquared(
        (this.coords[2 * s]! - lng) * kx, (this.coords[2 * s + 1]! - lat) * METERS_PER_DEGREE_LAT,
        (this.coords[2 * s + 2]! - lng) * kx, (this.coords[2 * s + 3]! - lat) * METERS_PER_DEGREE_LAT,
      );
      if (d <= limit) return true;
    }
    return false;
  }

  /** Boundary vertices within a box (to test them against a zone). */
  verticesIn([minX, minY, maxX, maxY]: readonly number[]): Position[] {
    return this.vertices.search(minX!, minY!, maxX!, maxY!).map((i) => [this.coords[2 * i]!, this.coords[2 * i + 1]!]);
  }

  /** Even-odd crossing test on the ray towards +x, reading only the edges whose box meets the ray. */
  private inside(lng: number, lat: number): boolean {
    let inside = false;
    for (const e of this.edges.search(lng, lat, this.bbox[2], lat)) {
      const s = this.edgeStart[e]!;
      const ax = this.coords[2 * s]!, ay = this.coords[2 * s + 1]!, bx = this.coords[2 * s + 2]!, by = this.coords[2 * s + 3]!;
      if (ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax) inside = !inside;
    }
    return inside;
  }
}
