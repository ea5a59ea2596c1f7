import { existsSync } from 'node:fs';
import { AppError } from '@zsgk/errors';
import { chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium fonts-noto-cjk); never a downloaded browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that stop Chromium calling out (background networking, updates, sync, QUIC), as the browser tests use. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-domain-reliability', '--metrics-recording-only',
];

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints the report page to an A4 PDF in headless Chromium: the same HTML as the page, so one layout
 * serves both, with CJK text as real text (Noto CJK embedded, searchable and copyable). Scripts are
 * off and every request is refused, so the page can reach nothing. One PDF at a time per process
 * (a print takes ~1 s of a core and ~150 MB while it runs); the browser is started for the print and
 * closed after it, so nothing stays running between reports.
 */
export function renderPdf(html: string, chromiumPath: string = DEFAULT_CHROMIUM): Promise<Buffer> {
  const run = queue.then(() => print(html, chromiumPath));
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string, chromiumPath: string): Promise<Buffer> {
  if (!existsSync(chromiumPath)) {
    throw new AppError('SERVICE_UNAVAILABLE', `无法生成 PDF：找不到 Chromium（${chromiumPath}）；请安装 chromium 和 fonts-noto-cjk，或使用 HTML 版`, { details: { service: 'chromium' } });
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
