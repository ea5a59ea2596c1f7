import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pointOnFeature } from '@turf/point-on-feature';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/launchChromium';
import { openConsole, screenshot as harnessScreenshot, seriousAxeViolations, signIn, startConsoleHarness, YEAR, type ConsoleHarness } from './support/consoleHarness';

// A bureau officer's year in the console's bureau pages: a GBK register with a bad row, a zone file
// with a gap drawn on the map, and axe-core on every bureau page. The whole system runs in-process
// (test/support/consoleHarness.ts); the console is served from console/dist (npm run build -w console first).

/**
 * The quick guide (docs/zh-CN) shows these screenshots. They are copied there only when asked
 * (UPDATE_DOCS_SCREENSHOTS=1), so an ordinary run leaves the tracked images alone.
 */
const GUIDE_IMAGES = path.join(__dirname, '..', 'docs', 'zh-CN', 'images');
const UPDATE_GUIDE_IMAGES = process.env.UPDATE_DOCS_SCREENSHOTS === '1';

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness();
  if (UPDATE_GUIDE_IMAGES) mkdirSync(GUIDE_IMAGES, { recursive: true });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

/** A page signed in as the first officer, at `urlPath`; script errors, console errors (CSP refusals among them) and dialogs are collected. */
async function signedIn(urlPath: string, options: { screenshotSignIn?: string } = {}): Promise<{ page: Page; problems: string[] }> {
  const opened = await openConsole(harness);
  if (options.screenshotSignIn) await screenshot(opened.page, options.screenshotSignIn);
  await signIn(opened.page, harness.accounts.officer1);
  await opened.page.goto(`${harness.consoleUrl}${urlPath}`);
  await opened.page.getByRole('navigation', { name: '主菜单' }).waitFor();
  // Name the script and line of any CSP refusal (the browser's own message does not).
  await opened.page.evaluate(`document.addEventListener('securitypolicyviolation', (e) =>
    console.error('CSP ' + e.effectiveDirective + ' refused at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber))`);
  return opened;
}

/** Saves a screenshot in test-results/screenshots, and with UPDATE_DOCS_SCREENSHOTS=1 also for the Chinese quick guide (docs/zh-CN/images). */
async function screenshot(page: Page, name: string): Promise<void> {
  await harnessScreenshot(page, name);
  if (UPDATE_GUIDE_IMAGES) copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(GUIDE_IMAGES, `${name}.png`));
}

/** axe-core's serious and critical findings, printed in full when there are any. */
async function seriousViolations(page: Page, label: string) {
  const violations = await seriousAxeViolations(page);
  if (violations.length) console.log(`[axe] ${label}:`, JSON.stringify(violations));
  return violations;
}

