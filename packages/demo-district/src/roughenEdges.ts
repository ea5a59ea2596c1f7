import { hashSeed, mulberry32 } from './mulberry32';
import { distance, type Ring, type XY } from './planarGeometry';

export interface RoughenOptions {
  seed: number;
  /** Largest first-harmonic displacement as a fraction of the edge's length, e.g. 0.04. */
  amplitude: number;
  /** Roughly one inserted point per this many metres of edge (2 to 16 points an edge). */
  spacing: number;
  /** Per-edge multiplier of `amplitude` (0 keeps the edge straight); the repair loop lowers it. */
  scaleOf(key: string): number;
  /** Edges to keep straight, e.g. those lying on the frame around the Voronoi diagram. */
  isFixed(a: XY, b: XY): boolean;
}

// Sine harmonics vanish at both ends, so a roughened edge still meets its neighbours at the Voronoi
// vertex; falling amplitudes (1/f) make a wobble that reads as roads and ditches, not zig-zags.
const HARMONICS = 4;
const JITTER = 0.1;

/**
 * The key of an edge, the same whichever way round it is walked: the lesser endpoint first.
 *
 * @example edgeKey([5, 0], [0, 0]) === edgeKey([0, 0], [5, 0]) // '0,0;5,0'
 */
export function edgeKey(a: XY, b: XY): string {
  const [p, q] = isCanonical(a, b) ? [a, b] : [b, a];
  return `${p[0]},${p[1]};${q[0]},${q[1]}`;
}

/**
 * The points to insert between a and b (both excluded), displaced perpendicular to the edge.
 * Everything is computed from the endpoints in canonical order and from a noise stream seeded by
 * the edge's key, then reversed if needed, so the two cells sharing an edge get identical points:
 * no slivers, no gaps.
 *
 * @example roughenEdge([0, 0], [1000, 0], { seed: 1, amplitude: 0.04, spacing: 100, … }) // [[90.9, 0.7], [181.8, -6.3], …] (10 points)
 */
export function roughenEdge(a: XY, b: XY, options: RoughenOptions): XY[] {
  const forward = isCanonical(a, b);
  const [p, q] = forward ? [a, b] : [b, a];
  const key = edgeKey(a, b);
  const scale = options.isFixed(p, q) ? 0 : options.scaleOf(key);
  const length = distance(p, q);
  if (scale === 0 || length === 0) return [];

  const next = mulberry32(hashSeed(`${options.seed}|${key}`));
  const coefficients = Array.from({ length: HARMONICS }, (_, f) => ((next() * 2 - 1) * options.amplitude) / (f + 1));
  const count = Math.max(2, Math.min(16, Math.floor(length / options.spacing)));
  const normal: XY = [-(q[1] - p[1]) / length, (q[0] - p[0]) / length];
  const points: XY[] = [];
  for (let i = 1; i <= count; i++) {
    const t = i / (count + 1);
    let offset = (next() * 2 - 1) * options.amplitude * JITTER * Math.sin(Math.PI * t);
    coefficients.forEach((c, f) => (offset += c * Math.sin(Math.PI * (f + 1) * t)));
    offset *= length * scale;
    points.push([p[0] + t * (q[0] - p[0]) + offset * normal[0], p[1] + t * (q[1] - p[1]) + offset * normal[1]]);
  }
  return forward ? points : points.reverse();
}

/**
 * Roughens every edge of a closed ring (see roughenEdge).
 *
 * @example roughenRing([[0, 0], [1000, 0], [0, 1000], [0, 0]], options) // a closed ring with more points
 */
export function roughenRing(ring: Ring, options: RoughenOptions): Ring {
  const out: Ring = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    out.push(a, ...roughenEdge(a, ring[i]!, options));
  }
  out.push(out[0]!);
  return out;
}

function isCanonical(a: XY, b: XY): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
}
