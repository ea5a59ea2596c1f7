import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@zsgk/db';
import { generateSyntheticDistrict, readDemoBoundary } from '@zsgk/demo-district';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { mulberry32 as seededRandom } from '@zsgk/demo-district';

export interface BenchZone {
  name: string;
  schoolIds: string[];
  geometry: Polygon | MultiPolygon;
}

/** 兖州区 first, then its neighbours 任城区, 曲阜市, 邹城市 (all in the 济宁 boundary file). */
const DISTRICTS = ['370812', '370811', '370881', '370883'];
const MAX_ZONES_PER_DISTRICT = 5000;
export const MIN_VERTICES = 60;
export const MAX_VERTICES = 200;

/**
 * `count` PRIMARY zones of synthetic districts (Voronoi cells inside real boundaries, seeded), each
 * densified to a seeded 60–200 vertices by inserting points along its longest edges (the generator
 * makes 14–120, median ≈ 57). Inserted points lie on the original edges, so neighbours still meet
 * without gaps or overlaps. Cached in .cache/bench/ (generating 20,000 zones takes minutes).
 */
export function makeBenchZones(count: number, seed: number, log: (line: string) => void): BenchZone[] {
  const file = path.join(findRepoRoot(), '.cache', 'bench', `zones-${count}-seed${seed}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as BenchZone[];
  const started = Date.now();
  log(`[bench] generating ${count} zones (seed ${seed}); cached afterwards in ${path.relative(process.cwd(), file)}`);
  // The generator's school codes allow 8,999 schools per district (5,000 zones make 7,503), so larger
  // sets are spread over neighbouring real districts of the same file, as many zones in each.
  const districts = DISTRICTS.slice(0, Math.ceil(count / MAX_ZONES_PER_DISTRICT));
  const features = districts.flatMap((code, i) => {
    const { wgs84, name } = readDemoBoundary(code);
    const zones = Math.floor(count / districts.length) + (i < count % districts.length ? 1 : 0);
    return generateSyntheticDistrict({ boundary: wgs84, districtCode: code, districtName: name, zones, seed, years: [2026] }).catchments.PRIMARY.features;
  });
  const random = seededRandom(seed * 7919 + count);
  const zones = features.map((feature) => ({
    name: feature.properties.name,
    schoolIds: feature.properties.schools,
    geometry: densify(feature.geometry, MIN_VERTICES + Math.floor(random() * (MAX_VERTICES - MIN_VERTICES + 1))),
  }));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(zones));
  log(`[bench] generated ${count} zones in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return zones;
}

/** Vertex count of a (Multi)Polygon, closing positions included. */
export function vertexCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
}

/** Inserts points on the longest edges until the geometry has `target` vertices (never removes any). */
function densify(geometry: Polygon | MultiPolygon, target: number): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let missing = target - vertexCount(geometry);
  if (missing <= 0) return geometry;
  const segments: { ring: Position[]; i: number; length: number; extra: number }[] = [];
  for (const polygon of polygons) for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) segments.push({ ring, i, length: Math.hypot(ring[i]![0]! - ring[i - 1]![0]!, ring[i]![1]! - ring[i - 1]![1]!), extra: 0 });
  }
  // Split the currently longest piece each time: a max-heap would be faster; zones are small.
  while (missing-- > 0) {
    let best = segments[0]!;
    for (const s of segments) if (s.length / (s.extra + 1) > best.length / (best.extra + 1)) best = s;
    best.extra++;
  }
  const extras = new Map<Position[], number[]>();
  for (const s of segments) (extras.get(s.ring) ?? extras.set(s.ring, []).get(s.ring)!)[s.i] = s.extra;
  const rebuilt = new Map<Position[], Position[]>();
  for (const polygon of polygons) for (const ring of polygon) {
    const out: Position[] = [ring[0]!];
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1]!, ring[i]!];
      const extra = extras.get(ring)![i]!;
      for (let k = 1; k <= extra; k++) {
        const t = k / (extra + 1);
        out.push([round7(a[0]! + t * (b[0]! - a[0]!)), round7(a[1]! + t * (b[1]! - a[1]!))]);
      }
      out.push(b);
    }
    rebuilt.set(ring, out.filter((p, j) => j === 0 || p[0] !== out[j - 1]![0] || p[1] !== out[j - 1]![1]));
  }
  const rings = (polygon: Position[][]) => polygon.map((ring) => rebuilt.get(ring)!);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rings) };
}

/** 1e-7° ≈ 1 cm, as the generator rounds. */
function round7(x: number): number {
  return Math.round(x * 1e7) / 1e7;
}
