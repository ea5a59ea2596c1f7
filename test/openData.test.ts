import { createHash } from 'node:crypto';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { DISTRICT, DRAFT_SEATS, PLAN_YEAR, RETURNED_COUNT, startOpenDataFixture, YEAR } from './openDataFixture';

let fixture: Awaited<ReturnType<typeof startOpenDataFixture>>;
beforeAll(async () => {
  fixture = await startOpenDataFixture();
}, 240_000);
afterAll(() => fixture?.stop());

const fileUrl = (name: string, year = YEAR) => `${fixture.origin}/open-data/${DISTRICT}/${year}/${name}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The bytes as sent (node:http: fetch would undo a Content-Encoding itself). */
function download(name: string, headers: Record<string, string> = {}, year = YEAR): Promise<{ response: { status: number; headers: { get(name: string): string | null } }; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(fileUrl(name, year), { headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const get = (header: string) => {
          const value = res.headers[header.toLowerCase()];
          return value === undefined ? null : String(value);
        };
        resolve({ response: { status: res.statusCode!, headers: { get } }, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

/** A CSV's rows keyed by the machine names its sidecar lists, in column order. */
async function csvRows(name: string, year = YEAR): Promise<Record<string, string>[]> {
  const [{ body }, sidecar] = await Promise.all([download(name, {}, year), download(`${name}.json`, {}, year)]);
  const columns = (JSON.parse(sidecar.body.toString('utf8')) as { columns: { name: string; header: string }[] }).columns;
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = parse(body.subarray(3).toString('utf8')) as string[][];
  expect(rows[0]).toEqual(columns.map((c) => c.header));
  return rows.slice(1).map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]!])));
}

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await fixture.system.gateway.request(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

describe('open data files', () => {
  it('when the year’s files are downloaded, then each CSV row and GeoJSON feature is what the public GraphQL API answers, under the head the header names', async () => {
    const head = (await gql(`{ publicationLogHead(districtCode: "${DISTRICT}") { treeSize rootHash timestamp } }`)).publicationLogHead;
    const zones = await download('zones.geojson');
    expect(zones.response.status).toBe(200);
    expect(zones.response.headers.get('x-zsgk-tree-head')).toBe(`districtCode=${DISTRICT}; treeSize=${head.treeSize}; rootHash=${head.rootHash}; timestamp=${head.timestamp}`);
    const geojson = JSON.parse(zones.body.toString('utf8'));
    expect(geojson.metadata.treeHead).toMatchObject(head);
    expect(geojson.metadata.licence.text).toMatch(/尚未设定/);

    const api = await gql(`query($d: String!, $y: Int!) {
      p: catchments(districtCode: $d, year: $y, stage: PRIMARY) { id name boundaryText geometry version schools { id } contentHash }
      j: catchments(districtCode: $d, year: $y, stage: JUNIOR) { id name boundaryText geometry version schools { id } contentHash }
      schools(filter: { districtCode: $d }, first: 500) { nodes { id name address supervisionPhone petitionAddress location { lng lat } contentHash } }
      enrolmentPlans(districtCode: $d, year: $y) { school { id } stage plannedSeats contentHash }
      admissionResults(districtCode: $d, year: $y) { school { id } stage admitted explanation { text } contentHash }
    }`, { d: DISTRICT, y: YEAR });
    const zonesFromApi = [...api.p, ...api.j];
    expect(geojson.features.map((f: any) => f.id).sort()).toEqual(zonesFromApi.map((z: any) => z.id).sort());
    for (const zone of zonesFromApi) {
      const feature = geojson.features.find((f: any) => f.id === zone.id);
      expect([zone.id, feature.geometry, feature.properties.name, feature.properties.boundaryText, feature.properties.version, feature.properties.schoolIds, feature.properties.contentHash]).toEqual(
        [zone.id, zone.geometry, zone.name, zone.boundaryText, zone.version, zone.schools.map((s: any) => s.id), zone.contentHash],
      );
    }

    const schools = await csvRows('schools.csv');
    expect(schools.map((s) => [s.school_id, s.name, s.address, s.supervision_phone, s.petition_address, Number(s.lng), Number(s.lat), s.content_hash])).toEqual(
      api.schools.nodes.map((s: any) => [s.id, s.name, s.address, s.supervisionPhone, s.petitionAddress, s.location.lng, s.location.lat, s.contentHash]),
    );
    const plans = await csvRows('enrolment-plans.csv');
    expect(plans.map((p) => [p.school_id, p.stage, Number(p.planned_seats), p.content_hash])).toEqual(
      api.enrolmentPlans.map((p: any) => [p.school.id, p.stage, p.plannedSeats, p.contentHash]),
    );
    const nextYear = (await gql(`{ enrolmentPlans(districtCode: "${DISTRICT}", year: ${PLAN_YEAR}) { school { id } plannedSeats contentHash } }`)).enrolmentPlans;
    const nextPlans = await csvRows('enrolment-plans.csv', PLAN_YEAR);
    expect(nextPlans.map((p) => [p.school_id, Number(p.planned_seats), p.content_hash])).toEqual(nextYear.map((p: any) => [p.school.id, p.plannedSeats, p.contentHash]));
    expect(nextPlans).toHaveLength(1);
    const results = await csvRows('admission-results.csv');
    const key = (r: Record<string, string>) => `${r.school_id}/${r.stage}`;
    expect(results.map((r) => [key(r), Number(r.admitted), r.explanation, r.content_hash]).sort()).toEqual(
      api.admissionResults.map((r: any) => [`${r.school.id}/${r.stage}`, r.admitted, r.explanation?.text ?? '', r.contentHash]).sort(),
    );
    expect(results.some((r) => r.explanation !== '')).toBe(true);
    const transfers = await csvRows('transfers.csv');
    expect(transfers.map((t) => [t.school_id, t.term, t.transfers_in, t.in_family_move, t.transfers_out, t.out_parent_job])).toEqual([[fixture.schoolA, 'AUTUMN', '3', '3', '2', '2']]);
  });

  it('when a school’s plan is only a draft and its transfer report was returned, then neither appears in any file', async () => {
    const plans = await csvRows('enrolment-plans.csv', PLAN_YEAR);
    const transfers = await csvRows('transfers.csv');
    expect(plans.filter((p) => p.school_id === fixture.schoolB || Number(p.planned_seats) === DRAFT_SEATS)).toEqual([]);
    expect(transfers.filter((t) => t.school_id === fixture.schoolB || Number(t.transfers_in) === RETURNED_COUNT)).toEqual([]);
  });

  it('when the manifest is read, then it gives every file’s size and SHA-256 and each CSV’s sidecar agrees', async () => {
    const manifest = JSON.parse((await download('manifest.json')).body.toString('utf8'));
    expect(manifest.files.map((f: any) => f.name)).toEqual([
      'zones.geojson', 'schools.csv', 'schools.csv.json', 'enrolment-plans.csv', 'enrolment-plans.csv.json',
      'admission-results.csv', 'admission-results.csv.json', 'transfers.csv', 'transfers.csv.json',
    ]);
    for (const file of manifest.files) {
      const { body, response } = await download(file.name);
      expect([file.name, body.length, sha256(body), response.headers.get('etag')]).toEqual([file.name, file.bytes, file.sha256, `"${file.sha256}"`]);
    }
    const page = await fetch(`${fixture.origin}/config.json`);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const sidecar = JSON.parse((await download('schools.csv.json')).body.toString('utf8'));
    expect((await download('schools.csv')).response.headers.get('access-control-allow-origin')).toBe('*');
    expect(sidecar).toMatchObject({ file: 'schools.csv', sha256: manifest.files[1].sha256, treeHead: manifest.treeHead, dictionary: `/open-data/${DISTRICT}/dictionary` });
  });

  it('when a file is asked for with gzip or brotli, then it is sent compressed and decodes to the same bytes', async () => {
    for (const name of ['zones.geojson', 'schools.csv']) {
      const plain = (await download(name)).body;
      const br = await download(name, { 'accept-encoding': 'br, gzip' });
      expect(br.response.headers.get('content-encoding')).toBe('br');
      expect(br.body.length).toBeLessThan(plain.length / 2);
      expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
      const gz = await download(name, { 'accept-encoding': 'gzip' });
      expect(gz.response.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    }
  });

  it('when something is published, then the head moves and the files are made again with a new ETag; an unchanged file answers 304', async () => {
    const before = await download('enrolment-plans.csv', {}, PLAN_YEAR);
    const etag = before.response.headers.get('etag')!;
    expect(before.response.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await download('enrolment-plans.csv', { 'if-none-match': etag }, PLAN_YEAR);
    expect([again.response.status, again.response.headers.get('etag')]).toEqual([304, etag]);
    const schoolsEtag = (await download('schools.csv', {}, PLAN_YEAR)).response.headers.get('etag')!;

    await fixture.publishPlan(96, '核定班额后调整');
    const after = await download('enrolment-plans.csv', { 'if-none-match': etag }, PLAN_YEAR);
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    expect(after.response.headers.get('x-zsgk-tree-head')).not.toBe(before.response.headers.get('x-zsgk-tree-head'));
    const plans = await csvRows('enrolment-plans.csv', PLAN_YEAR);
    expect(plans.map((p) => [Number(p.planned_seats), p.version, p.correction_reason])).toEqual([[96, '2', '核定班额后调整']]);
    // The register did not change: same bytes, same ETag, so a cache keeps its copy.
    expect((await download('schools.csv', { 'if-none-match': schoolsEtag }, PLAN_YEAR)).response.status).toBe(304);
  });

  it('when the dictionary is read, then it describes every column of every file, in HTML and JSON, with the headers the files carry', async () => {
    const json = await (await fetch(`${fixture.origin}/open-data/${DISTRICT}/dictionary.json`)).json() as any;
    const sidecar = JSON.parse((await download('admission-results.csv.json')).body.toString('utf8'));
    const entry = json.files.find((f: any) => f.file === 'admission-results.csv');
    expect(entry.columns.map((c: any) => [c.name, c.header])).toEqual(sidecar.columns.map((c: any) => [c.name, c.header]));
    for (const file of json.files) for (const column of file.columns) expect([file.file, column.name, column.meaning.length > 0, column.type]).toEqual([file.file, column.name, true, expect.any(String)]);
    const html = await fetch(`${fixture.origin}/open-data/${DISTRICT}/dictionary`);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const text = await html.text();
    for (const column of entry.columns) expect(text).toContain(`<code>${column.name}</code>`);
  });

  it('when the district or year is wrong, then the answer says what was wrong in Chinese with 400 or 404', async () => {
    const bad = await fetch(`${fixture.origin}/open-data/37081/${YEAR}/schools.csv`);
    expect([bad.status, await bad.text()]).toEqual([400, expect.stringContaining('区划代码应为 6 位数字')]);
    const noYear = await fetch(`${fixture.origin}/open-data/${DISTRICT}/1999/schools.csv`);
    expect([noYear.status, await noYear.text()]).toEqual([404, expect.stringContaining('没有 1999 年的开放数据')]);
    const noFile = await fetch(`${fixture.origin}/open-data/${DISTRICT}/${YEAR}/secrets.csv`);
    expect([noFile.status, await noFile.text()]).toEqual([404, expect.stringContaining('没有名为“secrets.csv”的开放数据文件')]);
  });
});
