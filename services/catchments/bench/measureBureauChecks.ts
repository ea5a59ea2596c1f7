/**
 * `npx tsx services/catchments/bench/measureBureauChecks.ts` (also run by `npm run bench`): coverage
 * report and set diff of bench zone sets in the geometry worker — time, peak RSS of the process
 * (the worker shares it), and `ZoneIndex.locate` rate on the main thread meanwhile against its rate
 * alone — beside PostGIS computing the same (ST_Union; pairwise ST_Intersection of GiST-matched pairs).
 *
 * Env: BENCH_CHECK_SIZES (default 200,770,2000,20000), BENCH_PG=0 to skip PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { GeometryWorkerPool } from '../src/jobs/GeometryWorkerPool';
import type { GeometryTask } from '../src/jobs/geometryTasks';
import { ZoneIndex } from '../src/zones/ZoneIndex';
import type { ZoneDraft } from '../src/zones/Zone';
import { makeBenchPoints } from './benchPoints';
import { makeBenchZones, type BenchZone } from './makeBenchZones';
import { loadZones } from './measurePostgis';
import { startPostgis } from './startPostgis';

const SIZES = (process.env.BENCH_CHECK_SIZES || '200,770,2000,20000').split(',').map(Number);
const log = (line: string) => console.log(line);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function main() {
  const pool = new GeometryWorkerPool(1);
  const postgis = process.env.BENCH_PG === '0' ? null : await startPostgis(log).catch((e: Error) => (log(`[checks] no PostGIS: ${e.message}`), null));
  try {
    for (const size of SIZES) {
      // 770 is not a cached bench size: the first 770 of the 2,000 (neighbouring cells of one district).
      const zones = size === 770 ? makeBenchZones(2000, 1, log).slice(0, 770) : makeBenchZones(size, 1, log);
      const drafts = zones.map(toDraft);
      // The next version: every tenth zone serves another school.
      const next = drafts.map((z, i) => (i % 10 === 0 ? { ...z, schoolIds: ['3708129999'] } : z));
      const index = new ZoneIndex(zones.map((z) => ({ ...z, districtCode: '370812', year: 2026, stage: 'PRIMARY' as const })));
      const { points } = makeBenchPoints(zones, 20000, 1);
      const alone = await lookupRate(index, points, () => new Promise((r) => setTimeout(r, 1500)));
      for (const [what, task] of [
        ['coverage', { kind: 'COVERAGE', boundary: null, zones: drafts, stage: 'PRIMARY', registerSchools: null, minAreaSquareMeters: 10 }],
        ['diff', { kind: 'DIFF', before: drafts, after: next }],
      ] as [string, GeometryTask][]) {
        let peak = process.memoryUsage().rss;
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
        const started = Date.now();
        let ms = 0;
        const during = await lookupRate(index, points, () => pool.run(task).then(() => void (ms = Date.now() - started)));
        clearInterval(sampler);
        log(`[checks] ${size} zones ${what}: ${(ms / 1000).toFixed(2)} s in the worker, peak RSS ${Math.round(peak / 1e6)} MB; lookups meanwhile ${fmt(during)}/s vs ${fmt(alone)}/s alone (${Math.round((during / alone) * 100)} %); load ${loadavg()}`);
      }
      if (postgis) await measurePostgis(postgis.url, zones);
    }
  } finally {
    await pool.close();
    postgis?.stop();
  }
}

/** Lookups per second on this thread until `until` settles, yielding a turn every 2 ms so the task's messages are heard. */
async function lookupRate(index: ZoneIndex<{ geometry: BenchZone['geometry']; districtCode: string; year: number; stage: 'PRIMARY' }>, points: [number, number][], until: () => Promise<unknown>): Promise<number> {
  let done = false;
  const finished = until().then(() => void (done = true));
  let n = 0;
  const started = Date.now();
  while (!done) {
    const slice = Date.now();
    while (Date.now() - slice < 2) {
      const [lng, lat] = points[n++ % points.length]!;
      index.locate(lng, lat, { year: 2026, stage: 'PRIMARY', toleranceMeters: 30 });
    }
    await new Promise((r) => setImmediate(r));
  }
  await finished;
  return n / ((Date.now() - started) / 1000);
}

async function measurePostgis(url: string, zones: BenchZone[]) {
  await loadZones(url, zones);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 600000');
    let t = Date.now();
    await client.query('SELECT ST_Area(ST_Union(geom)::geography) FROM zones');
    const union = Date.now() - t;
    t = Date.now();
    const pairs = await client.query('SELECT count(*) AS n, count(*) FILTER (WHERE ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 10) AS overlapping FROM zones a JOIN zones b ON a.id < b.id AND a.geom && b.geom');
    log(`[checks] ${zones.length} zones PostGIS: ST_Union ${(union / 1000).toFixed(2)} s; ST_Intersection of ${pairs.rows[0].n} GiST pairs ${((Date.now() - t) / 1000).toFixed(2)} s (${pairs.rows[0].overlapping} over 10 m²)`);
  } finally {
    await client.end();
  }
}

const toDraft = (zone: BenchZone): ZoneDraft => ({ name: zone.name, boundaryText: null, geometry: zone.geometry, schoolIds: zone.schoolIds, allocationMethod: 'NEAREST', feederSchoolIds: [] });
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

main().then(() => process.exit(0), (error) => { console.error('[checks] failed:', error); process.exit(1); });
