import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { configSchema } from './config';
import { createWebMapServer } from './createWebMapServer';

/** A build folder as Vite and vite-plugin-compression2 leave it: each text file with its .br and .gz. */
function fakeBuild(): { dist: string; script: Buffer } {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'web-map-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  const script = Buffer.from(`console.log(${JSON.stringify('招生'.repeat(2000))});\n`);
  const html = Buffer.from('<!doctype html><html lang="zh-CN"><title>测试</title><script type="module" src="/assets/index-abc123.js"></script></html>\n');
  for (const [file, bytes] of [['assets/index-abc123.js', script], ['index.html', html]] as const) {
    writeFileSync(path.join(dist, file), bytes);
    writeFileSync(path.join(dist, `${file}.br`), brotliCompressSync(bytes));
    writeFileSync(path.join(dist, `${file}.gz`), gzipSync(bytes));
  }
  return { dist, script };
}

let server: Server;
let base: string;
let script: Buffer;
beforeAll(async () => {
  const build = fakeBuild();
  script = build.script;
  const app = createWebMapServer(configSchema.parse({ WEB_MAP_DIST: build.dist }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The bytes as sent (node:http: fetch would undo a Content-Encoding itself). */
const get = (url: string, acceptEncoding: string) =>
  new Promise<{ response: { headers: { get(name: string): string | null } }; body: Buffer }>((resolve, reject) => {
    http.get(base + url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const value = (name: string) => (res.headers[name.toLowerCase()] === undefined ? null : String(res.headers[name.toLowerCase()]));
        resolve({ response: { headers: { get: value } }, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });

describe('precompressed build', () => {
  it('when the browser accepts brotli, then a hashed asset is the .br twin, decodes to the same bytes and is cached for a year', async () => {
    const { response, body } = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(body).equals(script)).toBe(true);
    expect(body.length).toBeLessThan(script.length / 10);
  });

  it('when only gzip is accepted, then the .gz twin is sent; with neither, the file as built', async () => {
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).equals(script)).toBe(true);
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.body.equals(script)).toBe(true);
  });

  it('when the page itself is asked for, then it is compressed too but never cached without revalidation', async () => {
    const { response, body } = await get('/', 'br');
    expect([response.headers.get('content-encoding'), response.headers.get('cache-control')]).toEqual(['br', 'no-cache']);
    expect(brotliDecompressSync(body).toString('utf8')).toContain('<title>测试</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
