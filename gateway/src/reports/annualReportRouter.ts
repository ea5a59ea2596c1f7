import { createHash } from 'node:crypto';
import { AppError, isAppError } from '@zsgk/errors';
import { canonicalJson } from '@zsgk/publication';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AnnualReport } from './AnnualReport';
import { buildAnnualReport } from './buildAnnualReport';
import { fetchAnnualReportInput, fetchHead, type PublicExecute } from './fetchAnnualReportInput';
import { beijingYearStart } from './LoggedVersion';
import { REPORT_CSS_HASH, renderAnnualReportHtml } from './renderAnnualReportHtml';
import { renderPdf } from './renderPdf';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };
const CSP = `default-src 'none'; style-src '${REPORT_CSS_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
/** District-years kept in memory (each a few hundred KB with its PDF). */
const KEPT = 8;

interface Made {
  headKey: string;
  report: AnnualReport;
  json: Buffer;
  contentHash: string;
  html: Buffer;
  pdf: Promise<Buffer> | null;
}

export interface AnnualReportOptions {
  execute: PublicExecute;
  chromiumPath?: string;
  maxAgeSeconds?: number;
  /** Tests move the clock. */
  now?: () => Date;
}

/**
 * `GET /reports/annual/<district>/<year>.json|.html|.pdf`: 信息公开年度报告（招生入学部分）, made from
 * the publication log and the published content through the gateway's own public API (PUBLIC: only
 * what anyone may read). A report is made once per signed head: each request reads the head (one small
 * query) and serves the kept report while the log has not grown. ETag: SHA-256 of the JSON or HTML
 * bytes; for the PDF, of the HTML it is printed from (Chromium's bytes carry a creation time).
 */
export function annualReportRouter(options: AnnualReportOptions): Router {
  const router = Router();
  const made = new Map<string, Made>();
  const making = new Map<string, Promise<Made>>();
  const now = options.now ?? (() => new Date());
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? 60}`;

  async function reportFor(districtCode: string, year: number): Promise<Made> {
    const { head, districtName } = await fetchHead(options.execute, districtCode);
    const key = `${districtCode}/${year}`;
    // A report made while the year ran is made again once it is over, even if the log has not grown.
    const headKey = `${head.treeSize}:${head.rootHash}:${now() >= beijingYearStart(year + 1) ? 'final' : 'partial'}`;
    const kept = made.get(key);
    if (kept?.headKey === headKey) return kept;
    const pending = making.get(`${key}@${headKey}`);
    if (pending) return pending;
    const run = (async () => {
      const report = buildAnnualReport(await fetchAnnualReportInput(options.execute, districtCode, year, head, now()));
      const json = Buffer.from(canonicalJson(report));
      const contentHash = sha256(json);
      const next: Made = { headKey, report, json, contentHash, html: Buffer.from(renderAnnualReportHtml(report, districtName, contentHash)), pdf: null };
      made.delete(key);
      made.set(key, next);
      if (made.size > KEPT) made.delete(made.keys().next().value!);
      return next;
    })();
    making.set(`${key}@${headKey}`, run);
    try {
      return await run;
    } finally {
      making.delete(`${key}@${headKey}`);
    }
  }

  router.get('/annual/:district/:file', async (req, res, next) => {
    try {
      const districtCode = String(req.params.district);
      if (!/^\d{6}$/.test(districtCode)) throw new AppError('BAD_USER_INPUT', `区划代码应为 6 位数字，收到“${districtCode.slice(0, 20)}”`, { path: 'district' });
      const match = /^(\d{4})\.(json|html|pdf)$/.exec(String(req.params.file));
      if (!match) throw new AppError('NOT_FOUND', `年度报告的地址应为 /reports/annual/${districtCode}/<年份>.html（或 .pdf、.json），收到“${String(req.params.file).slice(0, 40)}”`, { path: 'file' });
      const year = Number(match[1]);
      const format = match[2]!;
      const thisYear = now().getUTCFullYear();
      if (year < 2000 || year > thisYear + 1) throw new AppError('BAD_USER_INPUT', `年份 ${year} 超出范围：应在 2000 至 ${thisYear + 1} 之间`, { path: 'year' });
      const report = await reportFor(districtCode, year);
      res.set({ 'Cache-Control': cacheControl, 'Access-Control-Allow-Origin': '*', 'X-Content-Hash': report.contentHash });
      if (format === 'json') return send(req, res, report.json, 'application/json; charset=utf-8', sha256(report.json));
      const htmlHash = sha256(report.html);
      if (format === 'html') return send(req, res.set('Content-Security-Policy', CSP), report.html, 'text/html; charset=utf-8', htmlHash);
      res.set('Content-Disposition', `inline; filename="${districtCode}-${year}-annual-report.pdf"`);
      if (req.get('if-none-match') === `"pdf-${htmlHash}"`) return void res.status(304).end();
      report.pdf ??= renderPdf(report.html.toString('utf8'), options.chromiumPath);
      report.pdf.catch(() => { report.pdf = null; });
      return send(req, res, await report.pdf, 'application/pdf', `pdf-${htmlHash}`);
    } catch (error) {
      next(error);
    }
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!isAppError(error) || !(error.code in STATUS)) return next(error);
    res.status(STATUS[error.code]!).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(`${error.message}\n(${error.code})\n`);
  });
  return router;
}

function send(req: Request, res: Response, body: Buffer, type: string, etag: string): void {
  res.set({ ETag: `"${etag}"`, 'Content-Type': type });
  if (req.fresh) return void res.status(304).end();
  res.send(body);
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
