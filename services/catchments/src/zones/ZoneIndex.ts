import bbox from '@turf/bbox';
import * as FlatbushModule from 'flatbush';
import { distanceToEdgeMeters } from './distanceToEdgeMeters';
import { insideAndNearEdge, packGeometry, type PackedGeometry } from './packedGeometry';
import type { Stage, ZoneGeometry } from './Zone';

// flatbush ships ES modules only; under CommonJS interop the class may arrive as the namespace's default.
type FlatbushClass = typeof import('flatbush').default;
const Flatbush: FlatbushClass =
  ((FlatbushModule as unknown as { default?: FlatbushClass }).default ?? (FlatbushModule as unknown as FlatbushClass));

/** What the index needs of a zone. */
export interface IndexedZone {
  /** Null for a zone defined by address rules alone: it counts for the latest year, but no point lies in it. */
  geometry: ZoneGeometry | null;
  districtCode: string;
  year: number;
  stage: Stage;
}

export interface ZoneHit<Z> {
  zone: Z;
  /** Distance to the zone's nearest edge; beyond the tolerance it is computed when first read. */
  readonly edgeDistanceMeters: number;
}

export interface LocateAnswer<Z> {
  year: number | null;
  /** Zones containing the point (edges count as inside). */
  matches: ZoneHit<Z>[];
  /** Zones not containing the point whose edge is within the tolerance. */
  nearby: ZoneHit<Z>[];
  /** Distance to the nearest edge among matches and nearby, when within the tolerance. */
  nearestEdgeMeters: number | null;
}

/**
 * An immutable in-memory index of published zones: a packed Hilbert R-tree (flatbush) over bounding
 * boxes, then an exact point-in-polygon test and an edge-distance check on the few candidates.
 * Immutable so a rebuild can be swapped in with one assignment: a lookup sees the old or the new
 * index, never a mix.
 */
export class ZoneIndex<Z extends IndexedZone> {
  private readonly tree: InstanceType<FlatbushClass> | null;
  /** The zones that have a polygon, in the tree's order. */
  private readonly drawn: readonly (Z & { geometry: ZoneGeometry })[];
  /** Each drawn zone's rings as one typed array (same order as drawn): the lookup's hot data. */
  private readonly packed: PackedGeometry[];
  /**
   * Latest school year per district and stage (`${district}|${stage}`), and over all stages
   * (`${district}|`): each district publishes on its own calendar, so one district's later year
   * must never hide another's.
   */
  private readonly latestYear = new Map<string, number>();
  /**
   * Per drawn zone: whether its year is its district's latest for its stage, and over all stages.
   * Derived once here so a lookup without a year compares a flag, not a map key per candidate.
   */
  private readonly latestOfStage: Uint8Array;
  private readonly latestOfAny: Uint8Array;

  constructor(private readonly zones: readonly Z[]) {
    this.drawn = zones.filter((zone): zone is Z & { geometry: ZoneGeometry } => zone.geometry !== null);
    this.packed = this.drawn.map((zone) => packGeometry(zone.geometry));
    for (const zone of zones) {
      for (const key of [`${zone.districtCode}|${zone.stage}`, `${zone.districtCode}|`]) {
        if (zone.year > (this.latestYear.get(key) ?? -Infinity)) this.latestYear.set(key, zone.year);
      }
    }
    this.latestOfStage = Uint8Array.from(this.drawn, (zone) => Number(zone.year === this.latest(zone.districtCode, zone.stage)));
    this.latestOfAny = Uint8Array.from(this.drawn, (zone) => Number(zone.year === this.latest(zone.districtCode)));
    if (this.drawn.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(this.drawn.length);
    for (const zone of this.drawn) {
      const [minX, minY, maxX, maxY] = bbox(zone.geometry);
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.tree = tree;
  }

  get size(): number {
    return this.zones.length;
  }

  /** Latest school year with a published zone of the district (of `stage`, if given). */
  latest(districtCode: string, stage?: Stage | null): number | null {
    return this.latestYear.get(`${districtCode}|${stage ?? ''}`) ?? null;
  }

  /**
   * Zones containing the point, and those whose edge is near it. Without a year, each zone counts
   * only in its own district's latest published year (of the stage asked, or of any stage);
   * `year` in the answer is then that of the first zone found, null when none is.
   */
  locate(lng: number, lat: number, options: { year?: number | null; stage?: Stage | null; toleranceMeters: number }): LocateAnswer<Z> {
    const answer: LocateAnswer<Z> = { year: options.year ?? null, matches: [], nearby: [], nearestEdgeMeters: null };
    if (!this.tree) return answer;
    for (const i of this.tree.search(...windowAround(lng, lat, options.toleranceMeters))) {
      const zone = this.drawn[i]!;
      if (options.stage && zone.stage !== options.stage) continue;
      if (!this.inYear(i, options)) continue;
      const { inside, nearEdgeMeters } = insideAndNearEdge(lng, lat, this.packed[i]!, options.toleranceMeters);
      if (inside || nearEdgeMeters !== null) answer.year ??= zone.year;
      if (inside) answer.matches.push(hit(zone, nearEdgeMeters, lng, lat));
      else if (nearEdgeMeters !== null) answer.nearby.push(hit(zone, nearEdgeMeters, lng, lat));
      if (nearEdgeMeters !== null) answer.nearestEdgeMeters = Math.min(answer.nearestEdgeMeters ?? Infinity, nearEdgeMeters);
    }
    return answer;
  }

  /**
   * The zones of a year (and stage) whose edge is nearest the point, nearest first: at most `limit`,
   * none farther than `maxMeters`. For "no zone here; these are the closest". Without a year, each
   * zone's own district's latest year.
   */
  nearest(lng: number, lat: number, options: { year: number | null; stage?: Stage | null; limit: number; maxMeters: number }): ZoneHit<Z>[] {
    if (!this.tree) return [];
    const point: [number, number] = [lng, lat];
    return this.tree
      .search(...windowAround(lng, lat, options.maxMeters))
      .filter((i) => this.inYear(i, options) && (!options.stage || this.drawn[i]!.stage === options.stage))
      .map((i) => this.drawn[i]!)
      .map((zone) => ({ zone, edgeDistanceMeters: distanceToEdgeMeters(point, zone.geometry) }))
      .filter((hit) => hit.edgeDistanceMeters <= options.maxMeters)
      .sort((a, b) => a.edgeDistanceMeters - b.edgeDistanceMeters)
      .slice(0, options.limit);
  }

  /** Drawn zone `i` is of the year asked, or (none asked) its district's latest for the stage asked or any stage. */
  private inYear(i: number, options: { year?: number | null; stage?: Stage | null }): boolean {
    if (options.year != null) return this.drawn[i]!.year === options.year;
    return (options.stage ? this.latestOfStage[i] : this.latestOfAny[i]) === 1;
  }
}

/** A hit whose exact edge distance, when beyond the tolerance, is measured only if someone reads it. */
function hit<Z extends IndexedZone & { geometry: ZoneGeometry }>(zone: Z, nearEdgeMeters: number | null, lng: number, lat: number): ZoneHit<Z> {
  if (nearEdgeMeters !== null) return { zone, edgeDistanceMeters: nearEdgeMeters };
  let measured: number | undefined;
  return {
    zone,
    get edgeDistanceMeters() {
      measured ??= distanceToEdgeMeters([lng, lat], zone.geometry);
      return measured;
    },
  };
}

/** A lng/lat box reaching `meters` from the point in every direction. */
function windowAround(lng: number, lat: number, meters: number): [number, number, number, number] {
  const dLat = meters / 110_574;
  const dLng = meters / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}
