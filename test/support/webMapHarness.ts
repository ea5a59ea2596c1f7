import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { findFreePort } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, makeGazetteer, readDemoBoundary, type SchoolRow } from '@zsgk/demo-district';
import type { Identity } from '@zsgk/identity';
import { GraphqlClient, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { configSchema } from '@zsgk/web-map/server/config';
import { createWebMapServer } from '@zsgk/web-map/server/createWebMapServer';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './launchChromium';
import { startSystem } from './startSystem';

export const DISTRICT_CODE = '370812';
export const BUREAU: Identity = { role: 'BUREAU', subject: 'web-map-test', districtCode: DISTRICT_CODE };
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

const IMPORT_GAZETTEER = `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted problems { row field reason } review { id } } }`;
const APPROVE_CATCHMENT_CHANGE = `mutation($id: ID!) { approveCatchmentChange(id: $id) { status } }`;
/** A second bureau officer of the district: approves what BUREAU submits. */
export const REVIEWER: Identity = { role: 'BUREAU', subject: 'web-map-reviewer', districtCode: DISTRICT_CODE };
const IMPORT_SCHOOLS = `mutation($input: SchoolImportInput!) { importSchools(input: $input) { accepted problems { row field reason } change { id } } }`;
const APPROVE_REGISTER_CHANGE = `mutation($id: ID!) { approveRegisterChange(id: $id) { status } }`;

export interface WebMapHarnessOptions {
  /** Import the demo gazetteer (makeGazetteer) for the latest year, so geocode has addresses. */
  gazetteer?: boolean;
  /** School rows imported (created or updated) after the demo, through the schools subgraph as the bureau. */
  extraSchools?: SchoolRow[];
  /** TILE_URL for the web map server (default: none, no base map). */
  tileUrl?: string;
}

/**
 * The whole system with the demo district (兖州区) loaded through the import mutations, the web map
 * served by its own server (from web-map/dist: build it first) and Debian's Chromium.
 */
export async function startWebMapHarness(options: WebMapHarnessOptions = {}) {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const system = await startSystem({ allowedOrigins: [origin] });
  const boundary = readDemoBoundary(DISTRICT_CODE);
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: DISTRICT_CODE, districtName: boundary.name });
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );
  const gazetteer = makeGazetteer(demo);
  const latestYear = Math.max(...demo.rules.map((r) => r.year));
  if (options.gazetteer) {
    const res = await new GraphqlClient(system.urls.catchments).request(
      IMPORT_GAZETTEER,
      { input: { districtCode: DISTRICT_CODE, year: latestYear, content: gazetteer.csv, sampleData: true } },
      BUREAU,
    );
    if (!res.data?.importGazetteer?.accepted) throw new Error(`gazetteer refused: ${JSON.stringify(res.errors ?? res.data)}`);
    // A gazetteer is published when a second officer approves it.
    const approved = await new GraphqlClient(system.urls.catchments).request(APPROVE_CATCHMENT_CHANGE, { id: res.data.importGazetteer.review.id }, REVIEWER);
    if (approved.errors) throw new Error(`gazetteer not approved: ${JSON.stringify(approved.errors)}`);
  }
  if (options.extraSchools?.length) {
    const res = await new GraphqlClient(system.urls.schools).request(
      IMPORT_SCHOOLS,
      { input: { districtCode: DISTRICT_CODE, format: 'JSON', content: JSON.stringify(options.extraSchools) } },
      BUREAU,
    );
    if (!res.data?.importSchools?.accepted) throw new Error(`schools refused: ${JSON.stringify(res.errors ?? res.data)}`);
    // Register changes are published when a second officer approves them.
    const change = res.data.importSchools.change as { id: string } | null;
    const approved = change && (await new GraphqlClient(system.urls.schools).request(APPROVE_REGISTER_CHANGE, { id: change.id }, { role: 'BUREAU', subject: 'web-map-reviewer', districtCode: DISTRICT_CODE }));
    if (approved && approved.errors) throw new Error(`schools not approved: ${JSON.stringify(approved.errors)}`);
  }
  const app = createWebMapServer(configSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayUrl, WEB_MAP_PORT: String(port), TILE_URL: options.tileUrl }));
  const webMap = await new Promise<Server>((resolve) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
  });
  const browser: Browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    system,
    demo,
    gazetteer,
    latestYear,
    browser,
    pageUrl: `${origin}/`,
    async stop() {
      await browser.close();
      await new Promise((resolve) => webMap.close(resolve));
      await system.stop();
    },
  };
}

/**
 * Opens the page and collects script errors, console errors (CSP refusals among them) and dialogs
 * (an alert would be one): each is a defect. Resources under `expectFailuresFrom` may fail.
 */
export async function openPage(browser: Browser, url: string, viewport = DESKTOP, options: { expectFailuresFrom?: string; context?: BrowserContextOptions } = {}) {
  // newPage makes a context of its own, closed with the page.
  const page = await browser.newPage({ viewport, ...options.context });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const from = message.location().url;
    if (message.type() === 'error' && !(options.expectFailuresFrom && from.startsWith(options.expectFailuresFrom))) {
      problems.push(`console: ${message.text()} (${from})`);
    }
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.locator('#school-list li').first().waitFor({ timeout: 20_000 });
  await page.locator('body[data-state="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
  return { page, problems };
}

/** The answer section of a stage, once it is drawn. */
export function stageSection(page: Page, stage: 'PRIMARY' | 'JUNIOR') {
  return page.locator(`#answer section.stage-answer[data-stage="${stage}"]`);
}

/** Milliseconds the page measured from Enter (or a tap) to the answer drawn, for the last answer. */
export async function lastAnswerMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('zsgk:answer');
    return entries.length ? entries[entries.length - 1]!.duration : NaN;
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Let Leaflet's pan and zoom animations (250 ms) finish, so the picture shows where the map settles.
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Pixel offset of a point from another at a Leaflet zoom (Web Mercator, 256-pixel tiles). */
export function pixelOffset(from: { lng: number; lat: number }, to: { lng: number; lat: number }, zoom: number): { dx: number; dy: number } {
  const scale = 256 * 2 ** zoom;
  const x = (lng: number) => ((lng + 180) / 360) * scale;
  const y = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * scale;
  };
  return { dx: x(to.lng) - x(from.lng), dy: y(to.lat) - y(from.lat) };
}

/**
 * axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A/AA and best practice),
 * each with up to three targets. Evaluated over the DevTools protocol, which the page's CSP does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
  `);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
