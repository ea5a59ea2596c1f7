import http from 'node:http';
import ExcelJS from 'exceljs';
import express from 'express';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { listenOnFreePort } from '@zsgk/testkit';
import { authenticate, requireBureauRoute } from '../src/auth/authenticate';
import { createTokenVerifier } from '../src/auth/createTokenVerifier';
import { createUploadRouter } from '../src/uploads/createUploadRouter';
import { REGISTER_HEADER, SCHOOL, registerRow, sendUpload, startUploadsSystem, type UploadsSystem } from './uploadsSystem';

/**
 * The upload router on an app of its own, mounted as createGateway mounts it (authenticate → bureau
 * only → router), running each import through the real system gateway's /graphql/import with the
 * caller's Authorization. The same routes through the gateway itself: uploadsThroughGateway.test.ts.
 */
const FILE_LIMIT = process.env.UPLOAD_BENCH ? 40 * 1024 * 1024 : 256 * 1024;

let started: UploadsSystem;
let system: UploadsSystem['system'];
let uploads: Awaited<ReturnType<typeof listenOnFreePort>>;
let clerk: string;

beforeAll(async () => {
  started = await startUploadsSystem();
  ({ system, clerk } = started);
  const app = express();
  const { upload, templates } = createUploadRouter({
    fileLimitBytes: FILE_LIMIT,
    execute: async (request, req) => {
      const res = await fetch(`${system.gatewayBaseUrl}/graphql/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: req.header('authorization') ?? '' },
        body: JSON.stringify(request),
      });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
    },
  });
  const verify = createTokenVerifier({ localPublicJwk: system.keys.publicJwk, issuer: 'zsgk-test', audience: 'zsgk-gateway' });
  app.use('/upload', authenticate(verify), requireBureauRoute, upload);
  app.use('/templates', templates);
  uploads = await listenOnFreePort(app);
}, 120_000);

afterAll(async () => {
  await uploads?.close();
  await system?.stop();
});

const send = (kind: string, file: Buffer, fileName: string, fields: Record<string, string> = {}, token = clerk) =>
  sendUpload(uploads.baseUrl, kind, file, fileName, fields, token);

describe('register', () => {
  it('when a GBK CSV has one bad row, then 422 names that row and the header as written, and nothing is imported', async () => {
    const csv = [' 学校标识码 ,学校名称,学段,举办性质,地址,经度,纬度,招生咨询电话,监督举报电话,信访接待地址', registerRow('3708120101', '兖州区第一小学'), registerRow('3708120102', '兖州区第二小学', '公立')].join('\r\n');
    const { status, body } = await send('register', iconv.encode(csv, 'gbk'), '名录.csv');
    expect(status).toBe(422);
    expect(body.accepted).toBe(false);
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]).toMatchObject({ row: 3, column: '举办性质' });
    expect(body.problems[0].reason).toContain('公立');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('when the fixed GBK CSV is uploaded, then 200 with the review item', async () => {
    const csv = [REGISTER_HEADER, registerRow('3708120101', '兖州区第一小学'), registerRow('3708120102', '兖州区第二小学')].join('\r\n');
    const { status, body } = await send('register', iconv.encode(csv, 'gbk'), '名录.csv');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'register', accepted: true, problems: [], report: { created: 2, encoding: 'GB18030' } });
    expect(body.report.change.id).toMatch(/^SCHOOL:/);
  });

  it('when the register is an .xlsx with a blank row, then it imports and problems keep the sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名录');
    sheet.addRow(REGISTER_HEADER.split(','));
    sheet.addRow(registerRow('3708120103', '兖州区第三小学').split(','));
    sheet.addRow([]);
    sheet.addRow(registerRow('3708120104', '兖州区第四小学', '未知').split(','));
    const bad = await send('register', Buffer.from(await workbook.xlsx.writeBuffer()), '名录.xlsx');
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([expect.objectContaining({ row: 4, column: '办学性质' })]);

    sheet.getRow(4).getCell(4).value = '民办';
    const good = await send('register', Buffer.from(await workbook.xlsx.writeBuffer()), '名录.xlsx');
    expect(good.status).toBe(200);
    expect(good.body.report.created).toBe(2);
  });
});

const POLYGON = [[116.78, 35.54], [116.8, 35.54], [116.8, 35.56], [116.78, 35.56], [116.78, 35.54]];

describe('register: reasons in Chinese', () => {
  it('when a register names one school code twice, then the problems table says so in Chinese under 学校标识码', async () => {
    const csv = [REGISTER_HEADER, registerRow('3708120111', '兖州区重码小学'), registerRow('3708120111', '兖州区重码二小')].join('\r\n');
    const { status, body } = await send('register', iconv.encode(csv, 'gbk'), '名录.csv');
    expect(status).toBe(422);
    expect(body.problems).toEqual([{ row: 3, column: '学校标识码', reason: '学校标识码 3708120111 与第 2 行重复；一所学校只写一行' }]);
  });
});

describe('zones', () => {
  it('when a GeoJSON zone file states its crs, then AUTO takes it and the set is drafted', async () => {
    const geojson = {
      type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: [{ type: 'Feature', properties: { name: '实验小学学区', schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [POLYGON] } }],
    };
    const { status, body } = await send('zones', Buffer.from(JSON.stringify(geojson)), '学区.geojson', { year: '2026', stage: '小学', crs: 'AUTO' });
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ accepted: true, imported: 1 });
    expect(body.report.setId).toBeTruthy();
  });

  it('when a GeoJSON zone file does not say its coordinate system and the clerk chose AUTO, then 400 asks which', async () => {
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '实验小学学区', schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [POLYGON] } }] };
    const { status, body } = await send('zones', Buffer.from(JSON.stringify(geojson)), '学区.geojson', { year: '2026', stage: 'PRIMARY' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'crs', details: { crsRequired: true } });
    expect(body.errors[0].message).toContain('GCJ-02');
  });

  it('when a KML zone file is uploaded, then its placemark becomes a zone', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>实验小学学区</name>
<ExtendedData><Data name="schools"><value>${SCHOOL}</value></Data></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>${POLYGON.map((p) => p.join(',')).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon>
</Placemark></Document></kml>`;
    const { status, body } = await send('zones', Buffer.from(kml), '学区.kml', { year: '2027', stage: '小学' });
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ accepted: true, imported: 1 });
  });

  it('when a zipped Shapefile without .prj is uploaded, then AUTO is refused and WGS84 imports it', async () => {
    const zip = await zippedShapefile('实验小学学区', SCHOOL, POLYGON);
    const auto = await send('zones', zip, '学区.zip', { year: '2028', stage: '小学' });
    expect(auto.status).toBe(400);
    expect(auto.body.errors[0].extensions).toMatchObject({ field: 'crs', details: { crsRequired: true } });
    const { status, body } = await send('zones', zip, '学区.zip', { year: '2028', stage: '小学', crs: 'WGS84' });
    expect(body.problems).toEqual([]);
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ accepted: true, imported: 1 });
  });

  it('when a zipped Shapefile has a GBK .dbf and no .cpg, then the Chinese zone name survives', async () => {
    const zip = await zippedShapefile('九州小学学区', '3708129998', POLYGON, 'gbk');
    const { status, body } = await send('zones', zip, '学区.zip', { year: '2026', stage: '初中', crs: 'GCJ02' });
    expect(status).toBe(422);
    expect(body.problems).toEqual([{ row: 1, column: null, reason: expect.stringContaining('「九州小学学区」') }]);
  });

  it('when a zone’s ring is not closed and another zone repeats its name, then the problems table says so in Chinese on each feature', async () => {
    const open = POLYGON.slice(0, -1);
    const geojson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '未闭合学区', schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [[...open, [116.79, 35.555]]] } },
        { type: 'Feature', properties: { name: '重名学区', schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [POLYGON] } },
        { type: 'Feature', properties: { name: '重名学区', schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [POLYGON] } },
      ],
    };
    const { status, body } = await send('zones', Buffer.from(JSON.stringify(geojson)), '学区.geojson', { year: '2026', stage: '小学', crs: 'WGS84' });
    expect(status).toBe(422);
    expect(body.problems).toEqual([
      { row: 1, column: null, reason: '「未闭合学区」：外边界没有闭合（第一个点和最后一个点不同）' },
      { row: 3, column: null, reason: '「重名学区」：学区名称「重名学区」与第 2 个学区重名；请改用不同的名称' },
    ]);
  });

  it('when a zone names an unregistered school, then 422 names the feature', async () => {
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '空白学区', schools: ['3708129999'] }, geometry: { type: 'Polygon', coordinates: [POLYGON] } }] };
    const { status, body } = await send('zones', Buffer.from(JSON.stringify(geojson)), '学区.geojson', { year: '2026', stage: '初中', crs: 'WGS84' });
    expect(status).toBe(422);
    expect(body.problems).toEqual([{ row: 1, column: null, reason: expect.stringContaining('空白学区') }]);
    expect(body.problems[0].reason).toContain('3708129999');
  });
});

