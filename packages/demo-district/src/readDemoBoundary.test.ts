import * as turf from '@turf/turf';
import { readDemoBoundary } from './readDemoBoundary';

describe('readDemoBoundary', () => {
  it('when asked for 370812, then it returns 兖州区 shifted from GCJ-02 to WGS-84, about 500 m west', () => {
    const { raw, wgs84, name } = readDemoBoundary('370812');
    expect(name).toBe('兖州区');
    const [rawLng, rawLat] = turf.centroid(raw).geometry.coordinates as [number, number];
    const [lng, lat] = turf.centroid(wgs84).geometry.coordinates as [number, number];
    expect(lng).toBeLessThan(rawLng);
    const westward = turf.distance([lng, rawLat], [rawLng, rawLat], { units: 'meters' });
    expect(westward).toBeGreaterThan(400);
    expect(westward).toBeLessThan(600);
    // The shift is mostly east–west here; a swapped lat/lng would move it by far more.
    expect(turf.distance([lng, lat], [lng, rawLat], { units: 'meters' })).toBeLessThan(400);
  });

  it('when converted, then the raw feature is left untouched', () => {
    const { raw } = readDemoBoundary();
    expect(raw.properties?.adcode).toBe(370812);
    expect(JSON.stringify(raw.geometry.coordinates)).toContain('116.876534,35.682587');
  });

  it('when the code is not in the file, then the error names the file and the code', () => {
    expect(() => readDemoBoundary('120116')).toThrow(/120116.*jining-370800-gcj02\.geojson/);
  });
});
