/**
 * Building one district-year's files in memory (CSV, GeoJSON, SHA-256, gzip, brotli) for a synthetic
 * district of about 5,000 schools, without the gateway reads (test/openDataGeneration.bench.test.ts
 * measures the whole path). Reported, not asserted:  npx tsx web-map/server/openData/buildOpenDataSet.bench.ts
 */
import os from 'node:os';
import { generateSyntheticDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { buildOpenDataSet } from './buildOpenDataSet';
import type { PublicRecords } from './PublicRecords';

const YEAR = 2026;
const boundary = readDemoBoundary('370812');
const demo = generateSyntheticDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name, zones: 3331, years: [YEAR] });
const names = new Map(demo.schools.map((s) => [s.id, s.name]));
const published = { status: 'PUBLISHED', version: 1, correctionReason: null, publishedAt: '2026-06-01T00:00:00.000Z', sampleData: true };
const hash = 'a'.repeat(64);
const records: PublicRecords = {
  head: { districtCode: '370812', treeSize: 12_345, rootHash: hash, timestamp: '2026-12-03T00:00:00.000Z', signature: 'c2lnbmF0dXJl' },
  district: { code: '370812', name: boundary.name, sampleData: true },
  year: YEAR,
  catchments: (['PRIMARY', 'JUNIOR'] as const).flatMap((stage) =>
    demo.catchments[stage].features.map((f, i) => ({
      id: `${stage}-${i}`, districtCode: '370812', year: YEAR, stage, name: f.properties.name, boundaryText: f.properties.boundaryText, geometry: f.geometry,
      rules: [], allocationMethod: f.properties.allocation, schools: f.properties.schools.map((id) => ({ id })), feederSchools: f.properties.feeders.map((id) => ({ id })),
      status: 'PUBLISHED', version: 1, publishedAt: published.publishedAt, sourceDocument: '示例', sampleData: true, recordId: `ZONE_SET:370812:${YEAR}:${stage}@v1`, contentHash: hash,
    })),
  ),
  schools: demo.schools.map((s) => ({
    ...s, shortName: s.shortName, status: 'OPEN', openedOn: null, closedOn: null, closureReason: null, version: 1, recordId: `SCHOOL:${s.id}@v1`, contentHash: hash, updatedAt: published.publishedAt,
  })),
  plans: demo.results.filter((r) => r.year === YEAR).map((r) => ({ ...published, id: `p-${r.schoolId}`, school: { id: r.schoolId, name: names.get(r.schoolId)! }, year: YEAR, stage: r.stage, plannedSeats: r.plannedSeats, plannedClasses: null, recordId: `p-${r.schoolId}`, contentHash: hash })),
  results: demo.results.filter((r) => r.year === YEAR).map((r) => ({ ...published, ...r, id: `r-${r.schoolId}`, school: { id: r.schoolId, name: names.get(r.schoolId)! }, fillRate: r.admitted / r.plannedSeats, preferential: [], recordId: `r-${r.schoolId}`, contentHash: hash })),
  transfers: demo.schools.map((s) => ({ ...published, id: `t-${s.id}`, school: { id: s.id, name: s.name }, year: YEAR, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }], transfersOut: [{ reason: 'OTHER', count: 1 }] })),
};

async function main(): Promise<void> {
for (let run = 1; run <= 3; run += 1) {
  const started = performance.now();
  const set = await buildOpenDataSet(records, { text: '示例许可', url: null });
  const ms = Math.round(performance.now() - started);
  const sizes = [...set.files.values()].filter((f) => f.rows !== undefined).map((f) => `${f.name} ${f.rows} rows ${(f.body.length / 1024 / 1024).toFixed(2)} MB (br ${(f.brotli.length / 1024 / 1024).toFixed(2)})`);
  console.log(`[bench] run ${run}: ${demo.schools.length} schools, ${records.catchments.length} zones built in ${ms} ms (load ${os.loadavg()[0]!.toFixed(1)}); ${sizes.join(', ')}`);
}
}

void main();
