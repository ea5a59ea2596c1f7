import { describe, expect, it } from '@jest/globals';
import { zonesAt } from './zonesAt';

const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });

describe('zonesAt', () => {
  const zones = [
    { id: 'a', name: '甲学区', geometry: square(0) },
    { id: 'b', name: '乙学区', geometry: { type: 'MultiPolygon', coordinates: [square(1).coordinates] } },
    { id: 'c', name: '丙学区（仅地段）', geometry: null },
  ];

  it('when a point lies inside one polygon, then only that zone is answered', () => {
    expect(zonesAt(zones, 0.5, 0.5).map((z) => z.id)).toEqual(['a']);
  });

  it('when a point lies on the shared edge, then both zones are answered, never one silently', () => {
    expect(zonesAt(zones, 1, 0.5).map((z) => z.id)).toEqual(['a', 'b']);
  });

  it('when a point lies in no polygon (a gap), then no zone is answered', () => {
    expect(zonesAt(zones, 5, 5)).toEqual([]);
  });
});
