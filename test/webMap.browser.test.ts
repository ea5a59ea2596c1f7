import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { configSchema } from '@zsgk/web-map/server/config';
import { createWebMapServer } from '@zsgk/web-map/server/createWebMapServer';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { launchChromium, SCREENSHOTS } from './support/launchChromium';
import { startSystem } from './support/startSystem';

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;
let webMap: Server;
let pageUrl: string;
let schoolCount: number;

beforeAll(async () => {
  const port = await findFreePort();
  pageUrl = `http://127.0.0.1:${port}/`;
  system = await startSystem({ allowedOrigins: [`http://127.0.0.1:${port}`] });
  const boundary = readDemoBoundary('370812');
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
  schoolCount = demo.schools.length;
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  const app = createWebMapServer(configSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayUrl, WEB_MAP_PORT: String(port) }));
  webMap = await new Promise((resolve) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
  });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => webMap?.close(resolve));
  await system?.stop();
});

it('when a parent opens the web map, then the district outline, every school and the sample-data label appear, with no error', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(pageUrl);
  await page.locator('#school-list li').first().waitFor({ timeout: 15_000 });

  expect(await page.locator('#school-list li').count()).toBe(schoolCount);
  expect(await page.locator('#sample-data').isVisible()).toBe(true);
  expect(await page.locator('#page-error').isVisible()).toBe(false);
  expect(await page.locator('path.leaflet-interactive, .leaflet-overlay-pane path').count()).toBeGreaterThan(schoolCount);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'web-map-district.png') });
  expect(problems).toEqual([]);
  await page.close();
});
