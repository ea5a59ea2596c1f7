import { describe, expect, it } from '@jest/globals';
import { formatArea } from './formatArea';
import { parseLngLat } from './parseLngLat';

describe('parseLngLat', () => {
  it('when coordinates are typed in either order, with a Chinese comma or a space, then the larger number is the longitude', () => {
    expect(parseLngLat('116.83,35.55')).toEqual({ lng: 116.83, lat: 35.55 });
    expect(parseLngLat('35.55，116.83')).toEqual({ lng: 116.83, lat: 35.55 });
    expect(parseLngLat(' 116.83 35.55 ')).toEqual({ lng: 116.83, lat: 35.55 });
  });

  it('when the text is an address, then it is not coordinates', () => {
    expect(parseLngLat('建设路15号')).toBeNull();
    expect(parseLngLat('116.83')).toBeNull();
  });
});

describe('formatArea', () => {
  it('when an area is at least 0.01 km², then it is given in 平方公里, else in whole 平方米', () => {
    expect(formatArea(65_010_000)).toBe('65.01 平方公里');
    expect(formatArea(812.4)).toBe('812 平方米');
  });
});
