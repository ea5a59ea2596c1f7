import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import * as FlatbushModule from 'flatbush';
import { distanceToEdgeMeters } from './distanceToEdgeMeters';
import type { Stage, ZoneGeometry } from './Zone';

// flatbush ships ES modules only; under CommonJS interop the class may arrive as the namespace's default.
type FlatbushClass = typeof import('flatbush').default;
const Flatbush: FlatbushClass =
  ((FlatbushModule as unknown as { default?: FlatbushClass }).default ?? (FlatbushModule as unknown as FlatbushClass));

/** What the index needs of a zone. */
export interface IndexedZone {
  geometry: ZoneGeometry;
  year: number;
  stage: Stage;
}

export interface ZoneHit<Z> {
  zone: Z;
  edgeDistanceMeters: number;
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
  /** Latest school year per stage, and over all stages (key ''). */
  private readonly latestYear = new Map<string, number>();

  constructor(private readonly zones: readonly Z[]) {
    for (const zone of zones) {
      for (const key of [zone.stage, '']) {
        if (zone.year > (this.latestYear.get(key) ?? -Infinity)) this.latestYear.set(key, zone.year);
      }
    }
    if (zones.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(zones.length);
    for (const zone of zones) {
      const [minX, minY, maxX, maxY] = bbox(zone.geometry);
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.tree = tree;
  }

  get size(): number {
    return this.zones.length;
  }

  /** Latest school year with a published zone (of `stage`, if given). */
  latest(stage?: Stage): number | null {
    return this.latestYear.get(stage ?? '') ?? null;
  }

  locate(lng: number, lat: number, options: { year?: number | null; stage?: Stage | null; toleranceMeters: number }): LocateAnswer<Z> {
    const year = options.year ?? this.latest(options.stage ?? undefined);
    const answer: LocateAnswer<Z> = { year, matches: [], nearby: [], nearestEdgeMeters: null };
    if (!this.tree || year === null) return answer;
    const dLat = options.toleranceMeters / 110_574;
    const dLng = options.toleranceMeters / (111_320 * Math.cos((lat * Math.PI) / 180));
    const point: [number, number] = [lng, lat];
    for (const i of this.tree.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat)) {
      const zone = this.zones[i]!;
      if (zone.year !== year || (options.stage && zone.stage !== options.stage)) continue;
      const inside = booleanPointInPolygon(point, zone.geometry);
      const edgeDistanceMeters = distanceToEdgeMeters(point, zone.geometry);
      if (inside) answer.matches.push({ zone, edgeDistanceMeters });
      else if (edgeDistanceMeters <= options.toleranceMeters) answer.nearby.push({ zone, edgeDistanceMeters });
      if (edgeDistanceMeters <= options.toleranceMeters) {
        answer.nearestEdgeMeters = Math.min(answer.nearestEdgeMeters ?? Infinity, edgeDistanceMeters);
      }
    }
    return answer;
  }
}