/** The register as a clerk's Excel on a Chinese Windows saves it: GBK, Chinese headers, two new schools. */
function registerCsv(secondStage: string): Buffer {
  const [a, b] = harness.demo.schools.filter((s) => s.stages.includes('PRIMARY'));
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
    const zones = harness.demo.catchments.PRIMARY;
    // Leave out the largest single-school zone: its ground is the gap.
    const left = [...zones.features].sort((x, y) => JSON.stringify(y.geometry).length - JSON.stringify(x.geometry).length)[0]!;
    const withGap = { ...zones, features: zones.features.filter((f) => f !== left) };
    const { page, problems } = await signedIn('/imports?kind=zones');
    const form = page.locator('.ant-tabs-tabpane-active');
    await form.getByLabel('招生年份').fill(String(YEAR + 1));
    // The file says nothing of its datum: the officer picks WGS-84.
    await form.locator('.ant-select', { has: page.getByLabel('坐标系') }).click();
    await page.locator('.ant-select-item-option', { hasText: 'WGS-84' }).click();
    await upload(page, '划片方案.geojson', 'application/geo+json', Buffer.from(JSON.stringify(withGap)));
    const accepted = page.getByTestId('upload-accepted');
    await accepted.waitFor({ timeout: 60_000 });
    await accepted.getByRole('link', { name: /划片/ }).click();

    await page.getByTestId('zone-map').waitFor();
    await page.locator('path.draft-zone').first().waitFor({ timeout: 20_000 });
    const coverageStarted = Date.now();
    await page.getByRole('button', { name: '检查覆盖情况' }).click();
    const report = page.getByTestId('coverage-report');
    await report.waitFor({ timeout: 90_000 });
    console.log(`[measure] coverage report of ${withGap.features.length} zones drawn ${Date.now() - coverageStarted} ms after 检查覆盖情况`);
    expect(Number(await report.getAttribute('data-gaps'))).toBeGreaterThan(0);
    expect(await page.locator('path.coverage-gap').count()).toBeGreaterThan(0);
    // The school of the left-out zone now has none.
    const schoolWithoutZone = harness.demo.schools.find((s) => s.id === left.properties.schools[0])!;
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

    // Checked, the draft goes to review; the link names the review item.
    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByRole('link', { name: '已提交审核，查看审核事项' }).getAttribute('href')).resolves.toMatch(/^\/review\?id=ZONE_SET/);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('账户 and 审计', () => {
  it('when the officer creates a school account and someone signs in to it with a wrong password, then the account is listed and the failure is in 审计', async () => {
    const school = harness.demo.schools.find((s) => s.stages.includes('JUNIOR'))!;
    const { page, problems } = await signedIn('/accounts');
    await page.getByRole('button', { name: '新建账户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账户' });
    await dialog.getByRole('combobox', { name: '学校' }).fill(school.name);
    await page.keyboard.press('Enter');
    await dialog.getByLabel('用户名').fill('clerk-junior');
    await dialog.getByLabel('姓名').fill('周老师');
    await dialog.getByLabel('初始密码').fill('zhou-console-2026!');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    const row = page.locator('tr', { hasText: 'clerk-junior' });
    await row.waitFor();
    expect(await row.innerText()).toContain(school.name);

    expect((await harness.signInByApi({ username: 'clerk-junior', displayName: '周老师', password: 'not-the-password' })).status).toBe(401);
    await page.getByRole('navigation', { name: '主菜单' }).getByText('审计日志').click();
    await page.getByLabel('操作人').fill('clerk-junior');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const failed = page.locator('tr', { hasText: '登录失败' });
    await failed.first().waitFor();
    expect(await failed.first().innerText()).toContain('clerk-junior');
    await screenshot(page, 'console-audit-sign-in-failed');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('合规', () => {
  it('when the officer opens 信息公开合规, then every school of the stage has a row and the export is a CSV Excel reads (BOM, Chinese headers)', async () => {
    const { page, problems } = await signedIn('/compliance');
    const table = page.getByTestId('compliance-table');
    await table.locator('tbody tr[data-row-key]').first().waitFor({ timeout: 30_000 });
    // The summary's checklist lists the district's schools of the stage (小学 by default); each row has all fifteen items.
    const primary = harness.demo.schools.filter((s) => s.stages.includes('PRIMARY')).length;
    expect(await table.locator('tbody tr[data-row-key]').count()).toBe(Math.min(50, primary));
    expect(await table.locator('tbody tr[data-row-key]').first().locator('[data-state]').count()).toBe(15);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel（CSV）' }).click();
    const file = await (await download).path();
    const text = readFileSync(file!, 'utf8');
    expect(text.startsWith('\uFEFF学校标识码,学校名称,办学状态,划片范围,招生计划')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(primary + 1);
    expect(problems).toEqual([]);
    await page.close();
  });
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
    console.log(`[measure] 立即核验: ${await result.textContent()}`);
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
    const near = harness.demo.schools[0]!;
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
    const { lng, lat } = harness.demo.schools[0]!.location;
    const primary = harness.demo.schools.filter((school) => school.stages.includes('PRIMARY'));
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
      await form.getByLabel('招生年份').fill(String(YEAR + 2));
      await form.locator('.ant-select', { has: page.getByLabel('坐标系') }).click();
      await page.locator('.ant-select-item-option', { hasText: 'WGS-84' }).click();
    });
    console.log(`[bench] zones 2,000 features (${(bytes.length / 1024).toFixed(0)} KiB): upload to problem table ${ms} ms; ${rows}`);
  }, 700_000);
});
