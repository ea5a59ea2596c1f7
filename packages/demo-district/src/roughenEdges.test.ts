import { edgeKey, roughenEdge, roughenRing, type RoughenOptions } from './roughenEdges';
import type { XY } from './planarGeometry';

const options: RoughenOptions = { seed: 1, amplitude: 0.04, spacing: 100, scaleOf: () => 1, isFixed: () => false };

describe('roughenEdge', () => {
  const a: XY = [0, 0];
  const b: XY = [1000, 400];

  it('when an edge is walked from either end, then both cells get the same points (reversed)', () => {
    const forward = roughenEdge(a, b, options);
    expect(forward.length).toBeGreaterThan(2);
    expect(roughenEdge(b, a, options)).toEqual([...forward].reverse());
  });

  it('when roughened, then the points move off the straight line but by only a few per cent of its length', () => {
    const length = Math.hypot(1000, 400);
    const offsets = roughenEdge(a, b, options).map(([x, y]) => Math.abs(x * 400 - y * 1000) / length);
    expect(Math.max(...offsets)).toBeGreaterThan(0.001 * length);
    expect(Math.max(...offsets)).toBeLessThan(0.1 * length);
  });

  it('when the seed differs, then the points differ', () => {
    expect(roughenEdge(a, b, { ...options, seed: 2 })).not.toEqual(roughenEdge(a, b, options));
  });

  it('when the edge is fixed or its scale is 0, then it stays straight', () => {
    expect(roughenEdge(a, b, { ...options, isFixed: () => true })).toEqual([]);
    expect(roughenEdge(a, b, { ...options, scaleOf: () => 0 })).toEqual([]);
  });

  it('when keyed from either end, then the key is the same', () => {
    expect(edgeKey(b, a)).toBe(edgeKey(a, b));
  });
});

describe('roughenRing', () => {
  it('when a ring is roughened, then it stays closed and keeps its corners', () => {
    const ring: XY[] = [[0, 0], [1000, 0], [0, 1000], [0, 0]];
    const rough = roughenRing(ring, options);
    expect(rough[0]).toEqual(rough[rough.length - 1]);
    for (const corner of ring) expect(rough).toContainEqual(corner);
    expect(rough.length).toBeGreaterThan(ring.length + 6);
  });
});
