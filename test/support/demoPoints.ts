import type { CatchmentCollection } from '@zsgk/demo-district';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface SharedVertex {
  lng: number;
  lat: number;
  /** The two zones whose outlines both pass through the vertex. */
  zoneNames: [string, string];
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * A vertex two single-school zones share in the middle of a shared edge: the next vertex along the
 * ring belongs to the same two zones, and no third zone touches it (not a corner where three meet).
 */
export function sharedEdgeVertex(zones: CatchmentCollection): SharedVertex {
  const owners = new Map<string, Set<number>>();
  zones.features.forEach((feature, i) => {
    for (const ring of rings(feature.geometry)) for (const [lng, lat] of ring) {
      const key = `${lng},${lat}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(i));
    }
  });
  const single = (i: number) => zones.features[i]!.properties.schools.length === 1;
  for (const feature of zones.features) {
    for (const ring of rings(feature.geometry)) {
      for (let k = 1; k + 1 < ring.length; k++) {
        const here = owners.get(`${ring[k]![0]},${ring[k]![1]}`)!;
        const next = owners.get(`${ring[k + 1]![0]},${ring[k + 1]![1]}`)!;
        const [a, b] = [...here];
        if (here.size !== 2 || next.size !== 2 || ![...here].every((z) => next.has(z)) || !single(a!) || !single(b!)) continue;
        return {
          lng: ring[k]![0]!,
          lat: ring[k]![1]!,
          zoneNames: [zones.features[a!]!.properties.name, zones.features[b!]!.properties.name],
        };
      }
    }
  }
  throw new Error('the demo zones share no edge between two single-school zones');
}

/** A point about 1 km west of the district's westernmost vertex: outside every zone, yet near some. */
export function pointOutsideDistrict(boundary: Feature<Polygon | MultiPolygon>): { lng: number; lat: number } {
  const west = rings(boundary.geometry).flat().reduce((best, p) => (p[0]! < best[0]! ? p : best));
  return { lng: Number((west[0]! - 0.011).toFixed(6)), lat: Number(west[1]!.toFixed(6)) };
}
