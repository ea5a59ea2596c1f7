import { readFileSync } from 'node:fs';
import { readDemoBoundary } from '@zsgk/demo-district';
import { pointOutsideDistrict, sharedEdgeVertex } from './support/demoPoints';
import { GraphqlClient } from '@zsgk/testkit';
import { BUREAU, DESKTOP, lastAnswerMs, openPage, PHONE, pixelOffset, REVIEWER, screenshot, stageSection, startWebMapHarness } from './support/webMapHarness';

let harness: Awaited<ReturnType<typeof startWebMapHarness>>;
const timings: string[] = [];

beforeAll(async () => {
  harness = await startWebMapHarness({ gazetteer: true });
}, 180_000);

afterAll(async () => {
  if (timings.length) console.log(`[bench] web map, Enter → answer drawn (in-page performance.measure):\n  ${timings.join('\n  ')}`);
  await harness?.stop();
});

const schoolName = (id: string) => harness.demo.schools.find((s) => s.id === id)!.name;
/** A compound the bureau's gazetteer assigns to a PRIMARY zone explicitly. */
const assignedCompound = () => harness.gazetteer.rows.find((r) => r.kind === 'COMPOUND' && r.primaryZone)!;
const zoneByName = (name: string) => harness.demo.catchments.PRIMARY.features.find((f) => f.properties.name === name)!;

