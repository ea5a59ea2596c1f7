import { AppError, isAppError } from '@zsgk/errors';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { apiExamples } from './apiExamples';
import { DICTIONARY_CSS } from './dictionaryCss';
import { describeHead, type OpenDataFile } from './OpenDataSet';
import { openDataDictionary } from './openDataDictionary';
import type { OpenDataStore } from './OpenDataStore';
import { renderDictionaryHtml } from './renderDictionaryHtml';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

/**
 * `/open-data/…`: the district's years and head (index.json), the data dictionary (HTML and JSON)
 * and each year's files. Files answer with ETag = their SHA-256, `Cache-Control: public, max-age`,
 * the head in `X-Zsgk-Tree-Head`, and brotli or gzip when the client accepts it. Anyone may read
 * them from any origin: it is published data.
 */
export function openDataRouter(store: OpenDataStore, options: { maxAgeSeconds: number; gatewayPublicUrl: string }): Router {
  const router = Router();
  const cacheControl = `public, max-age=${options.maxAgeSeconds}`;

  router.use('/open-data/', (_req, res, next) => {
    res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, X-Zsgk-Tree-Head' });
    next();
  });

  router.get('/open-data/open-data.css', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('text/css; charset=utf-8').send(DICTIONARY_CSS);
  });

  router.get('/open-data/:district/dictionary{.:format}', (req, res) => {
    const districtCode = districtOf(req);
    const dictionary = openDataDictionary(districtCode);
    res.set('Cache-Control', cacheControl);
    if (req.params.format === 'json' || (req.params.format === undefined && req.accepts(['html', 'json']) === 'json')) {
      res.json(dictionary);
    } else if (req.params.format === undefined || req.params.format === 'html') {
      res.type('text/html; charset=utf-8').send(renderDictionaryHtml(dictionary));
    } else {
      throw new AppError('NOT_FOUND', `数据字典只有 HTML 和 JSON 两种格式，没有“${req.params.format}”`, { path: 'format' });
    }
  });

  router.get('/open-data/:district/index.json', async (req, res) => {
    const districtCode = districtOf(req);
    const { head, district, years, currentYear } = await store.district(districtCode);
    res.set({ 'Cache-Control': cacheControl, 'X-Zsgk-Tree-Head': describeHead(head) }).json({
      districtCode,
      districtName: district.name,
      sampleData: district.sampleData,
      treeHead: head,
      licence: store.licence,
      dictionary: `/open-data/${districtCode}/dictionary`,
      gatewayUrl: options.gatewayPublicUrl,
      currentYear,
      years: years.map((year) => ({ year, manifest: `/open-data/${districtCode}/${year}/manifest.json` })),
      examples: apiExamples(districtCode, currentYear ?? new Date().getFullYear()),
    });
  });

  router.get('/open-data/:district/:year/:file', async (req, res) => {
    const districtCode = districtOf(req);
    if (!/^\d{4}$/.test(String(req.params.year))) {
      throw new AppError('BAD_USER_INPUT', `招生年份应为 4 位数字，收到“${String(req.params.year).slice(0, 20)}”`, { path: 'year' });
    }
    const set = await store.get(districtCode, Number(req.params.year));
    const file = set.files.get(String(req.params.file));
    if (!file) {
      throw new AppError('NOT_FOUND', `没有名为“${String(req.params.file).slice(0, 60)}”的开放数据文件；可下载的文件见 /open-data/${districtCode}/${set.year}/manifest.json`, { path: 'file' });
    }
    sendFile(req, res, file, {
      'Cache-Control': cacheControl,
      ETag: `"${file.sha256}"`,
      'X-Zsgk-Tree-Head': describeHead(set.head),
      ...(file.name.endsWith('.json') && file.name !== 'zones.geojson' ? {} : { 'Content-Disposition': `attachment; filename="${districtCode}-${set.year}-${file.name}"` }),
    });
  });

  router.use('/open-data', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!isAppError(error) || !(error.code in STATUS)) return next(error);
    res.status(STATUS[error.code]!).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(`${error.message}\n(${error.code})\n`);
  });
  return router;
}

function districtOf(req: Request): string {
  const code = String(req.params.district);
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', `区划代码应为 6 位数字，收到“${code.slice(0, 20)}”`, { path: 'district' });
  return code;
}

/** Sends the stored form the client accepts (brotli, gzip or as is); 304 when its ETag is current. */
function sendFile(req: Request, res: Response, file: OpenDataFile, headers: Record<string, string>): void {
  res.set({ ...headers, Vary: 'Accept-Encoding', 'Content-Type': file.mediaType });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding === 'br') res.set('Content-Encoding', 'br').send(file.brotli);
  else if (encoding === 'gzip') res.set('Content-Encoding', 'gzip').send(file.gzip);
  else res.send(file.body);
}
