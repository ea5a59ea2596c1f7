import type { Position } from 'geojson';
import { mulberry32 as seededRandom } from '@zsgk/demo-district';
import type { BenchZone } from './makeBenchZones';

export interface BenchPoints {
  points: [number, number][];
  /** How many of `points` (at the end) are vertices shared by two or more zones: edge cases. */
  sharedVertices: number;
}

/**
 * The lookup points: 95 % uniform over the zones' bounding box (some fall outside every zone, as
 * real clicks do), 5 % vertices shared by neighbouring zones, where "on the edge" decides the answer.
 */
export function makeBenchPoints(zones: BenchZone[], count: number, seed: number): BenchPoints {
  const random = seededRandom(seed * 104729 + zones.length);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const owners = new Map<string, number>();
  const shared: [number, number][] = [];
  for (const zone of zones) {
    const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const [x, y] of ring as Position[]) {
      minX = Math.min(minX, x!); minY = Math.min(minY, y!); maxX = Math.max(maxX, x!); maxY = Math.max(maxY, y!);
      const key = `${x},${y}`;
      const seen = (owners.get(key) ?? 0) + 1;
      owners.set(key, seen);
      if (seen === 2) shared.push([x!, y!]);
    }
  }
  const edgeCount = Math.min(shared.length, Math.round(count * 0.05));
  const points: [number, number][] = [];
  for (let i = 0; i < count - edgeCount; i++) points.push([minX + random() * (maxX - minX), minY + random() * (maxY - minY)]);
  for (let i = 0; i < edgeCount; i++) points.push(shared[Math.floor(random() * shared.length)]!);
  return { points, sharedVertices: edgeCount };
}
