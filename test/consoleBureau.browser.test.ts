import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { configSchema } from '@zsgk/console/server/config';
import { createConsoleServer } from '@zsgk/console/server/createConsoleServer';
import { findFreePort } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary, type DemoDistrict } from '@zsgk/demo-district';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { pointOnFeature } from '@turf/point-on-feature';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './support/launchChromium';
import { startSystem } from './support/startSystem';

// A bureau officer's year in the console's bureau pages: a GBK register with a bad row, a zone file
// with a gap drawn on the map, and axe-core on every bureau page. The whole system runs in-process;
// the console is served from console/dist (npm run build -w console first).

const DISTRICT = '370812';
const OFFICER = { username: 'officer-zhang', displayName: '张科员', password: 'zhang-console-2026' };
/** The quick guide (docs/zh-CN) shows these screenshots. */
const GUIDE_IMAGES = path.join(__dirname, '..', 'docs', 'zh-CN', 'images');

let system: Awaited<ReturnType<typeof startSystem>>;
let demo: DemoDistrict;
let browser: Browser;
let consoleServer: Server;
let consoleUrl: string;
let latestYear: number;

beforeAll(async () => {
  const port = await findFreePort();
  consoleUrl = `http://127.0.0.1:${port}`;
  system = await startSystem({ consoleOrigins: [consoleUrl] });
  const boundary = readDemoBoundary(DISTRICT);
  demo = generateDistrict({ boundary: boundary.wgs84, districtCode: DISTRICT, districtName: boundary.name });
  latestYear = Math.max(...demo.rules.map((r) => r.year));
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  await system.seedAccounts([{ ...OFFICER, role: 'BUREAU', districtCode: DISTRICT }]);
  const app = createConsoleServer(configSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayBaseUrl, CONSOLE_PORT: String(port) }));
  consoleServer = await new Promise((resolve) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
  });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(GUIDE_IMAGES, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => consoleServer?.close(resolve));
  await system?.stop();
});

