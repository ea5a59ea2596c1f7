import type { Page } from 'playwright-core';
import { openPage, PHONE, screenshot, seriousAxeViolations, stageSection, startWebMapHarness } from './support/webMapHarness';

/**
 * Issue 14 item 7, on a phone (390×844): the answer is a bottom sheet dragged up and down (finger or
 * mouse) or stepped with its handle button, over a map that stays usable; the rules are sections that
 * open; off-season, the page says when next year's rules are expected (the demo's rules are issued in
 * May every year, so "通常于每年 5 月公布") and marks the rules shown as 上一年度.
 */
let harness: Awaited<ReturnType<typeof startWebMapHarness>>;

beforeAll(async () => {
  harness = await startWebMapHarness();
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

interface SheetBox {
  state: string | undefined;
  expanded: string | null;
  sheetTop: number;
  mapTop: number;
  inert: boolean;
}

/** The sheet's state once its height transition has settled, and where it and the map are on the screen. */
async function sheetBox(page: Page): Promise<SheetBox> {
  await page.waitForTimeout(350);
  return page.evaluate<SheetBox>(`(() => ({
    state: document.querySelector('#side').dataset.sheet,
    expanded: document.querySelector('#sheet-handle').getAttribute('aria-expanded'),
    sheetTop: document.querySelector('#side').getBoundingClientRect().top,
    mapTop: document.querySelector('#map').getBoundingClientRect().top,
    inert: document.querySelector('#sheet-body').inert,
  }))()`);
}

/** Leaflet's pan offset: it changes when, and only when, the map is dragged. */
const mapOffset = (page: Page) => page.evaluate<string>(`document.querySelector('.leaflet-map-pane').style.transform`);

/** Drags from one point to another in steps, with the mouse or (over the DevTools protocol) one finger. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, finger = false): Promise<void> {
  const steps = 8;
  const at = (i: number) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
  if (!finger) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(at(i).x, at(i).y);
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(i)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function handleCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#sheet-handle').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the web map on a phone', () => {
  it('when a parent opens the page and answers for a home, then the map stays usable around a sheet that opens half, and the sheet drags, taps and steps by keyboard between collapsed, half and full', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, harness.pageUrl, PHONE, { context: { hasTouch: true } });
    await page.locator('#sheet-handle').waitFor();

    // Before any answer: collapsed to its heading row, and the map pans under a drag.
    let box = await sheetBox(page);
    expect(box).toMatchObject({ state: 'COLLAPSED', expanded: 'false', inert: true });
    expect(PHONE.height - box.sheetTop).toBeLessThan(110);
    const before = await mapOffset(page);
    await drag(page, { x: 200, y: 450 }, { x: 120, y: 330 });
    expect(await mapOffset(page)).not.toBe(before);
    await screenshot(page, 'web-map-phone-collapsed');

    await page.locator('#search').fill(`${address.lng},${address.lat}`);
    await page.locator('#search').press('Enter');
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    box = await sheetBox(page);
    expect(box).toMatchObject({ state: 'HALF', expanded: 'true', inert: false });
    // The map keeps at least half the screen above the half-open sheet.
    expect(box.sheetTop - box.mapTop).toBeGreaterThanOrEqual(PHONE.height / 2);
    expect(await page.locator('#answer .zone-name').first().isVisible()).toBe(true);
    await screenshot(page, 'web-map-phone-half');

    // A finger drags the handle up (full), a mouse drags it down (collapsed).
    await drag(page, await handleCentre(page), { x: 195, y: 150 }, true);
    box = await sheetBox(page);
    expect(box.state).toBe('FULL');
    await screenshot(page, 'web-map-phone-full');
    await drag(page, await handleCentre(page), { x: 195, y: PHONE.height - 10 });
    expect((await sheetBox(page)).state).toBe('COLLAPSED');

    // Keyboard: the handle button steps collapsed → half → full → collapsed; arrow keys move one step.
    await page.locator('#sheet-handle').focus();
    await page.keyboard.press('Enter');
    expect(await sheetBox(page)).toMatchObject({ state: 'HALF', expanded: 'true' });
    await page.keyboard.press('Space');
    expect((await sheetBox(page)).state).toBe('FULL');
    await page.keyboard.press('ArrowDown');
    expect((await sheetBox(page)).state).toBe('HALF');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await sheetBox(page)).toMatchObject({ state: 'COLLAPSED', expanded: 'false', inert: true });
    expect(await page.locator('#sheet-handle').textContent()).toContain('已收起');
    // A tap on the handle opens it again.
    await page.locator('#sheet-handle').tap();
    expect((await sheetBox(page)).state).toBe('HALF');

    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when it is December, after the year\'s timetable, then each stage\'s rules are marked 上一年度, the sections open one by one, and next year\'s date is given as the data supports it', async () => {
    const address = harness.demo.sampleAddresses[1]!;
    const { page, problems } = await openPage(harness.browser, harness.pageUrl, PHONE);
    // "Today" is read when the answer is drawn; only Date is fixed (timers run as usual).
    await page.clock.setFixedTime(new Date(`${harness.latestYear}-12-03T10:00:00+08:00`));
    await page.locator('#search').fill(`${address.lng},${address.lat}`);
    await page.locator('#search').press('Enter');
    const rules = page.locator('#answer section.rules[data-stage="PRIMARY"]');
    await rules.waitFor();

    expect(await rules.getAttribute('data-season')).toBe('over');
    expect(await rules.locator('h3 .tag-last-season').textContent()).toBe('上一年度');
    const notice = rules.locator('.off-season');
    expect(await notice.getAttribute('data-next')).toBe('USUALLY');
    expect(await notice.textContent()).toMatch(new RegExp(`^${harness.latestYear} 年小学招生已于 ${harness.latestYear}-0[6-8]-\\d\\d 结束`));
    expect(await notice.textContent()).toContain(`${harness.latestYear + 1} 年的招生方案尚未公布，通常于每年 5 月公布（${harness.latestYear - 1} 年、${harness.latestYear} 年均在 5 月）`);

    // Sections start closed on a phone; each opens on its own.
    const sections = rules.locator('details.rules-block');
    expect(await sections.evaluateAll((all) => all.map((d) => [d.getAttribute('data-section'), (d as unknown as { open: boolean }).open]))).toEqual([
      ['timetable', false],
      ['method', false],
      ['eligibility', false],
      ['papers', false],
      ['migrant', false],
      ['document', false],
    ]);
    expect(await rules.locator('.timetable').isVisible()).toBe(false);
    await rules.locator('[data-section="timetable"] summary').click();
    expect(await rules.locator('.timetable').isVisible()).toBe(true);
    expect(await rules.locator('.timetable tbody tr.phase-done').count()).toBe(5);
    await rules.locator('[data-section="migrant"] summary').click();
    expect(await rules.locator('[data-section="migrant"] li').first().isVisible()).toBe(true);
    expect(await rules.locator('[data-section="papers"] li').first().isVisible()).toBe(false);
    await screenshot(page, 'web-map-phone-rules');

    const violations = await seriousAxeViolations(page);
    if (violations.length) console.log('[axe] phone sheet, rules open:', JSON.stringify(violations));
    expect(violations).toEqual([]);

    // In season (registration week), nothing is marked.
    await page.clock.setFixedTime(new Date(`${harness.latestYear}-06-25T10:00:00+08:00`));
    await page.locator('#search').fill(`${address.lng},${address.lat}`);
    await page.locator('#search').press('Enter');
    await page.locator('#answer section.rules[data-season="current"]').first().waitFor();
    expect(await page.locator('#answer .off-season').count()).toBe(0);
    expect(await page.locator('#answer .tag-last-season').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when axe-core scans the phone sheet half open with an answer, and full, then there are no serious or critical violations', async () => {
    const address = harness.demo.sampleAddresses[2] ?? harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`, PHONE);
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    expect((await sheetBox(page)).state).toBe('HALF');
    for (const state of ['HALF', 'FULL']) {
      if (state === 'FULL') await page.locator('#sheet-handle').click();
      expect((await sheetBox(page)).state).toBe(state);
      const violations = await seriousAxeViolations(page);
      if (violations.length) console.log(`[axe] phone sheet ${state}:`, JSON.stringify(violations));
      expect(violations).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
