import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { distanceToEdgeMeters } from './distanceToEdgeMeters';
import { insideAndNearEdge, packGeometry } from './packedGeometry';

// A concave zone with a hole, about 2 km across, and a seeded cloud of points around it.
const zone: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[116.78, 35.54], [116.8, 35.54], [116.8, 35.56], [116.79, 35.55], [116.78, 35.56], [116.78, 35.54]],
    [[116.783, 35.543], [116.786, 35.543], [116.786, 35.546], [116.783, 35.546], [116.783, 35.543]],
  ],
};

function* points(count: number): Generator<[number, number]> {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) yield [116.775 + next() * 0.03, 35.535 + next() * 0.03];
}

describe('insideAndNearEdge', () => {
  const packed = packGeometry(zone);

  it('when compared with turf and the exact edge distance on 5,000 points, then every answer agrees', () => {
    for (const [x, y] of points(5000)) {
      const answer = insideAndNearEdge(x, y, packed, 30);
      expect(answer.inside).toBe(booleanPointInPolygon([x, y], zone));
      const exact = distanceToEdgeMeters([x, y], zone);
      if (exact <= 30) expect(answer.nearEdgeMeters).toBeCloseTo(exact, 6);
      else expect(answer.nearEdgeMeters).toBeNull();
    }
  });

  it('when the point is on an edge, a vertex or in the hole, then edges count as inside and the hole does not', () => {
    expect(insideAndNearEdge(116.8, 35.55, packed, 30)).toEqual({ inside: true, nearEdgeMeters: 0 });
    expect(insideAndNearEdge(116.8, 35.54, packed, 30)).toEqual({ inside: true, nearEdgeMeters: 0 });
    expect(insideAndNearEdge(116.7845, 35.5445, packed, 30).inside).toBe(false);
  });
});

describe('insideAndNearEdge on edges shared by neighbours', () => {
  // A square and its four neighbours, edges at decimal coordinates as bureaus type them.
  const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
    type: 'Polygon',
    coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
  });
  const [x0, y0, x1, y1] = [116.78, 35.54, 116.8, 35.56];
  const middle = packGeometry(square(x0, y0, x1, y1));
  const neighbours = {
    south: packGeometry(square(x0, 35.52, x1, y0)),
    north: packGeometry(square(x0, y1, x1, 35.58)),
    west: packGeometry(square(116.76, y0, x0, y1)),
    east: packGeometry(square(x1, y0, 116.82, y1)),
  };
  const along = (from: number, to: number) => Array.from({ length: 1000 }, (_, i) => from + ((to - from) * (i + 0.5)) / 1000);

  it.each([
    ['the south (horizontal) edge', 'south', along(x0, x1).map((x) => [x, y0])],
    ['the north (horizontal) edge', 'north', along(x0, x1).map((x) => [x, y1])],
    ['the west (vertical) edge', 'west', along(y0, y1).map((y) => [x0, y])],
    ['the east (vertical) edge', 'east', along(y0, y1).map((y) => [x1, y])],
  ] as const)('when 1,000 points lie exactly on %s, then every one is inside both zones at 0 m', (_, side, points) => {
    const outside = points.filter(([x, y]) => {
      const a = insideAndNearEdge(x!, y!, middle, 30);
      const b = insideAndNearEdge(x!, y!, neighbours[side], 30);
      return !(a.inside && b.inside && a.nearEdgeMeters === 0 && b.nearEdgeMeters === 0);
    });
    expect(outside).toEqual([]);
  });

  it('when points lie exactly on a diagonal edge shared by two triangles, then each is inside both', () => {
    // Binary fractions, so that the points are exactly on the edge as doubles too.
    const lower = packGeometry({ type: 'Polygon', coordinates: [[[116.75, 35.5], [116.8125, 35.5], [116.8125, 35.5625], [116.75, 35.5]]] });
    const upper = packGeometry({ type: 'Polygon', coordinates: [[[116.75, 35.5], [116.8125, 35.5625], [116.75, 35.5625], [116.75, 35.5]]] });
    for (let k = 0; k <= 64; k++) {
      const [x, y] = [116.75 + k / 1024, 35.5 + k / 1024];
      expect([k, insideAndNearEdge(x, y, lower, 30).inside, insideAndNearEdge(x, y, upper, 30).inside]).toEqual([k, true, true]);
    }
  });

  it('when a point is a hair off an edge, then it is near the boundary but inside only one zone', () => {
    const y = 35.54 - 1e-9; // 0.1 mm south of the shared edge
    expect(insideAndNearEdge(116.79, y, middle, 30)).toEqual({ inside: false, nearEdgeMeters: expect.closeTo(1.1e-4, 5) });
    expect(insideAndNearEdge(116.79, y, neighbours.south, 30).inside).toBe(true);
  });
});
