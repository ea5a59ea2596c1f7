import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/launchChromium';
import { GraphqlClient } from '@zsgk/testkit';
import { sharedEdgeVertex } from './support/demoPoints';
import { BUREAU, DISTRICT_CODE, openPage, REVIEWER, stageSection, startWebMapHarness } from './support/webMapHarness';

/**
 * Issue 14 item 8: the result slip prints on one A4 page for every kind of answer (a point, an address
 * with its number, a shared edge, a zone defined by its text alone, not found), with the zone-set
 * version, the data time, the records' hashes and how to verify. Chromium prints each (`page.pdf`,
 * print CSS) and the PDF is counted.
 */
let harness: Awaited<ReturnType<typeof startWebMapHarness>>;

beforeAll(async () => {
  harness = await startWebMapHarness({ gazetteer: true });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

/** Pages of the PDF Chromium prints of the page as it is now (A4, the print style sheet). */
async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  // A picture of the slip as laid out on paper: A4's width inside the 10 mm margins (190 mm ≈ 718 px; the page is 277 mm ≈ 1047 px high).
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 718, height: 1047 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `web-map-slip-${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** The slip's head as printed: what, year and zone sets, data times, how to verify. */
async function slipText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const slip = page.locator('#answer .slip');
  expect(await slip.isVisible()).toBe(true);
  const text = (await slip.textContent()) ?? '';
  await page.emulateMedia({ media: 'screen' });
  return text;
}

/** An answer's slip: the head, and the records with their hashes checked against the log (printed in full). */
async function expectAnswerSlip(page: Page, name: string, zoneVersion = 1): Promise<void> {
  await page.locator('#answer .verification[data-state="verified"]').waitFor({ timeout: 30_000 });
  const head = await slipText(page);
  expect(head).toContain(`小学划片方案第 ${zoneVersion} 版（公布于 `);
  expect(head).toMatch(/数据时间：划片公布于 \d{4}-\d{2}-\d{2}/);
  expect(head).toContain('核验方法：本结果所依据记录的哈希和发布日志签名列于下方');
  expect(head).toContain('核实途径');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#answer .verification .records code.hash').first().isVisible()).toBe(true);
  expect(await page.locator('#answer .verification .full-hashes code').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
  await page.emulateMedia({ media: 'screen' });
  expect([name, await printedPages(page, name)]).toEqual([name, 1]);
}

describe('the result slip', () => {
  it('when a point in a zone is printed, then the slip is one page with the zone set, data time, hashes and how to verify', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`);
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    await expectAnswerSlip(page, 'point');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when an address with its house number is printed, then the slip is one page and names the number and side', async () => {
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await page.locator('#search').fill('建设路16号');
    await page.locator('#search').press('Enter');
    await page.locator('#answer .place .matched[data-house-number="16"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#answer .place').textContent()).toContain('建设路16号');
    expect(await page.locator('#answer .place .matched').textContent()).toContain('双号');
    await page.emulateMedia({ media: 'screen' });
    await expectAnswerSlip(page, 'address');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when a point on an edge two zones share is printed, then both zones and the notice fit one page', async () => {
    const vertex = sharedEdgeVertex(harness.demo.catchments.PRIMARY);
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${vertex.lng}&lat=${vertex.lat}`);
    await stageSection(page, 'PRIMARY').waitFor();
    expect(await stageSection(page, 'PRIMARY').getAttribute('data-kind')).toBe('NEAR_BOUNDARY');
    expect(await stageSection(page, 'PRIMARY').locator('.zone').count()).toBe(2);
    await expectAnswerSlip(page, 'shared-edge');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when "not found" is printed, then the slip is one page with what was typed, the zone sets in force, the data time and whom to call', async () => {
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await page.locator('#search').fill('人民医院');
    await page.locator('#search').press('Enter');
    await page.locator('#answer [data-state="not-found"]').waitFor();
    const head = await slipText(page);
    expect(head).toContain('没有找到“人民医院”');
    expect(head).toContain('小学划片方案第 1 版（公布于 ');
    expect(head).toMatch(/数据时间：划片公布于 \d{4}-\d{2}-\d{2}/);
    expect(head).toContain('未找到地址，因此没有据以作答的记录');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#answer .not-found .call a[href^="tel:"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await printedPages(page, 'not-found')).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  // Last: it publishes next year's primary zones (a zone of 四至 text alone) and gazetteer.
  it('when an address in a zone defined by its text alone is printed, then the slip is one page with that zone, its set and its hashes', async () => {
    const year = harness.latestYear + 1;
    const school = harness.demo.schools.find((s) => s.stages.includes('PRIMARY'))!;
    const catchments = new GraphqlClient(harness.system.urls.catchments);
    const imported = await catchments.request(
      `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { reason } ruleProblems { text code } } }`,
      { input: { districtCode: DISTRICT_CODE, year, stage: 'PRIMARY', format: 'BOUNDARY_TEXT', content: `${school.name}：文字路1-99号`, sampleData: true } },
      BUREAU,
    );
    expect(imported.data?.importCatchments).toMatchObject({ accepted: true });
    const submitted = await catchments.request(`mutation($id: ID!) { publishCatchmentSet(setId: $id) { id } }`, { id: imported.data!.importCatchments.setId }, BUREAU);
    const published = await catchments.request(`mutation($id: ID!) { approveCatchmentChange(id: $id) { status } }`, { id: submitted.data!.publishCatchmentSet.id }, REVIEWER);
    expect(published.errors).toBeUndefined();
    const gazetteer = await catchments.request(
      `mutation($input: GazetteerImportInput!) { importGazetteer(input: $input) { accepted problems { row field reason } review { id } } }`,
      {
        input: {
          districtCode: DISTRICT_CODE,
          year,
          sampleData: true,
          content: `kind,name,aliases,from,to,parity,lng,lat,primaryZone,juniorZone\nSTREET_RANGE,文字路,,1,99,ODD,,,${school.name},\n`,
        },
      },
      BUREAU,
    );
    expect(gazetteer.data?.importGazetteer).toMatchObject({ accepted: true });
    const approved = await catchments.request(`mutation($id: ID!) { approveCatchmentChange(id: $id) { status } }`, { id: gazetteer.data!.importGazetteer.review.id }, REVIEWER);
    expect(approved.errors).toBeUndefined();

    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?year=${year}`);
    await page.locator('#search').fill('文字路7号');
    await page.locator('#search').press('Enter');
    const primary = stageSection(page, 'PRIMARY');
    await primary.locator('.zone-name').waitFor();
    expect(await primary.getAttribute('data-kind')).toBe('ZONE');
    expect(await primary.locator('.zone-name').textContent()).toContain(school.name);
    expect(await primary.locator('.boundary-text').textContent()).toContain('文字路1-99号');
    expect(await primary.textContent()).toContain('地址库明确划定');
    await page.locator('#answer .verification[data-state="verified"]').waitFor({ timeout: 30_000 });
    const head = await slipText(page);
    expect(head).toContain(`${year} 年 · 小学划片方案第 1 版（公布于 `);
    expect(head).toContain('核验方法');
    expect(await page.locator('#answer .verification .records li').count()).toBeGreaterThanOrEqual(2);
    expect(await printedPages(page, 'text-only-zone')).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
