/**
 * `npx tsx services/catchments/bench/measureBureauChecks.ts` (also run by `npm run bench`): coverage
 * report and set diff of bench zone sets off the lookup thread — time, peak RSS, and the
 * `ZoneIndex.locate` rate on the main thread meanwhile against its rate alone — in each way of
 * running them: the worker thread at a niceness (Linux niced per thread) or a child process niced by
 * pid. Beside it, PostGIS computing the same (gaps: boundary minus ST_Union; overlaps: ST_Intersection
 * of GiST-matched pairs; moved ground: old × new pairs), with its answers next to ours.
 *
 * Every 13th zone is moved 0.0005° (~45 m) east so that there are overlaps and gaps to find; sets of
 * up to 5,000 zones lie in 兖州区 and are checked against its boundary, larger ones without one.
 *
 * Env: BENCH_CHECK_SIZES (default 200,770,2000,20000), BENCH_CHECK_MODES (default
 * worker:0,worker:10,child:10; `kind:niceness`, kind worker or child), BENCH_PG=0 to skip PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { readDemoBoundary } from '@zsgk/demo-district';
import type { MultiPolygon, Polygon } from 'geojson';
import { Client } from 'pg';
import { GeometryWorkerPool } from '../src/jobs/GeometryWorkerPool';
import type { GeometryTask, GeometryTaskResult } from '../src/jobs/geometryTasks';
import { ZoneIndex } from '../src/zones/ZoneIndex';
import type { ZoneDraft } from '../src/zones/Zone';
import { makeBenchPoints } from './benchPoints';
import { makeBenchZones, type BenchZone } from './makeBenchZones';
import { startChildRunner } from './startChildRunner';
import { startPostgis } from './startPostgis';

const SIZES = (process.env.BENCH_CHECK_SIZES || '200,770,2000,20000').split(',').map(Number);
const MODES = (process.env.BENCH_CHECK_MODES || 'worker:0,worker:10,child:10').split(',').map((m) => {
  const [kind, nice] = m.split(':');
  return { label: `${kind} nice ${nice}`, kind: kind as 'worker' | 'child', niceness: Number(nice) };
});
const log = (line: string) => console.log(line);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

type Runner = { run: (task: GeometryTask) => Promise<GeometryTaskResult>; close: () => unknown };

async function main() {
  const runners: Runner[] = MODES.map((mode) => {
    if (mode.kind === 'child') return startChildRunner(mode.niceness);
    const pool = new GeometryWorkerPool(1, mode.niceness);
    return { run: (task) => pool.run(task).then((r) => r.result), close: () => pool.close() };
  });
  const postgis = process.env.BENCH_PG === '0' ? null : await startPostgis(log).catch((e: Error) => (log(`[checks] no PostGIS: ${e.message}`), null));
  log(`[checks] ${new Date().toISOString()}, load average ${loadavg()}`);
  try {
    for (const size of SIZES) {
      // 770 is not a cached bench size: the first 770 of the 2,000 (neighbouring cells of one district).
      const zones = (size === 770 ? makeBenchZones(2000, 1, log).slice(0, 770) : makeBenchZones(size, 1, log)).map((z, i) => (i % 13 === 0 ? { ...z, geometry: shiftEast(z.geometry) } : z));
      const boundary = size <= 5000 ? (readDemoBoundary('370812').wgs84.geometry as Polygon | MultiPolygon) : null;
      const drafts = zones.map(toDraft);
      // The next version: every tenth zone serves another school.
      const next = drafts.map((z, i) => (i % 10 === 0 ? { ...z, schoolIds: ['3708129999'] } : z));
      const index = new ZoneIndex(zones.map((z) => ({ ...z, districtCode: '370812', year: 2026, stage: 'PRIMARY' as const })));
      const { points } = makeBenchPoints(zones, 20000, 1);
      await lookupRate(index, points, () => sleep(1000)); // warm-up: the first second runs unoptimised code
      const positions = zones.reduce((n, z) => n + JSON.stringify(z.geometry.coordinates).split('],[').length, 0);
      log(`[checks] ${size} zones, ~${positions.toLocaleString('en-US')} positions`);
      const ours: Partial<Record<'coverage' | 'diff', GeometryTaskResult>> = {};
      for (const [m, mode] of MODES.entries()) {
        for (const [what, task] of [
          ['coverage', { kind: 'COVERAGE', boundary, zones: drafts, stage: 'PRIMARY', registerSchools: null, minAreaSquareMeters: 10 }],
          ['diff', { kind: 'DIFF', before: drafts, after: next }],
        ] as ['coverage' | 'diff', GeometryTask][]) {
          // Alone just before, so both rates see the same load from the rest of the machine.
          const alone = await lookupRate(index, points, () => sleep(1500));
          let peak = process.memoryUsage().rss;
          const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
          const started = Date.now();
          let ms = 0;
          let postMs = 0;
          const during = await lookupRate(index, points, () => {
            const running = runners[m]!.run(task);
            postMs = Date.now() - started; // the structured clone of the task, on this thread
            return running.then((result) => void ((ms = Date.now() - started), (ours[what] ??= result)));
          });
          clearInterval(sampler);
          log(`[checks] ${size} ${what} (${mode.label}): ${(ms / 1000).toFixed(2)} s (sending ${postMs} ms); peak RSS ${Math.round(peak / 1e6)} MB${mode.kind === 'child' ? ' (parent only)' : ''}; lookups meanwhile ${fmt(during)}/s = ${Math.round((during / alone) * 100)} % of ${fmt(alone)}/s alone; load ${loadavg()}`);
        }
      }
      log(`[checks] ${size} ours: ${describe(ours)}`);
      if (postgis) await measurePostgis(postgis.url, drafts, next, boundary);
    }
  } finally {
    await Promise.all(runners.map((r) => r.close()));
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

function describe(ours: Partial<Record<'coverage' | 'diff', GeometryTaskResult>>): string {
  const c = ours.coverage?.kind === 'COVERAGE' ? ours.coverage.coverage : null;
  const d = ours.diff?.kind === 'DIFF' ? ours.diff.diff : null;
  return [
    c && `gaps over 10 m² ${c.gaps.length} (${fmt(c.uncoveredAreaSquareMeters)} m²), overlaps over 10 m² ${c.overlaps.length} (${fmt(c.overlaps.reduce((s, o) => s + o.areaSquareMeters, 0))} m²)`,
    d && `moved ${fmt(d.areaMoved.reduce((s, m) => s + m.areaSquareMeters, 0))} m² in ${d.areaMoved.length} school pairs`,
  ].filter(Boolean).join('; ');
}

/** The same three answers from PostGIS, each timed: gaps (boundary minus ST_Union), overlaps (GiST pairs), moved ground (old × new GiST pairs). */
async function measurePostgis(url: string, before: ZoneDraft[], after: ZoneDraft[], boundary: Polygon | MultiPolygon | null) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET statement_timeout = 900000');
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await client.query('DROP TABLE IF EXISTS check_zones, check_next, check_boundary');
    for (const [table, zones] of [['check_zones', before], ['check_next', after]] as const) {
      await client.query(`CREATE TABLE ${table} (id integer PRIMARY KEY, schools text NOT NULL, multi boolean NOT NULL, carried boolean NOT NULL, geom geometry(Geometry, 4326) NOT NULL)`);
      const other = new Set((zones === before ? after : before).map(zoneKey));
      for (let start = 0; start < zones.length; start += 500) {
        const rows = zones.slice(start, start + 500).map((z, i) => ({ id: start + i, s: [...z.schoolIds].sort().join(','), m: z.schoolIds.length > 1 || z.allocationMethod === 'LOTTERY', c: other.has(zoneKey(z)), g: JSON.stringify(z.geometry) }));
        await client.query(`INSERT INTO ${table} SELECT (j->>'id')::int, j->>'s', (j->>'m')::boolean, (j->>'c')::boolean, ST_SetSRID(ST_GeomFromGeoJSON(j->>'g'), 4326) FROM json_array_elements($1::json) j`, [JSON.stringify(rows)]);
      }
      await client.query(`CREATE INDEX ${table}_geom ON ${table} USING gist (geom)`);
      await client.query(`ANALYZE ${table}`);
    }
    const parts: string[] = [];
    if (boundary) {
      await client.query("CREATE TABLE check_boundary AS SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS geom", [JSON.stringify(boundary)]);
      const t = Date.now();
      const gaps = await client.query(`WITH u AS (SELECT ST_Union(geom) AS g FROM check_zones),
        pieces AS (SELECT ST_Area((ST_Dump(ST_Difference(b.geom, u.g))).geom::geography) AS a FROM check_boundary b, u)
        SELECT count(*) FILTER (WHERE a > 10) AS n, coalesce(sum(a) FILTER (WHERE a > 10), 0) AS area FROM pieces`);
      parts.push(`gaps (ST_Union, ST_Difference) ${secs(t)}: ${gaps.rows[0].n} (${fmt(Number(gaps.rows[0].area))} m²)`);
    } else {
      const t = Date.now();
      await client.query('SELECT ST_Area(ST_Union(geom)::geography) FROM check_zones');
      parts.push(`ST_Union ${secs(t)}`);
    }
    let t = Date.now();
    const overlaps = await client.query(`SELECT count(*) FILTER (WHERE a > 10) AS n, coalesce(sum(a) FILTER (WHERE a > 10), 0) AS area FROM (
      SELECT ST_Area(ST_Intersection(x.geom, y.geom)::geography) AS a FROM check_zones x JOIN check_zones y ON x.id < y.id AND x.geom && y.geom AND NOT (x.multi AND y.multi)) s`);
    parts.push(`overlaps (GiST pairs) ${secs(t)}: ${overlaps.rows[0].n} (${fmt(Number(overlaps.rows[0].area))} m²)`);
    t = Date.now();
    const moved = await client.query(`SELECT coalesce(sum(a) FILTER (WHERE a > 1), 0) AS area FROM (
      SELECT ST_Area(ST_Intersection(x.geom, y.geom)::geography) AS a FROM check_zones x JOIN check_next y
        ON x.geom && y.geom AND x.schools <> y.schools AND NOT (x.carried AND y.carried)) s`);
    parts.push(`moved (old × new GiST pairs) ${secs(t)}: ${fmt(Number(moved.rows[0].area))} m²`);
    log(`[checks] ${before.length} PostGIS: ${parts.join('; ')}`);
  } finally {
    await client.end();
  }
}

/** The geometry moved 0.0005° east, on the 1e-7° grid. */
function shiftEast(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: number[][]) => r.map(([x, y]) => [Math.round((x! + 0.0005) * 1e7) / 1e7, y!]);
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) } : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

const toDraft = (zone: BenchZone): ZoneDraft => ({ name: zone.name, boundaryText: null, geometry: zone.geometry, schoolIds: zone.schoolIds, allocationMethod: 'NEAREST', feederSchoolIds: [] });
/** As the diff tells a zone carried over unchanged: name, schools and ground. */
const zoneKey = (z: ZoneDraft) => `${z.name}|${[...z.schoolIds].sort().join(',')}|${JSON.stringify(z.geometry)}`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const secs = (since: number) => `${((Date.now() - since) / 1000).toFixed(2)} s`;

main().then(() => process.exit(0), (error) => { console.error('[checks] failed:', error); process.exit(1); });
