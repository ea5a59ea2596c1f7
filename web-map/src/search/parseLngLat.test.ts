import { describe, expect, test } from '@jest/globals';
import { parseLngLat } from './parseLngLat';

describe('parseLngLat', () => {
  test('when given "lng,lat", then it reads them in that order', () => {
    expect(parseLngLat('116.806847,35.685093')).toEqual({ lng: 116.806847, lat: 35.685093 });
  });

  test('when given "lat lng" with a full-width comma, then it swaps them', () => {
    expect(parseLngLat(' 35.6， 116.8 ')).toEqual({ lng: 116.8, lat: 35.6 });
  });

  test('when given an address or a point outside China, then it is not coordinates', () => {
    expect(parseLngLat('建设路15号')).toBeNull();
    expect(parseLngLat('2.35, 48.85')).toBeNull();
  });
});
