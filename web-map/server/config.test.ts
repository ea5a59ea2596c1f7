import path from 'node:path';
import { ConfigError, readConfig } from '@zsgk/config';
import { configSchema } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(configSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('web-map config', () => {
  it('when nothing is set, then it listens on 127.0.0.1:8080 and serves the dist/ beside server/', () => {
    const config = readConfig(configSchema, {});
    expect(config).toMatchObject({ WEB_MAP_PORT: 8080, HOST: '127.0.0.1', TILE_URL: null, TILE_ATTRIBUTION: null });
    expect(config.WEB_MAP_DIST).toBe(path.resolve(__dirname, '..', 'dist'));
  });

  it('when GATEWAY_PUBLIC_URL is not an http(s) URL, then the problem names the variable', () => {
    expect(problemsOf({ GATEWAY_PUBLIC_URL: 'javascript:alert(1)' })).toEqual([
      expect.stringMatching(/^GATEWAY_PUBLIC_URL: must be an absolute http\(s\) URL/),
    ]);
  });

  it('when TILE_URL has a placeholder other than {s} in its host, then it is refused', () => {
    expect(problemsOf({ TILE_URL: 'https://{z}.tiles.example.gov.cn/{x}/{y}.png' })).toEqual([
      'TILE_URL: only {s} may appear in the host part',
    ]);
  });

  it('when DEMO_DISTRICT_CODE is not six digits, then it is refused', () => {
    expect(problemsOf({ DEMO_DISTRICT_CODE: '3708' })).toEqual(['DEMO_DISTRICT_CODE: must be a 6-digit division code']);
  });
});
