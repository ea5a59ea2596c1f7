import type { Position } from 'geojson';
import { MAX_VERTICES, validateZoneGeometry } from './validateZoneGeometry';

const circle = (n: number): Position[] => {
  const ring: Position[] = Array.from({ length: n - 1 }, (_, i) => [116.8 + 0.05 * Math.cos((2 * Math.PI * i) / (n - 1)), 35.5 + 0.05 * Math.sin((2 * Math.PI * i) / (n - 1))]);
  return [...ring, ring[0]!];
};

describe('validateZoneGeometry', () => {
  it('when a zone has more than 100,000 vertices, then it is refused saying how many', () => {
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [circle(MAX_VERTICES + 1)] })).toEqual([`has ${MAX_VERTICES + 1} vertices; at most ${MAX_VERTICES}`]);
  });

  it('when a zone has exactly 100,000 vertices, then it is accepted', () => {
    expect(validateZoneGeometry({ type: 'Polygon', coordinates: [circle(MAX_VERTICES)] })).toEqual([]);
  });

  it('when a hole lies inside another part of a MultiPolygon but outside its own shell, then it is refused', () => {
    const shell = (x: number): Position[] => [[x, 35.5], [x + 0.01, 35.5], [x + 0.01, 35.51], [x, 35.51], [x, 35.5]];
    const hole: Position[] = [[116.802, 35.502], [116.802, 35.504], [116.804, 35.504], [116.804, 35.502], [116.802, 35.502]];
    expect(validateZoneGeometry({ type: 'MultiPolygon', coordinates: [[shell(116.8)], [shell(116.82), hole]] })).toEqual([
      'polygon 1 ring 1 is a hole outside its shell',
    ]);
  });
});
