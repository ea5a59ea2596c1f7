import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '@zsgk/config';
import { configSchema } from '../server/config';
import { createWebMapServer } from '../server/createWebMapServer';
import { listenOnFreePort } from '@zsgk/testkit';

const tempDirs: string[] = [];
const servers: { close(): Promise<void> }[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-web-map-'));
  tempDirs.push(dir);
  return dir;
}

/** A temporary dist/ holding an index.html and one hashed asset, as `vite build` leaves it. */
function builtDist(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>test page</title></html>');
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
  return dir;
}

async function startWebMap(env: Record<string, string>): Promise<string> {
  const config = readConfig(configSchema, { WEB_MAP_DIST: tempDir(), ...env });
  const listening = await listenOnFreePort(createWebMapServer(config));
  servers.push(listening);
  return listening.baseUrl;
}

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('GET /config.json', () => {
  it('when tiles and a gateway are configured, then the page gets them and the district code', async () => {
    const baseUrl = await startWebMap({
      GATEWAY_PUBLIC_URL: 'https://zsgk.example.gov.cn/graphql',
      TILE_URL: 'https://tiles.example.gov.cn/{z}/{x}/{y}.png',
      TILE_ATTRIBUTION: '© 兖州区自然资源局',
      DEMO_DISTRICT_CODE: '370811',
    });
    const response = await fetch(`${baseUrl}/config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      gatewayUrl: 'https://zsgk.example.gov.cn/graphql',
      tileUrl: 'https://tiles.example.gov.cn/{z}/{x}/{y}.png',
      tileAttribution: '© 兖州区自然资源局',
      districtCode: '370811',
    });
  });

  it('when nothing is configured, then the page gets the local gateway, no tiles and district 370812', async () => {
    const baseUrl = await startWebMap({});
    expect(await (await fetch(`${baseUrl}/config.json`)).json()).toEqual({
      gatewayUrl: 'http://localhost:4000/graphql',
      tileUrl: null,
      tileAttribution: null,
      districtCode: '370812',
    });
  });
});

describe('security headers', () => {
  it('when any path is requested, then CSP allows the gateway origin for connect-src and nothing is a wildcard', async () => {
    const baseUrl = await startWebMap({ GATEWAY_PUBLIC_URL: 'https://api.example.gov.cn:8443/graphql' });
    for (const route of ['/', '/config.json', '/healthz', '/no-such-file.js']) {
      const response = await fetch(`${baseUrl}${route}`);
      const csp = response.headers.get('content-security-policy');
      expect(directives(csp).get('connect-src')).toEqual(["'self'", 'https://api.example.gov.cn:8443']);
      expect(csp).not.toContain('*');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('when TILE_URL is unset, then images may come from this server only', async () => {
    const baseUrl = await startWebMap({});
    const csp = (await fetch(`${baseUrl}/config.json`)).headers.get('content-security-policy');
    expect(directives(csp).get('img-src')).toEqual(["'self'"]);
    expect(directives(csp).get('default-src')).toEqual(["'self'"]);
  });

  it('when TILE_URL has a {s} subdomain, then img-src lists the a/b/c tile origins rather than a wildcard', async () => {
    const baseUrl = await startWebMap({ TILE_URL: 'https://{s}.tiles.example.gov.cn/{z}/{x}/{y}.png' });
    const csp = (await fetch(`${baseUrl}/config.json`)).headers.get('content-security-policy');
    expect(directives(csp).get('img-src')).toEqual([
      "'self'",
      'https://a.tiles.example.gov.cn',
      'https://b.tiles.example.gov.cn',
      'https://c.tiles.example.gov.cn',
    ]);
    expect(csp).not.toContain('*');
  });
});

describe('the page', () => {
  it('when dist/ has no build, then the page answers 503 and says which command builds it', async () => {
    const baseUrl = await startWebMap({ WEB_MAP_DIST: path.join(tempDir(), 'dist') });
    const response = await fetch(`${baseUrl}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build -w web-map');
  });

  it('when dist/ holds a build, then / serves its index.html for revalidation and assets as immutable', async () => {
    const baseUrl = await startWebMap({ WEB_MAP_DIST: builtDist() });
    const page = await fetch(`${baseUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>test page</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${baseUrl}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('when /healthz is requested, then it answers ok even without a build', async () => {
    const baseUrl = await startWebMap({});
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'web-map' });
  });
});
