import { areaOf, type Parts } from './polygonSet';

const METERS_PER_DEGREE_LAT = 110_574;
const METERS_PER_DEGREE_LNG_AT_EQUATOR = 111_320;

/**
 * Whether a polygon (MultiPolygon coordinates of one part) is no wider than `meters` on average:
 * a band of width w along an edge of length L has area ≈ w·L and perimeter ≈ 2L, so it is a sliver
 * when area ≤ perimeter / 2 × meters. Judged by area, not by where its vertices are, so a large
 * piece cut off along a straight line between two boundary points is not mistaken for one.
 *
 * @example isSliver([[[0,0],[0.0001,0],[0.0001,0.05],[0,0.05],[0,0]]], 50) // true: an 9 m × 5.5 km strip
 */
export function isSliver(polygon: Parts[number], meters: number): boolean {
  return areaOf([polygon]) <= (perimeterMeters(polygon) / 2) * meters;
}

/** Length of every ring of a polygon, metres (local equirectangular per segment: plenty for this test). */
function perimeterMeters(polygon: Parts[number]): number {
  let total = 0;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      const kx = METERS_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((((ay + by) / 2) * Math.PI) / 180);
      total += Math.hypot((bx - ax) * kx, (by - ay) * METERS_PER_DEGREE_LAT);
    }
  }
  return total;
}
