import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listenOnFreePort } from '@zsgk/testkit';
import { configSchema } from './config';
import { createConsoleServer, NOT_BUILT_MESSAGE } from './createConsoleServer';

const dist = mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__"><script type="module" src="/assets/index-abc.js"></script>');
writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');

let server: Awaited<ReturnType<typeof listenOnFreePort>>;
let unbuilt: Awaited<ReturnType<typeof listenOnFreePort>>;

beforeAll(async () => {
  server = await listenOnFreePort(createConsoleServer(configSchema.parse({ GATEWAY_PUBLIC_URL: 'https://gw.example.gov.cn', CONSOLE_DIST: dist })));
  unbuilt = await listenOnFreePort(createConsoleServer(configSchema.parse({ CONSOLE_DIST: path.join(dist, 'missing') })));
});

afterAll(async () => {
  await server.close();
  await unbuilt.close();
});

describe('console server', () => {
  it('when a page path is asked for, then index.html comes back with a fresh nonce that the CSP allows for styles only', async () => {
    const [first, second] = await Promise.all([fetch(`${server.baseUrl}/school/results`), fetch(`${server.baseUrl}/review`)]);
    const html = await first.text();
    const nonce = /content="([^"]+)"/.exec(html)![1]!;
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(await second.text()).not.toContain(nonce);
    const csp = first.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self' https://gw.example.gov.cn");
    expect(csp).not.toContain('unsafe');
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('when /config.json is asked for, then it names the gateway origin', async () => {
    expect(await (await fetch(`${server.baseUrl}/config.json`)).json()).toEqual({ gatewayUrl: 'https://gw.example.gov.cn', oidcSignIn: false });
  });

  it('when a hashed asset is asked for, then it is cached for a year; a missing one is 404, not the page', async () => {
    const asset = await fetch(`${server.baseUrl}/assets/index-abc.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${server.baseUrl}/assets/gone.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('when the console has not been built, then pages answer 503 saying how to build it', async () => {
    const response = await fetch(`${unbuilt.baseUrl}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(NOT_BUILT_MESSAGE);
  });
});