describe('the web map answers for a home', () => {
  it('when a parent types a demo address as "lng,lat" and presses Enter, then its primary school, zone and contacts appear', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await page.locator('#search').fill(`${address.lng},${address.lat}`);
    await page.locator('#search').press('Enter');
    const primary = stageSection(page, 'PRIMARY');
    await primary.locator('.school-name').first().waitFor();

    expect(await primary.getAttribute('data-kind')).toBe('ZONE');
    expect(await primary.locator('.school-name').allTextContents()).toEqual([schoolName(address.expectedPrimarySchoolId)]);
    expect(await primary.locator('.boundary-text').textContent()).toMatch(/^东至/);
    expect(await primary.locator('dd a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
    expect(await stageSection(page, 'JUNIOR').getAttribute('data-kind')).toBe('ZONE');
    expect(await page.locator('#answer .history-table').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#answer .timetable').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('lng')).toBe(address.lng.toFixed(6));
    timings.push(`typed coordinates: ${(await lastAnswerMs(page)).toFixed(1)} ms`);
    await screenshot(page, 'web-map-answer-desktop');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent types a gazetteer address and presses Enter, then the zone the bureau assigned and its school appear (phone size)', async () => {
    const compound = assignedCompound();
    const zone = zoneByName(compound.primaryZone!);
    const { page, problems } = await openPage(harness.browser, harness.pageUrl, PHONE);
    await page.locator('#search').fill(compound.name);
    await page.locator('#suggestions li').first().waitFor();
    expect(await page.locator('#suggestions li').first().textContent()).toContain(compound.name);
    await screenshot(page, 'web-map-suggestions-phone');
    await page.locator('#search').press('Enter');
    const primary = stageSection(page, 'PRIMARY');
    await primary.locator('.zone-name').waitFor();

    expect(await primary.locator('.zone-name').textContent()).toContain(compound.primaryZone!);
    expect(await primary.locator('.school-name').allTextContents()).toEqual(zone.properties.schools.map(schoolName));
    expect(await primary.textContent()).toContain('地址库明确划定');
    expect(new URL(page.url()).searchParams.get('place')).toBe(compound.name);
    timings.push(`gazetteer address (suggestions already shown): ${(await lastAnswerMs(page)).toFixed(1)} ms`);
    await screenshot(page, 'web-map-answer-phone');

    // Enter straight after typing, before any suggestion: geocode, then locate.
    const other = harness.gazetteer.rows.find((r) => r.kind === 'COMPOUND' && r.primaryZone && r.primaryZone !== compound.primaryZone)!;
    await page.locator('#search').fill(other.name);
    await page.locator('#search').press('Enter');
    await page.locator('#answer .zone-name', { hasText: other.primaryZone! }).waitFor();
    timings.push(`gazetteer address entered before suggestions (geocode + locate): ${(await lastAnswerMs(page)).toFixed(1)} ms`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent clicks a point on the edge two primary zones share, then both zones and the boundary notice appear with the bureau phone', async () => {
    const vertex = sharedEdgeVertex(harness.demo.catchments.PRIMARY);
    const centre = { lng: vertex.lng, lat: Number((vertex.lat + 0.0008).toFixed(6)) };
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${centre.lng}&lat=${centre.lat}`);
    await stageSection(page, 'PRIMARY').waitFor();
    const box = (await page.locator('#map').boundingBox())!;
    const { dx, dy } = pixelOffset(centre, vertex, 16);
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    const primary = page.locator('#answer section.stage-answer[data-stage="PRIMARY"][data-kind="NEAR_BOUNDARY"]');
    await primary.waitFor();

    expect(await primary.locator('.boundary-notice').textContent()).toContain('靠近学区边界');
    const names = await primary.locator('.zone-name').allTextContents();
    expect(names.sort()).toEqual([...vertex.zoneNames].sort());
    expect(await primary.locator('.bureau a[href^="tel:"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.leaflet-overlay-pane path[stroke="#d9480f"]').count()).toBe(2);
    await screenshot(page, 'web-map-boundary-desktop');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent types a point outside every zone, then the page says so and offers the nearest schools and whom to ask', async () => {
    const outside = pointOutsideDistrict(readDemoBoundary('370812').wgs84);
    const { page, problems } = await openPage(harness.browser, harness.pageUrl, PHONE);
    await page.locator('#search').fill(`${outside.lng}, ${outside.lat}`);
    await page.locator('#search').press('Enter');
    const primary = page.locator('#answer section.stage-answer[data-stage="PRIMARY"][data-kind="NO_ZONE"]');
    await primary.waitFor();

    expect(await primary.locator('.no-zone-notice').textContent()).toContain('不在任何已公布的小学学区内');
    expect(await primary.locator('.school-name').count()).toBeGreaterThanOrEqual(1);
    expect(await primary.locator('.bureau').textContent()).toContain('咨询应就读的学校');
    expect(await primary.locator('.bureau a[href^="tel:"]').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'web-map-outside-phone');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('more ways in', () => {
  it('when the parent lets the browser share their location, then "use my location" answers for that point', async () => {
    const address = harness.demo.sampleAddresses[2]!;
    const { page, problems } = await openPage(harness.browser, harness.pageUrl, PHONE, {
      context: { geolocation: { longitude: address.lng, latitude: address.lat }, permissions: ['geolocation'] },
    });
    await page.locator('#locate-me').click();
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    expect(await stageSection(page, 'PRIMARY').locator('.school-name').allTextContents()).toEqual([schoolName(address.expectedPrimarySchoolId)]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent opens a senior high school from the list, then its popup shows three years with the cut-off scores', async () => {
    const senior = harness.demo.schools.find((s) => s.stages.includes('SENIOR'))!;
    const years = harness.demo.results.filter((r) => r.schoolId === senior.id).sort((a, b) => a.year - b.year).slice(-3);
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await page.locator('#school-list button', { hasText: senior.name }).click();
    const table = page.locator('.leaflet-popup-content .history-table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['年份', '计划', '报名', '录取', '录取分数线']);
    expect(await table.locator('tbody tr:not(.explanation-row) td:last-child').allTextContents()).toEqual(years.map((r) => String(r.cutoffScore)));
    expect(await page.locator('.leaflet-popup-content svg.history-chart rect').count()).toBe(9);
    await screenshot(page, 'web-map-senior-popup');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the web map for everyone', () => {
  it('when a parent uses only the keyboard, then they can switch to English, find an address, and reach the answer', async () => {
    const compound = assignedCompound();
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    const tabTo = async (matches: () => boolean | Promise<boolean>, most = 60) => {
      for (let i = 0; i < most; i++) {
        await page.keyboard.press('Tab');
        if (await matches()) return;
      }
      throw new Error('not reached by Tab');
    };
    const focusedId = () => page.evaluate<string>("document.activeElement?.id ?? ''");
    await tabTo(async () => (await focusedId()) === 'language');
    await page.keyboard.press('Enter');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await tabTo(async () => (await focusedId()) === 'search');
    await page.keyboard.type(compound.name);
    await page.locator('#suggestions li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search').getAttribute('aria-activedescendant')).toBe('suggestion-0');
    await page.keyboard.press('Enter');
    const primary = stageSection(page, 'PRIMARY');
    await primary.locator('.zone-name').waitFor();

    expect(await primary.locator('h3').textContent()).toBe('Primary school');
    expect(await primary.locator('.zone-name').textContent()).toContain(compound.primaryZone!);
    await tabTo(() => page.evaluate<boolean>("!!document.activeElement?.closest('#answer')"));
    expect(await page.evaluate<string>('document.activeElement.tagName')).toMatch(/^(A|SUMMARY)$/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await screenshot(page, 'web-map-keyboard-english');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when axe-core scans the page with an answer shown, at phone and desktop size, then there are no serious or critical violations', async () => {
    const vertex = sharedEdgeVertex(harness.demo.catchments.PRIMARY);
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${vertex.lng}&lat=${vertex.lat}`, viewport);
      await page.locator('#answer section.stage-answer[data-kind="NEAR_BOUNDARY"]').waitFor();
      // Evaluated over the DevTools protocol, which the page's CSP (script-src 'self') does not govern.
      await page.evaluate(axeSource);
      const violations = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(`
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
          .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
      `);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (violations.length) console.log(`[axe] ${viewport.width}px, every finding:`, JSON.stringify(violations));
      expect(serious).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});

describe('year, share and print', () => {
  it('when the parent switches to an earlier year, then the answer says the shown set is superseded and the URL keeps the year', async () => {
    const address = harness.demo.sampleAddresses[1]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`);
    await stageSection(page, 'PRIMARY').waitFor();
    expect(await page.locator('#year option').allTextContents()).toEqual([`${harness.latestYear}年（最新）`, `${harness.latestYear - 1}年`, `${harness.latestYear - 2}年`]);
    await page.locator('#year').selectOption(String(harness.latestYear - 1));
    await page.locator('#answer .superseded-note').waitFor();

    expect(await page.locator('#answer .superseded-note').textContent()).toContain(`${harness.latestYear} 年的已经公布`);
    expect(await page.locator('#answer .rules h3').first().textContent()).toContain(String(harness.latestYear - 1));
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(harness.latestYear - 1));
    expect(await stageSection(page, 'PRIMARY').locator('.school-name').allTextContents()).toEqual([schoolName(address.expectedPrimarySchoolId)]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the result is printed, then it fits one page and names the zone version, the data time and where to verify', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`);
    await stageSection(page, 'PRIMARY').waitFor();
    await page.emulateMedia({ media: 'print' });
    const slip = page.locator('#answer .slip');
    expect(await slip.isVisible()).toBe(true);
    expect(await slip.textContent()).toMatch(/数据时间：划片公布于 \d{4}-\d{2}-\d{2}/);
    expect(await slip.textContent()).toContain('核实途径');
    expect(await page.locator('#answer .zone .muted').first().textContent()).toMatch(/划片方案第 \d+ 版/);
    expect(await page.locator('#map').isVisible()).toBe(false);
    await screenshot(page, 'web-map-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  // Last: it publishes a second version of the primary zones.
  it('when the bureau republishes the zones while the page is open, then the next answer uses the new version and says the old one is superseded', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    const bureau = new GraphqlClient(harness.system.urls.catchments);
    const imported = await bureau.request(
      `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId } }`,
      { input: { districtCode: '370812', year: harness.latestYear, stage: 'PRIMARY', content: JSON.stringify(harness.demo.catchments.PRIMARY), sampleData: true } },
      BUREAU,
    );
    const submitted = await bureau.request(`mutation($id: ID!) { publishCatchmentSet(setId: $id) { id } }`, { id: imported.data!.importCatchments.setId }, BUREAU);
    const published = await bureau.request(`mutation($id: ID!) { approveCatchmentChange(id: $id) { status } }`, { id: submitted.data!.publishCatchmentSet.id }, REVIEWER);
    expect(published.errors).toBeUndefined();

    await page.locator('#search').fill(`${address.lng},${address.lat}`);
    await page.locator('#search').press('Enter');
    await page.locator('#answer .republished-note').waitFor();
    expect(await stageSection(page, 'PRIMARY').locator('.zone .muted').first().textContent()).toContain('划片方案第 2 版');
    expect(await stageSection(page, 'PRIMARY').locator('.school-name').allTextContents()).toEqual([schoolName(address.expectedPrimarySchoolId)]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
