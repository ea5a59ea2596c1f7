import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { findRepoRoot } from '@zsgk/db';
import { distanceToEdgeMeters } from './distanceToEdgeMeters';
import { boundsOf, partsOf } from './polygonSet';
import { repairZoneGeometry } from './repairZoneGeometry';
import { validateZoneGeometry } from './validateZoneGeometry';
import type { ZoneGeometry } from './Zone';

const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'in', `${name}.geojson`), 'utf8')).features[0].geometry as ZoneGeometry;
const tianjin = JSON.parse(
  fs.readFileSync(path.join(findRepoRoot(), 'data', 'district-boundaries', 'tianjin-120000-gcj02.geojson'), 'utf8'),
).features as { properties: { name: string }; geometry: ZoneGeometry }[];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cases: [string, ZoneGeometry][] = [
  ['a bow tie', fixture('invalid-self-intersection-bowtie')],
  ['a spike', fixture('invalid-degenerate-spike')],
  ['a hole poking out of its shell', fixture('invalid-hole-crosses-shell')],
  ['parts sharing an edge', fixture('invalid-multipolygon-parts-share-edge')],
  ['Tianjin 北辰区', tianjin[9]!.geometry],
  ['Tianjin 宁河区', tianjin[13]!.geometry],
];

describe('repairZoneGeometry resolving a self-intersection', () => {
  it.each(cases)('when %s is repaired, then the result is valid and every sampled point is inside exactly as before', (_, geometry) => {
    const { geometry: repaired, repairs } = repairZoneGeometry(geometry);
    expect(repairs.map((r) => r.repair)).toContain('RESOLVE_SELF_INTERSECTION');
    expect(validateZoneGeometry(repaired)).toEqual([]);
    const [minX, minY, maxX, maxY] = boundsOf(partsOf(geometry));
    const next = random(42);
    let compared = 0;
    for (let i = 0; i < 2_000; i++) {
      const point = [minX + next() * (maxX - minX), minY + next() * (maxY - minY)];
      if (distanceToEdgeMeters(point, geometry) < 0.5) continue; // on an edge, "inside" is a convention
      expect([point, booleanPointInPolygon(point, repaired as ZoneGeometry)]).toEqual([point, booleanPointInPolygon(point, geometry)]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1_500);
  });
});
