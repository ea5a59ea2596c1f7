import { generateDistrict, readDemoBoundary, type SchoolRow } from '@zsgk/demo-district';
import { findFreePort } from '@zsgk/db';
import { openPage, screenshot, stageSection, startWebMapHarness } from './support/webMapHarness';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const boundary = readDemoBoundary('370812');
// The same seed as the harness's demo: the rows below replace and add to its schools.
const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
const address = demo.sampleAddresses[1]!;
const served = demo.schools.find((s) => s.id === address.expectedPrimarySchoolId)!;
const renamed: SchoolRow = { ...served, name: `${PAYLOAD}${served.name}`, address: `<script>alert(2)</script>${served.address}` };
const added: SchoolRow = {
  ...served,
  id: '2137089901',
  name: `${PAYLOAD}示范小学`,
  shortName: `${PAYLOAD}示范`,
  location: { lng: served.location.lng + 0.004, lat: served.location.lat + 0.003 },
};

let harness: Awaited<ReturnType<typeof startWebMapHarness>>;
let tileOrigin: string;

beforeAll(async () => {
  // A loopback port nothing listens on: the tile server is down.
  tileOrigin = `http://127.0.0.1:${await findFreePort()}`;
  harness = await startWebMapHarness({ extraSchools: [renamed, added], tileUrl: `${tileOrigin}/{z}/{x}/{y}.png` });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

it('when a school name from the API holds an <img onerror> tag, then the list, the popup and the answer show it as text and nothing runs', async () => {
  const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`, undefined, { expectFailuresFrom: tileOrigin });
  await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();

  expect(await stageSection(page, 'PRIMARY').locator('.school-name').allTextContents()).toEqual([renamed.name]);
  expect(await stageSection(page, 'PRIMARY').locator('dd').first().textContent()).toBe(renamed.address);
  expect(await page.locator('#school-list strong').allTextContents()).toEqual(expect.arrayContaining([renamed.name, added.name]));
  await page.locator('#school-list button', { hasText: added.name }).click();
  await page.locator('.leaflet-popup-content h3').waitFor();
  expect(await page.locator('.leaflet-popup-content h3').textContent()).toBe(added.name);

  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  await screenshot(page, 'web-map-escaped-names');
  // An alert would be a dialog, reported in problems, as would a CSP refusal in the console.
  expect(problems).toEqual([]);
  await page.close();
});

it('when the configured tile server is unreachable, then the outline, zones and schools are still drawn and a home is still answered', async () => {
  const { page, problems } = await openPage(harness.browser, harness.pageUrl, undefined, { expectFailuresFrom: tileOrigin });
  const zones = demo.catchments.PRIMARY.features.length + demo.catchments.JUNIOR.features.length;
  // Outline + every zone + a circle per located school.
  expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThanOrEqual(1 + zones + demo.schools.length);
  expect(await page.locator('.leaflet-tile-pane img').count()).toBeGreaterThan(0);
  await page.locator('#search').fill(`${address.lng},${address.lat}`);
  await page.locator('#search').press('Enter');
  await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
  await screenshot(page, 'web-map-tiles-unreachable');
  expect(problems).toEqual([]);
  await page.close();
});

it('when the page is served, then its CSP allows scripts and styles from itself only, and connections to the gateway', async () => {
  const response = await fetch(harness.pageUrl);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).toContain(`connect-src 'self' ${new URL(harness.system.gatewayUrl).origin}`);
  expect(csp).toContain(`img-src 'self' ${tileOrigin}`);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
});
