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
