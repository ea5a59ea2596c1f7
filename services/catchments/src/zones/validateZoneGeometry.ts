import { checkChinaPosition } from '@zsgk/geo';
import kinks from '@turf/kinks';
import type { Position } from 'geojson';

export const MAX_VERTICES = 100_000;

/**
 * Returns every reason a geometry cannot be a zone, or [] when it can. Checks, cheapest first:
 * type, ring shape (≥ 4 positions, closed, no repeated consecutive points), position plausibility
 * (inside China; lat/lng swapped named as such), vertex count, self-intersection.
 *
 * @example validateZoneGeometry({ type: 'Point', coordinates: [116.8, 35.5] }) // ['not a polygon (got Point)']
 */
export function validateZoneGeometry(geometry: unknown): string[] {
  if (!geometry || typeof geometry !== 'object') return ['has no geometry'];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return [`not a polygon (got ${String(type)})`];
  if (!Array.isArray(coordinates) || coordinates.length === 0) return ['has no coordinates'];
  const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as unknown[];
  const reasons: string[] = [];
  let vertices = 0;
  polygons.forEach((polygon, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) return void reasons.push(`polygon ${p} has no rings`);
    polygon.forEach((ring: unknown, r) => {
      const where = type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
      const problem = checkRing(ring, where);
      if (problem) reasons.push(problem);
      else vertices += (ring as Position[]).length;
    });
  });
  if (vertices > MAX_VERTICES) reasons.push(`has ${vertices} vertices; at most ${MAX_VERTICES}`);
  if (reasons.length) return reasons;
  const crossings = kinks(geometry as never).features;
  if (crossings.length) {
    const at = crossings[0]!.geometry.coordinates;
    reasons.push(`self-intersection at [${at[0]!.toFixed(6)}, ${at[1]!.toFixed(6)}] (${crossings.length} in all)`);
  }
  return reasons;
}

function checkRing(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring)) return `${where} is not an array of positions`;
  for (const [i, position] of ring.entries()) {
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return `${where} position ${i} is not [lng, lat]`;
    }
    const outside = checkChinaPosition(position[0], position[1]);
    if (outside) return `${where} position ${i}: ${outside}`;
  }
  const positions = ring as Position[];
  if (positions.length < 4) return `${where} has ${positions.length} positions; a ring needs at least 4`;
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed (first and last positions differ)`;
  for (let i = 1; i < positions.length; i++) {
    const a = positions[i - 1]!;
    const b = positions[i]!;
    if (a[0] === b[0] && a[1] === b[1]) return `${where} repeats position ${i - 1} at ${i} (duplicate consecutive points)`;
  }
  return null;
}
