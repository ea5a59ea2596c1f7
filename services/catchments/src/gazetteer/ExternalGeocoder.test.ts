import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTiandituGeocoder, externalGeocoderFrom } from './ExternalGeocoder';

const off = { CATCHMENTS_GEOCODER: 'off' as const, CATCHMENTS_TIANDITU_URL: 'http://127.0.0.1:9/geocoder', CATCHMENTS_GEOCODER_TIMEOUT_MS: 1000 };

describe('external geocoder', () => {
  it('when the configuration does not ask for one, then there is none', () => {
    expect(externalGeocoderFrom(off)).toBeNull();
  });

  it('when tianditu is asked for without a key, then start-up fails naming the variable', () => {
    expect(() => externalGeocoderFrom({ ...off, CATCHMENTS_GEOCODER: 'tianditu' })).toThrow('CATCHMENTS_TIANDITU_KEY');
  });

  it('when a 天地图-compatible endpoint answers, then its point and scaled score are read, and the key is sent', async () => {
    const seen: string[] = [];
    // A stand-in for 天地图 on loopback: nothing leaves the machine.
    const server = http.createServer((req, res) => {
      seen.push(req.url!);
      const found = decodeURIComponent(req.url!).includes('建设路');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(found ? { status: '0', location: { lon: 116.79, lat: 35.55, score: 80, keyWord: '兖州区建设路15号' } } : { status: '101', msg: '结果为空' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/geocoder`;
    try {
      const geocoder = externalGeocoderFrom({ ...off, CATCHMENTS_GEOCODER: 'tianditu', CATCHMENTS_TIANDITU_URL: url, CATCHMENTS_TIANDITU_KEY: 'k123' })!;
      expect(await geocoder.geocode('兖州区建设路15号')).toEqual([{ name: '兖州区建设路15号', lng: 116.79, lat: 35.55, crs: 'WGS84', score: 0.72 }]);
      expect(await createTiandituGeocoder({ url, key: 'k', timeoutMs: 1000 }).geocode('无此地')).toEqual([]);
      expect(seen[0]).toContain('tk=k123');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
