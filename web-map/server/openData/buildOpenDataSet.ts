import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { OpenDataColumn } from './OpenDataColumn';
import type { Licence, OpenDataFile, OpenDataSet } from './OpenDataSet';
import { planColumns, resultColumns, schoolColumns, transferColumns, zoneProperties } from './openDataDatasets';
import type { PublicCatchment, PublicRecords } from './PublicRecords';
import { toCsv } from './toCsv';

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const GEOJSON = 'application/geo+json; charset=utf-8';

/** The data files of a set, in the order the page lists them. */
export const DATA_FILES = ['zones.geojson', 'schools.csv', 'enrolment-plans.csv', 'admission-results.csv', 'transfers.csv'] as const;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Builds every file of one district and year from records read under one head. The bytes depend on
 * the records, the head and the licence only (no generation time inside), so every replica serving
 * the same head serves the same bytes, hashes and ETags. Compression runs on libuv's thread pool, so
 * the server keeps answering other requests meanwhile.
 */
export async function buildOpenDataSet(records: PublicRecords, licence: Licence, started = Date.now()): Promise<OpenDataSet> {
  const { head, district, year } = records;
  const dictionary = `/open-data/${district.code}/dictionary`;
  const stamp = {
    districtCode: district.code,
    districtName: district.name,
    year,
    treeHead: head,
    licence,
    dictionary,
    source: '由区教育局已发布的记录经公开 GraphQL 接口生成（匿名读取，只含现行有效版本）',
    sampleData: district.sampleData,
  };
  const byKey = <T extends { school: { id: string }; stage?: string }>(a: T, b: T) =>
    a.school.id.localeCompare(b.school.id) || (a.stage ?? '').localeCompare(b.stage ?? '');
  const csvFiles: [string, OpenDataColumn<never>[], unknown[]][] = [
    ['schools.csv', schoolColumns as OpenDataColumn<never>[], records.schools],
    ['enrolment-plans.csv', planColumns as OpenDataColumn<never>[], [...records.plans].sort(byKey)],
    ['admission-results.csv', resultColumns as OpenDataColumn<never>[], [...records.results].sort((a, b) => byKey(a, b) || a.round - b.round)],
    ['transfers.csv', transferColumns as OpenDataColumn<never>[], [...records.transfers].sort((a, b) => byKey(a, b) || a.term.localeCompare(b.term))],
  ];

  const files = new Map<string, UncompressedFile>();
  const add = (name: string, mediaType: string, body: Buffer, rows?: number) => {
    const file: UncompressedFile = { name, mediaType, body, sha256: createHash('sha256').update(body).digest('hex'), ...(rows === undefined ? {} : { rows }) };
    files.set(name, file);
    return file;
  };

  add('zones.geojson', GEOJSON, Buffer.from(JSON.stringify(zonesGeoJson(records.catchments, stamp)), 'utf8'), records.catchments.length);
  for (const [name, columns, rows] of csvFiles) {
    const csv = add(name, CSV, toCsv(columns, rows as never[]), rows.length);
    const sidecar = { ...stamp, file: name, bytes: csv.body.length, sha256: csv.sha256, rows: csv.rows, columns: columns.map(({ name: column, header }) => ({ name: column, header })) };
    add(`${name}.json`, JSON_TYPE, Buffer.from(JSON.stringify(sidecar, null, 2), 'utf8'));
  }
  const manifest = {
    ...stamp,
    files: [...files.values()].map(({ name, mediaType, body, sha256, rows }) => ({ name, mediaType, bytes: body.length, sha256, ...(rows === undefined ? {} : { rows }) })),
  };
  add('manifest.json', JSON_TYPE, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
  const compressed = await Promise.all([...files.values()].map(compress));
  return { districtCode: district.code, year, head, files: new Map(compressed.map((file) => [file.name, file])), generationMs: Date.now() - started };
}

type UncompressedFile = Omit<OpenDataFile, 'gzip' | 'brotli'>;

function zonesGeoJson(catchments: PublicCatchment[], metadata: Record<string, unknown>) {
  const sorted = [...catchments].sort((a, b) => a.stage.localeCompare(b.stage) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
  return {
    type: 'FeatureCollection',
    metadata,
    features: sorted.map((zone) => ({
      type: 'Feature',
      id: zone.id,
      geometry: zone.geometry ?? null,
      properties: {
        ...Object.fromEntries(zoneProperties.map((p) => [p.name, p.value(zone)])),
        // Lists stay JSON arrays here (the dictionary's `list` columns are joined with ; only in CSV).
        schoolIds: zone.schools.map((s) => s.id),
        feederSchoolIds: zone.feederSchools.map((s) => s.id),
        rules: zone.rules.map(({ kind, text, note }) => ({ kind, text, note })),
      },
    })),
  };
}

async function compress(file: UncompressedFile): Promise<OpenDataFile> {
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(file.body, { level: 6 }),
    // Quality 5: most of brotli's gain at a fraction of quality 11's time (files are made on request).
    brotliAsync(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length } }),
  ]);
  return { ...file, gzip: gzipped, brotli };
}
