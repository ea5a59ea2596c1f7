import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAPPING, readZoneFeatures } from './readZoneFeatures';
import type { ZoneDraft } from './Zone';
import { ZoneIndex } from './ZoneIndex';

/**
 * Golden geometry cases (Turf style): fixtures/in/<case>.geojson → fixtures/out/<case>.json.
 * `REGEN=1 npx jest goldenFixtures` rewrites the outputs; review their diff like code.
 * A file with Point features marked `probe` is a lookup case: its polygons are the zones, each probe
 * is located. Any other file is an upload: its problems as filed, and its problems and repairs when
 * repairs are requested.
 */
const FIXTURES = path.join(__dirname, 'fixtures');
const cases = fs.readdirSync(path.join(FIXTURES, 'in')).filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, ''));

interface Probe {
  type: 'Feature';
  properties: { probe: string };
  geometry: { type: 'Point'; coordinates: [number, number] };
}

function runCase(collection: { type: string; features: Array<Probe | { geometry?: { type?: string } }> }): unknown {
  const probes = collection.features.filter((f): f is Probe => f.geometry?.type === 'Point' && 'properties' in f && 'probe' in (f.properties ?? {}));
  const zones = { ...collection, features: collection.features.filter((f) => !probes.includes(f as Probe)) };
  if (probes.length === 0) {
    const asFiled = readZoneFeatures(zones, DEFAULT_MAPPING, 'WGS84');
    const repaired = readZoneFeatures(zones, DEFAULT_MAPPING, 'WGS84', { repair: true });
    return {
      problems: asFiled.problems,
      withRepairs: { problems: repaired.problems, repairs: repaired.repairs, geometry: repaired.zones.map((z) => z.geometry) },
    };
  }
  const read = readZoneFeatures(zones, DEFAULT_MAPPING, 'WGS84');
  if (read.problems.length) throw new Error(`lookup fixture zones are invalid: ${JSON.stringify(read.problems)}`);
  const index = new ZoneIndex(read.zones.map((zone) => ({ ...zone, districtCode: '370812', year: 2026, stage: 'PRIMARY' as const })));
  return probes.map((probe) => {
    const [lng, lat] = probe.geometry.coordinates;
    const answer = index.locate(lng, lat, { toleranceMeters: 30 });
    const names = (hits: { zone: ZoneDraft }[]) => hits.map((h) => h.zone.name).sort();
    return {
      probe: probe.properties.probe,
      point: [lng, lat],
      matches: names(answer.matches),
      nearby: names(answer.nearby),
      nearBoundary: answer.nearestEdgeMeters !== null,
      nearestEdgeMeters: answer.nearestEdgeMeters === null ? null : Math.round(answer.nearestEdgeMeters * 100) / 100,
    };
  });
}

describe('golden geometry fixtures', () => {
  it('when the fixtures are listed, then there are lookup and invalid-geometry cases', () => {
    expect(cases.filter((c) => c.startsWith('point-')).length).toBeGreaterThanOrEqual(7);
    expect(cases.filter((c) => c.startsWith('invalid-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('when case %s is run, then the result equals its golden output', (name) => {
    const input = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'in', `${name}.geojson`), 'utf8'));
    const actual = JSON.parse(JSON.stringify(runCase(input)));
    const outFile = path.join(FIXTURES, 'out', `${name}.json`);
    if (process.env.REGEN === '1') fs.writeFileSync(outFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(fs.existsSync(outFile)).toBe(true);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(outFile, 'utf8')));
  });
});