describe('results and plans', () => {
  it('when a results CSV has Chinese headers, then it imports; a bad number names its row and header', async () => {
    const header = '学校标识码,年份,学段,计划招生数,报名人数,录取人数,差异原因,说明';
    const bad = await send('results', Buffer.from(`${header}\n${SCHOOL},2025,小学,180,二百,170,报名人数不足,报名不足\n`), '录取.csv');
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([expect.objectContaining({ row: 2, column: '报名人数' })]);

    const { status, body } = await send('results', Buffer.from(`\uFEFF${header}\n${SCHOOL},2025,小学,180,160,160,报名人数不足,片区适龄儿童少于计划\n`), '录取.csv');
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ accepted: true, created: 1 });
  });

  it('when admitted differs from the plan without 说明, then the service problem is put on the sheet row and a Chinese header', async () => {
    const csv = `学校标识码,年份,学段,计划招生数,报名人数,录取人数\n\n${SCHOOL},2024,小学,180,160,150\n`;
    const { status, body } = await send('results', Buffer.from(csv), '录取.csv');
    expect(status).toBe(422);
    expect(body.problems).toEqual([expect.objectContaining({ row: 3, column: '说明' })]);
  });

  it('when a row names an unregistered school, then 422 names that row and 学校标识码', async () => {
    const csv = `学校标识码,年份,学段,计划招生数\n${SCHOOL},2026,小学,180\n3708129999,2026,小学,90\n`;
    const { status, body } = await send('plans', Buffer.from(csv), '计划.csv');
    expect(status).toBe(422);
    expect(body.problems).toEqual([expect.objectContaining({ row: 3, column: '学校标识码' })]);
    expect(body.problems[0].reason).toContain('3708129999');
  });

  it('when a plans sheet has an unknown header, then 422 names it as written', async () => {
    const { status, body } = await send('plans', Buffer.from(`学校标识码,年份,学段,计划招生数,校长\n${SCHOOL},2026,小学,180,张三\n`), '计划.csv');
    expect(status).toBe(422);
    expect(body.problems).toEqual([expect.objectContaining({ row: 1, column: '校长' })]);
  });
});

