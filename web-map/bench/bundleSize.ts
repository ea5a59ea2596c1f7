// Prints the size of the built page (run `npm run bench -w web-map`, which builds first): raw and gzip
// per file, and the page's own JavaScript apart from Leaflet's chunk (target: < 150 KB gzip).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const assets = path.join(__dirname, '..', 'dist', 'assets');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = readdirSync(assets)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const bytes = readFileSync(path.join(assets, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
for (const f of files) console.log(`${f.name.padEnd(32)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
const ownJs = files.filter((f) => f.name.endsWith('.js') && !f.name.startsWith('leaflet-'));
console.log(`page JavaScript without Leaflet: ${kb(ownJs.reduce((sum, f) => sum + f.gzip, 0))} gzip (target < 150 KB)`);
