import { isSliver } from './isSliver';

const strip = (widthDegrees: number, lengthDegrees: number) => [[[116.6, 35.4], [116.6 + widthDegrees, 35.4], [116.6 + widthDegrees, 35.4 + lengthDegrees], [116.6, 35.4 + lengthDegrees], [116.6, 35.4]]];

describe('isSliver', () => {
  it('when a strip is narrower than the tolerance, then it is a sliver; wider, then not', () => {
    expect(isSliver(strip(20 / 90_000, 0.05), 50)).toBe(true); // ~20 m × 5.5 km
    expect(isSliver(strip(300 / 90_000, 0.05), 50)).toBe(false); // ~300 m × 5.5 km
  });

  it('when a large piece has every vertex on some boundary, then it is still not a sliver', () => {
    expect(isSliver(strip(0.05, 0.05), 50)).toBe(false); // 4.5 km × 5.5 km
  });
});