describe('rules and gazetteer', () => {
  it('when a GBK 对口地段表 names a registered school, then it imports; a bad 单双号 cell is named by row and header', async () => {
    const header = '序号,学校,街道/镇,路名,门牌号,单双号';
    const bad = await send('rules', iconv.encode(`${header}\r\n1,兖州区实验小学,鼓楼街道,建设路,1-99,单号\r\n2,兖州区实验小学,鼓楼街道,文化路,2-50,三号\r\n`, 'gbk'), '对口地段表.csv', { year: '2026', stage: '小学' });
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([expect.objectContaining({ row: 3, column: '单双号' })]);

    const { status, body } = await send('rules', iconv.encode(`${header}\r\n1,兖州区实验小学,鼓楼街道,建设路,1-99,单号\r\n`, 'gbk'), '对口地段表.csv', { year: '2026', stage: '小学' });
    expect(body.problems).toEqual([]);
    expect(status).toBe(200);
    expect(body.report).toMatchObject({ accepted: true, imported: 1, rules: 1, ignoredColumns: ['序号'] });
  });

  it('when a gazetteer row has a bad 经度, then 422 names the row and the header as written', async () => {
    const csv = '类型,名称,经度,纬度\n小区,阳光花园,116.78,35.55\n小区,幸福家园,东经116,35.55\n';
    const { status, body } = await send('gazetteer', Buffer.from(csv), '地名.csv', { year: '2026' });
    expect(status).toBe(422);
    expect(body.problems).toEqual([expect.objectContaining({ row: 3, column: '经度' })]);
  });
});

