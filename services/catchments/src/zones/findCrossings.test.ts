import type { Position } from 'geojson';
import { findCrossings } from './findCrossings';

const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('findCrossings', () => {
  it('when a ring is simple, then nothing crosses', () => {
    expect(findCrossings([square])).toEqual({ points: [], count: 0 });
  });

  it('when a ring crosses itself like a bow tie, then the crossing point is found', () => {
    expect(findCrossings([[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]])).toEqual({ points: [[0.5, 0.5]], count: 1 });
  });

  it('when a ring touches itself at a vertex, then that vertex is found', () => {
    const touching: Position[] = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(findCrossings([touching]).points).toEqual([[1, 1]]);
  });

  it('when a hole crosses its shell, then the crossing is found; a hole inside is fine', () => {
    expect(findCrossings([square, [[0.5, 0.5], [1.5, 0.5], [1.5, 0.6], [0.5, 0.6], [0.5, 0.5]]]).count).toBe(2);
    expect(findCrossings([square, [[0.2, 0.2], [0.2, 0.4], [0.4, 0.4], [0.4, 0.2], [0.2, 0.2]]]).count).toBe(0);
  });

  it('when a ring has 100,000 vertices, then the check takes well under the time kinks needs (~2 min)', () => {
    const ring: Position[] = Array.from({ length: 99_999 }, (_, i) => [Math.cos((2 * Math.PI * i) / 99_999), Math.sin((2 * Math.PI * i) / 99_999)]);
    ring.push(ring[0]!);
    const started = Date.now();
    expect(findCrossings([ring]).count).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