/** A signed-in officer's page; every script error, console error (CSP refusals among them) and dialog is collected as a defect. */
async function signedIn(path: string, options: { screenshotSignIn?: string } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // A refused request (401 before sign-in, 422 for a refused file) is the page working; what it does with it
  // is asserted. CSP refusals are reported by the listener below, with the script that caused them.
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() !== 'error' || text.startsWith('Failed to load resource') || text.startsWith('Applying inline style violates')) return;
    // Known upstream bug, harmless: every antd Table measures the scrollbar with a <style> that rc-util
    // creates without the ConfigProvider's nonce (react-component/util#613); the measurement falls back.
    if (/^CSP style-src-elem refused at \S+\/assets\/antd-[\w-]+\.js:/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    console.error('CSP ' + e.effectiveDirective + ' refused at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));`);
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByLabel('用户名').fill(OFFICER.username);
  await page.getByLabel('密码').fill(OFFICER.password);
  if (options.screenshotSignIn) await screenshot(page, options.screenshotSignIn);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('navigation', { name: '主菜单' }).waitFor();
  await page.goto(`${consoleUrl}${path}`);
  return { page, problems };
}

/** Saves a screenshot for people (test-results/screenshots) and for the Chinese quick guide (docs/zh-CN/images). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  copyFileSync(file, path.join(GUIDE_IMAGES, `${name}.png`));
}

/**
 * axe-core's serious and critical findings on the page's own content (<main>: the menu and header are
 * the layout's, scanned by consoleSecurity). Evaluated over the DevTools protocol, which the page's CSP
 * (script-src 'self') does not govern.
 */
async function seriousViolations(page: Page, label: string): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(`
    axe.run({ include: [['main']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
  `);
  if (violations.length) console.log(`[axe] ${label}, every finding:`, JSON.stringify(violations));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The register as a clerk's Excel on a Chinese Windows saves it: GBK, Chinese headers, two new schools. */
function registerCsv(secondStage: string): Buffer {
  const [a, b] = demo.schools.filter((s) => s.stages.includes('PRIMARY'));
  const row = (id: string, name: string, stage: string, near: typeof a) =>
    [id, name, stage, '公办', `${near!.address}东侧`, (near!.location.lng + 0.001).toFixed(6), (near!.location.lat + 0.001).toFixed(6), '0537-3410001', '0537-3410002', '兖州区教育局信访办'].join(',');
  const lines = [
    '学校标识码,学校名称,学段,办学性质,地址,经度,纬度,招生咨询电话,监督举报电话,信访接待地址',
    row('2137089901', '兖州区新城第一小学', '小学', a),
    row('2137089902', '兖州区新城第二小学', secondStage, b),
  ];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
}

/** Uploads a file on the 导入 page's current tab and presses 上传并检查. */
async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.locator('.ant-tabs-tabpane-active input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.locator('.ant-tabs-tabpane-active').getByRole('button', { name: '上传并检查' }).click();
}

describe('导入: a GBK register with a bad row', () => {
  it('when the officer uploads it, then the bad row is named in Chinese by row and column; fixed, the file is imported and submitted for review', async () => {
    const { page, problems } = await signedIn('/imports?kind=register', { screenshotSignIn: 'console-sign-in' });
    await upload(page, '学校名册.csv', 'text/csv', registerCsv('初级'));
    const table = page.getByTestId('upload-problems');
    await table.waitFor({ timeout: 30_000 });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('第 3 行');
    expect(rows[0]).toContain('学段');
    expect(rows[0]).toContain('初级');
    await screenshot(page, 'console-import-problems');
    expect(await seriousViolations(page, '/imports with problems')).toEqual([]);
    // The table goes back to whoever filled the sheet as a spreadsheet.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载问题表（Excel）' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    await upload(page, '学校名册.csv', 'text/csv', registerCsv('小学'));
    const accepted = page.getByTestId('upload-accepted');
    await accepted.waitFor({ timeout: 30_000 });
    expect(await accepted.innerText()).toContain('已提交审核');
    await expect(accepted.getByRole('link', { name: '查看审核事项' }).getAttribute('href')).resolves.toMatch(/^\/review\?id=SCHOOL/);
    await screenshot(page, 'console-import-accepted');
    // The change waits in 审核 for a second officer.
    await accepted.getByRole('link', { name: '查看审核事项' }).click();
    await page.getByText('2137089901', { exact: false }).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
    await screenshot(page, 'console-review-queue');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('划片: a zone file with a gap', () => {
  it('when the officer uploads next year\'s zones with one zone left out and checks coverage, then the gap is drawn red on the map and listed', async () => {
    const zones = demo.catchments.PRIMARY;
    // Leave out the largest single-school zone: its ground is the gap.
    const left = [...zones.features].sort((x, y) => JSON.stringify(y.geometry).length - JSON.stringify(x.geometry).length)[0]!;
    const withGap = { ...zones, features: zones.features.filter((f) => f !== left) };
    const { page, problems } = await signedIn('/imports?kind=zones');
    const form = page.locator('.ant-tabs-tabpane-active');
    await form.getByLabel('招生年份').fill(String(latestYear + 1));
    // The file says nothing of its datum: the officer picks WGS-84.
    await form.locator('.ant-select', { has: page.getByLabel('坐标系') }).click();
    await page.locator('.ant-select-item-option', { hasText: 'WGS-84' }).click();
    await upload(page, '划片方案.geojson', 'application/geo+json', Buffer.from(JSON.stringify(withGap)));
    const accepted = page.getByTestId('upload-accepted');
    await accepted.waitFor({ timeout: 60_000 });
    await accepted.getByRole('link', { name: /划片/ }).click();

    await page.getByTestId('zone-map').waitFor();
    await page.locator('path.draft-zone').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '检查覆盖情况' }).click();
    const report = page.getByTestId('coverage-report');
    await report.waitFor({ timeout: 90_000 });
    expect(Number(await report.getAttribute('data-gaps'))).toBeGreaterThan(0);
    expect(await page.locator('path.coverage-gap').count()).toBeGreaterThan(0);
    // The school of the left-out zone now has none.
    const schoolWithoutZone = demo.schools.find((s) => s.id === left.properties.schools[0])!;
    expect(await report.innerText()).toContain(schoolWithoutZone.name);
    // The set in force is drawn underneath, dashed.
    expect(await page.locator('path.previous-zone').count()).toBeGreaterThan(0);
    await screenshot(page, 'console-zones-gap');

    // 测试地址 inside the gap: no zone of the draft has it; the set in force gives the left-out zone.
    const [lng, lat] = pointOnFeature(left).geometry.coordinates as [number, number];
    await page.getByLabel('测试地址').fill(`${lng.toFixed(6)},${lat.toFixed(6)}`);
    await page.getByLabel('测试地址').press('Enter');
    const probe = page.getByTestId('address-probe');
    await probe.waitFor();
    expect(await probe.innerText()).toContain('不在任何学区内（未覆盖）');
    expect(await probe.innerText()).toContain(left.properties.name);
    await screenshot(page, 'console-zones-test-address');
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('accessibility', () => {
  const pages: [string, string, string][] = [
    ['/imports', '导入数据', 'console-imports'],
    ['/zones', '划片方案', 'console-zones'],
    ['/compliance', '信息公开合规', 'console-compliance'],
    ['/ledger', '发布日志', 'console-ledger'],
    ['/accounts', '账户管理', 'console-accounts'],
    ['/audit', '审计日志', 'console-audit'],
  ];
  it.each(pages)('when axe-core scans %s, then there are no serious or critical violations', async (path, title, shot) => {
    const { page, problems } = await signedIn(path);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    await screenshot(page, shot);
    expect(await seriousViolations(page, path)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the officer presses 立即核验, then the whole log is checked in the browser and verified', async () => {
    const { page, problems } = await signedIn('/ledger');
    await page.getByRole('button', { name: '立即核验' }).click();
    const result = page.getByTestId('ledger-verification');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-state')).toBe('verified');
    await screenshot(page, 'console-ledger-verified');
    expect(problems).toEqual([]);
    await page.close();
  });
});

// Reported, not asserted (issue 12's benchmark): CONSOLE_BENCH=1 npx jest -c test/jest.browser.config.js test/consoleBureau
(process.env.CONSOLE_BENCH ? describe : describe.skip)('benchmark: upload to problem table', () => {
  /** Milliseconds from 上传并检查 to the answer drawn (the problem table, or whatever else came), and what it says. */
  async function timeToProblemTable(kind: string, name: string, mimeType: string, buffer: Buffer, prepare?: (page: Page) => Promise<void>): Promise<{ ms: number; rows: string }> {
    const { page } = await signedIn(`/imports?kind=${kind}`);
    await prepare?.(page);
    await page.locator('.ant-tabs-tabpane-active input[type=file]').setInputFiles({ name, mimeType, buffer });
    const started = Date.now();
    await page.locator('.ant-tabs-tabpane-active').getByRole('button', { name: '上传并检查' }).click();
    const answer = page.locator('[data-testid="upload-problems"], [data-testid="upload-accepted"], main [role="alert"]').first();
    await answer.waitFor({ timeout: 600_000 });
    const ms = Date.now() - started;
    const rows = (await page.getByTestId('upload-problems').count()) ? await page.locator('.ant-typography-danger').first().innerText() : `no problem table: ${await answer.innerText()}`;
    await page.screenshot({ path: path.join(SCREENSHOTS, `console-bench-${kind}.png`) });
    await page.close();
    return { ms, rows };
  }

  it('when a 10,000-row GBK register with one bad row is uploaded, then the time to its problem table is printed', async () => {
    const near = demo.schools[0]!;
    const lines = ['学校标识码,学校名称,学段,办学性质,地址,经度,纬度,招生咨询电话,监督举报电话,信访接待地址'];
    for (let i = 0; i < 10_000; i += 1) {
      const stage = i === 4_999 ? '初级' : '小学';
      lines.push([`21370${String(50_000 + i)}`, `兖州区测试第${i + 1}小学`, stage, '公办', `${near.address}${i + 1}号`, (near.location.lng + (i % 100) * 1e-4).toFixed(6), (near.location.lat + Math.floor(i / 100) * 1e-4).toFixed(6), '0537-3410001', '0537-3410002', '兖州区教育局信访办'].join(','));
    }
    const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
    const { ms, rows } = await timeToProblemTable('register', '名册10000行.csv', 'text/csv', bytes);
    console.log(`[bench] register 10,000 rows (${(bytes.length / 1024).toFixed(0)} KiB GBK): upload to problem table ${ms} ms; ${rows}`);
  }, 400_000);

  it('when a 2,000-zone GeoJSON with one self-crossing zone is uploaded, then the time to its problem table is printed', async () => {
    const { lng, lat } = demo.schools[0]!.location;
    const primary = demo.schools.filter((school) => school.stages.includes('PRIMARY'));
    const features = Array.from({ length: 2_000 }, (_, i) => {
      const x = lng - 0.02 + (i % 50) * 0.0008;
      const y = lat - 0.016 + Math.floor(i / 50) * 0.0008;
      // The last zone is a bow-tie: its ring crosses itself, a problem of that feature alone.
      const ring = i === 1_999 ? [[x, y], [x + 0.0008, y + 0.0008], [x + 0.0008, y], [x, y + 0.0008], [x, y]] : [[x, y], [x + 0.0008, y], [x + 0.0008, y + 0.0008], [x, y + 0.0008], [x, y]];
      return { type: 'Feature', properties: { name: `测试学区${i + 1}`, schools: [primary[i % primary.length]!.id] }, geometry: { type: 'Polygon', coordinates: [ring] } };
    });
    const bytes = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    const { ms, rows } = await timeToProblemTable('zones', '2000学区.geojson', 'application/geo+json', bytes, async (page) => {
      const form = page.locator('.ant-tabs-tabpane-active');
      await form.getByLabel('招生年份').fill(String(latestYear + 2));
      await form.locator('.ant-select', { has: page.getByLabel('坐标系') }).click();
      await page.locator('.ant-select-item-option', { hasText: 'WGS-84' }).click();
    });
    console.log(`[bench] zones 2,000 features (${(bytes.length / 1024).toFixed(0)} KiB): upload to problem table ${ms} ms; ${rows}`);
  }, 700_000);
});