describe('templates', () => {
  const template = async (file: string) => {
    const res = await fetch(`${uploads.baseUrl}/templates/${file}`);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it('when the register template (CSV and xlsx) is uploaded as it is, then it imports cleanly', async () => {
    const csv = await template('register.csv');
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const fromCsv = await send('register', csv, 'register.csv');
    expect(fromCsv.body.problems).toEqual([]);
    expect(fromCsv.status).toBe(200);
    const fromXlsx = await send('register', await template('register.xlsx'), 'register.xlsx');
    expect(fromXlsx.body.problems).toEqual([]);
    expect(fromXlsx.status).toBe(200);
  });

  it.each(['results', 'plans', 'rules'])('when the %s template is uploaded, then the only problems are its unregistered example school', async (kind) => {
    for (const ext of ['csv', 'xlsx']) {
      const { status, body } = await send(kind, await template(`${kind}.${ext}`), `${kind}.${ext}`, { year: '2026', stage: '小学' });
      expect([200, 422]).toContain(status);
      if (status === 422) {
        expect(body.problems.length).toBeGreaterThan(0);
        for (const p of body.problems) expect(p.reason).toMatch(/2137089901|兖州区示例小学|not registered|未登记|register/);
      }
    }
  });

  it('when the gazetteer template is uploaded, then it imports cleanly', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const { status, body } = await send('gazetteer', await template(`gazetteer.${ext}`), `gazetteer.${ext}`, { year: '2026' });
      expect(body.problems).toEqual([]);
      expect(status).toBe(200);
    }
  });

  it('when zones.geojson is uploaded, then the only problem is its unregistered example school', async () => {
    const { status, body } = await send('zones', await template('zones.geojson'), 'zones.geojson', { year: '2026', stage: '高中' });
    expect(status).toBe(422);
    expect(body.problems.map((p: any) => p.reason).join('\n')).toContain('2137089901');
  });

  it('when a template that does not exist is asked for, then 404 lists the ones that do', async () => {
    const res = await fetch(`${uploads.baseUrl}/templates/nothing.csv`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].message).toContain('register.csv');
  });
});

