import type { Polygon } from 'geojson';
import { checkInDistrict } from './checkInDistrict';

// A 0.1° square around (116.8, 35.55); 0.01° of longitude is about 905 m at this latitude.
const square: Polygon = {
  type: 'Polygon',
  coordinates: [[[116.75, 35.5], [116.85, 35.5], [116.85, 35.6], [116.75, 35.6], [116.75, 35.5]]],
};

describe('checkInDistrict', () => {
  it('when the point is inside the boundary, then it passes', () => {
    expect(checkInDistrict({ lng: 116.8, lat: 35.55 }, square, '兖州区')).toBeNull();
  });

  it('when the point is outside but within 1 km, then it passes', () => {
    expect(checkInDistrict({ lng: 116.859, lat: 35.55 }, square, '兖州区')).toBeNull();
  });

  it('when the point is more than 1 km outside, then the reason names the district and the distance', () => {
    expect(checkInDistrict({ lng: 116.9, lat: 35.55 }, square, '兖州区')).toMatch(/^位置在兖州区边界外 4\.\d\d 公里/);
  });
});