describe('refusals', () => {
  it('when a SCHOOL token uploads, then 403 arrives before the body is sent', async () => {
    const token = await system.token({ role: 'SCHOOL', subject: 'head', schoolId: SCHOOL });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${uploads.baseUrl}/upload/register`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body });
          req.destroy();
        });
      });
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.write('--x\r\n'); // the other 50 MB never come
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('when the file is larger than the limit, then 413 PAYLOAD_TOO_LARGE in Chinese', async () => {
    const { status, body } = await send('register', Buffer.alloc(FILE_LIMIT + 1, 0x41), 'big.csv');
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toContain('文件太大');
  });

  it('when a register CSV is sent with crs AUTO, then 400 asks for the coordinate system (a table cannot state it)', async () => {
    const { status, body } = await send('register', Buffer.from(`${REGISTER_HEADER}\n${registerRow('3708120105', '兖州区第五小学')}\n`), '名录.csv', { crs: 'AUTO' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'crs', details: { crsRequired: true } });
  });

  it('when no file is sent, then 400 names the field file', async () => {
    const form = new FormData();
    form.append('year', '2026');
    const res = await fetch(`${uploads.baseUrl}/upload/register`, { method: 'POST', headers: { authorization: `Bearer ${clerk}` }, body: form });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.field).toBe('file');
  });

  it('when the problems are posted back, then problems.xlsx has them under 行, 列, 问题', async () => {
    const res = await fetch(`${uploads.baseUrl}/upload/problems.xlsx`, {
      method: 'POST', headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' },
      body: JSON.stringify({ problems: [{ row: 3, column: '办学性质', reason: '「公立」不是办学性质' }, { row: null, column: null, reason: '文件有问题' }] }),
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '行', '列', '问题']);
    expect(sheet.getRow(2).values).toEqual([undefined, 3, '办学性质', '「公立」不是办学性质']);
  });
});

/** A zipped Shapefile of one polygon (.shp, .dbf with name and schools; .cpg UTF-8, or a GBK .dbf with no .cpg; no .prj). */
async function zippedShapefile(name: string, schools: string, ring: number[][], dbfEncoding: 'utf8' | 'gbk' = 'utf8'): Promise<Buffer> {
  const clockwise = [...ring].reverse(); // Shapefile outer rings run clockwise
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const content = Buffer.alloc(44 + 4 + 16 * clockwise.length);
  content.writeInt32LE(5, 0);
  bbox.forEach((v, i) => content.writeDoubleLE(v, 4 + i * 8));
  content.writeInt32LE(1, 36);
  content.writeInt32LE(clockwise.length, 40);
  content.writeInt32LE(0, 44);
  clockwise.forEach(([x, y], i) => {
    content.writeDoubleLE(x!, 48 + i * 16);
    content.writeDoubleLE(y!, 56 + i * 16);
  });
  const record = Buffer.alloc(8);
  record.writeInt32BE(1, 0);
  record.writeInt32BE(content.length / 2, 4);
  const header = Buffer.alloc(100);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE((100 + 8 + content.length) / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  bbox.forEach((v, i) => header.writeDoubleLE(v, 36 + i * 8));
  const shp = Buffer.concat([header, record, content]);

  const fields = [['name', 60], ['schools', 40]] as const;
  const recordLength = 1 + fields.reduce((s, [, l]) => s + l, 0);
  const dbfHeader = Buffer.alloc(32 + 32 * fields.length + 1);
  dbfHeader.writeUInt8(0x03, 0);
  dbfHeader.writeUInt32LE(1, 4);
  dbfHeader.writeUInt16LE(dbfHeader.length, 8);
  dbfHeader.writeUInt16LE(recordLength, 10);
  fields.forEach(([field, length], i) => {
    dbfHeader.write(field, 32 + i * 32, 'ascii');
    dbfHeader.write('C', 32 + i * 32 + 11, 'ascii');
    dbfHeader.writeUInt8(length, 32 + i * 32 + 16);
  });
  dbfHeader.writeUInt8(0x0d, dbfHeader.length - 1);
  const cell = (text: string, length: number) => {
    const bytes = Buffer.alloc(length, 0x20);
    (dbfEncoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8')).copy(bytes);
    return bytes;
  };
  const dbf = Buffer.concat([dbfHeader, Buffer.from(' '), cell(name, 60), cell(schools, 40), Buffer.from([0x1a])]);
  const zip = new JSZip();
  zip.file('学区.shp', shp);
  zip.file('学区.dbf', dbf);
  if (dbfEncoding === 'utf8') zip.file('学区.cpg', 'UTF-8');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Benchmark (reported, not asserted): UPLOAD_BENCH=1 npx jest gateway/test/uploadsRouterOnItsOwnApp.test.ts -t benchmark
 * Time from sending the upload to the answer with its problem table (or report), through the real system.
 */
(process.env.UPLOAD_BENCH ? describe : describe.skip)('benchmark', () => {
  const timed = async (label: string, run: () => Promise<{ status: number; body: any }>) => {
    const started = performance.now();
    const { status, body } = await run();
    const ms = Math.round(performance.now() - started);
    console.log(`[upload benchmark] ${label}: ${status} in ${ms} ms, ${body.problems?.length ?? 0} problems`);
    return { status, body };
  };

  it('when a 10,000-row register CSV (GBK) with one bad row and then without it is uploaded, then the times are printed', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => registerRow(`37081${String(20_000 + i).padStart(5, '0')}`, `兖州区基准小学${i}`));
    const bad = [...rows];
    bad[7_000] = registerRow('3708127000', '兖州区基准小学7000', '公立');
    const badFile = iconv.encode([REGISTER_HEADER, ...bad].join('\r\n'), 'gbk');
    const goodFile = iconv.encode([REGISTER_HEADER, ...rows].join('\r\n'), 'gbk');
    const refused = await timed(`register 10,000 rows, one bad (${Math.round(badFile.length / 1024)} KB)`, () => send('register', badFile, 'bench.csv'));
    expect(refused.body.problems).toEqual([expect.objectContaining({ row: 7_002, column: '办学性质' })]);
    const accepted = await timed('register 10,000 rows, all good', () => send('register', goodFile, 'bench.csv'));
    expect(accepted.status).toBe(200);
  }, 300_000);

  it('when a 2,000-zone GeoJSON with one bad zone and then without it is uploaded, then the times are printed', async () => {
    const features = Array.from({ length: 2_000 }, (_, i) => {
      const x = 116.74 + (i % 50) * 0.002;
      const y = 35.52 + Math.floor(i / 50) * 0.002;
      return { type: 'Feature', properties: { name: `基准学区${i}`, schools: [SCHOOL] }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.002, y], [x + 0.002, y + 0.002], [x, y + 0.002], [x, y]]] } };
    });
    const bad = features.map((f, i) => (i === 1_500 ? { ...f, properties: { name: '坏学区', schools: ['3708129999'] } } : f));
    const crs = { type: 'name', properties: { name: 'EPSG:4326' } };
    const badFile = Buffer.from(JSON.stringify({ type: 'FeatureCollection', crs, features: bad }));
    const refused = await timed(`zones 2,000 features, one bad (${Math.round(badFile.length / 1024)} KB)`, () => send('zones', badFile, 'bench.geojson', { year: '2025', stage: '小学' }));
    expect(refused.body.problems).toEqual([expect.objectContaining({ row: 1_501 })]);
    const accepted = await timed('zones 2,000 features, all good', () =>
      send('zones', Buffer.from(JSON.stringify({ type: 'FeatureCollection', crs, features })), 'bench.geojson', { year: '2025', stage: '小学' }));
    expect(accepted.body.problems).toEqual([]);
  }, 300_000);
});
