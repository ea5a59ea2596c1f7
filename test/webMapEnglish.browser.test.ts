import { readDemoBoundary } from '@zsgk/demo-district';
import { MESSAGES_EN } from '@zsgk/web-map/src/i18n/messagesEn';
import type { Page } from 'playwright-core';
import { pointOutsideDistrict, sharedEdgeVertex } from './support/demoPoints';
import { DESKTOP, openPage, PHONE, screenshot, seriousAxeViolations, stageSection, startWebMapHarness } from './support/webMapHarness';

/**
 * Issue 14 item 8, English mode: every label, legend, popup, enum, error and date of the page is in
 * English; school and place names (API data) stay Chinese and are marked `lang="zh-CN"`. Checked on
 * every kind of answer (a point in a zone, an address with its number, a shared edge, a point in no
 * zone, choices, not found), the suggestions, a school's page and its popup, against the catalogue.
 */
let harness: Awaited<ReturnType<typeof startWebMapHarness>>;

beforeAll(async () => {
  harness = await startWebMapHarness({ gazetteer: true });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

interface Offender {
  text: string;
  where: string;
}

/**
 * Every piece of Chinese (Han or CJK punctuation) in the page, shown or not (the print slip too), that
 * is not inside an element marked lang="zh-CN": text nodes, and the placeholder and aria-label
 * attributes. Each with a short path to where it is.
 */
async function chineseOutsideZhCN(page: Page): Promise<Offender[]> {
  return page.evaluate<Offender[]>(`(() => {
    const CJK = /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/;
    const isZh = (element) => (element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
    const path = (element) => {
      const parts = [];
      for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
      }
      return parts.join(' > ');
    };
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
      if (CJK.test(node.textContent) && !isZh(parent)) found.push({ text: node.textContent.trim().slice(0, 80), where: path(parent) });
    }
    for (const element of document.body.querySelectorAll('[placeholder], [aria-label]')) {
      for (const name of ['placeholder', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value && CJK.test(value) && !isZh(element)) found.push({ text: name + '=' + value.slice(0, 80), where: path(element) });
      }
    }
    return found;
  })()`);
}

/** Every element filled from the catalogue by key (data-i18n) shows the English text of that key. */
async function staticTextMismatches(page: Page): Promise<string[]> {
  const shown = await page.evaluate<[string, string][]>(`[...document.querySelectorAll('[data-i18n]')].map((e) => [e.dataset.i18n, e.textContent])`);
  expect(shown.length).toBeGreaterThan(5);
  return shown.filter(([key, text]) => MESSAGES_EN[key as keyof typeof MESSAGES_EN] !== text).map(([key, text]) => `${key}: ${text}`);
}

async function expectEnglish(page: Page, what: string): Promise<void> {
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  const offenders = await chineseOutsideZhCN(page);
  if (offenders.length) console.log(`[english] ${what}: Chinese outside lang="zh-CN":`, JSON.stringify(offenders, null, 1));
  expect([what, offenders]).toEqual([what, []]);
  expect([what, await staticTextMismatches(page)]).toEqual([what, []]);
}

async function enter(page: Page, text: string): Promise<void> {
  await page.locator('#search').fill(text);
  await page.locator('#search').press('Enter');
}

describe('the web map in English', () => {
  it('when every kind of answer is shown in English mode, then no Chinese appears outside the names marked lang="zh-CN", and the catalogue\'s texts are the English ones', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}&lang=en`);
    // A point in a zone, with the records checked against the log.
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    await page.locator('#answer .verification[data-state="verified"]').waitFor({ timeout: 30_000 });
    expect(await stageSection(page, 'PRIMARY').getAttribute('data-kind')).toBe('ZONE');
    expect(await page.locator('#answer .school-name [lang="zh-CN"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#answer .rules h3').first().textContent()).toMatch(/^\d{4} Primary school admission rules/);
    await expectEnglish(page, 'point in a zone');
    await screenshot(page, 'web-map-english-answer');

    // An address with its house number.
    await enter(page, '建设路16号');
    await page.locator('#answer .place .matched[data-house-number="16"]').waitFor();
    expect(await page.locator('#answer .place .matched').textContent()).toContain('even numbers');
    await expectEnglish(page, 'address with number');

    // A school's page, from the answer.
    await page.locator('#answer .open-school').first().click();
    await page.locator('#answer .school-page [data-section="records"]').waitFor();
    await expectEnglish(page, 'school page');

    // Typing: the suggestions.
    await page.locator('#search').fill('建设路');
    await page.locator('#suggestions li').first().waitFor();
    await expectEnglish(page, 'suggestions');

    // Choices (a street without a number), then not found.
    await page.locator('#search').press('Enter');
    await page.locator('#answer [data-state="choose"]').waitFor();
    await expectEnglish(page, 'choices');
    await enter(page, '人民医院');
    await page.locator('#answer [data-state="not-found"]').waitFor();
    await expectEnglish(page, 'not found');

    // A school's popup, from the list.
    await page.locator('#school-list li button:not([disabled])').first().click();
    await page.locator('.leaflet-popup-content .school-popup').last().waitFor();
    await expectEnglish(page, 'school popup');

    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('when a shared edge and a point in no zone are answered in English mode (phone size), then the notices and nearest schools are English too', async () => {
    const vertex = sharedEdgeVertex(harness.demo.catchments.PRIMARY);
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${vertex.lng}&lat=${vertex.lat}&lang=en`, PHONE);
    await stageSection(page, 'PRIMARY').waitFor();
    expect(await stageSection(page, 'PRIMARY').getAttribute('data-kind')).toBe('NEAR_BOUNDARY');
    expect(await page.locator('#answer .boundary-notice').first().textContent()).toContain('near a zone boundary');
    await expectEnglish(page, 'shared edge');
    await screenshot(page, 'web-map-english-phone-edge');
    let violations = await seriousAxeViolations(page);
    if (violations.length) console.log('[axe] English, phone:', JSON.stringify(violations));
    expect(violations).toEqual([]);

    const outside = pointOutsideDistrict(readDemoBoundary('370812').raw);
    await enter(page, `${outside.lng},${outside.lat}`);
    await page.locator('#answer section.stage-answer[data-kind="NO_ZONE"]').first().waitFor();
    await expectEnglish(page, 'no zone');
    await page.close();

    const desktop = await openPage(harness.browser, `${harness.pageUrl}?lng=${vertex.lng}&lat=${vertex.lat}&lang=en`, DESKTOP);
    await stageSection(desktop.page, 'PRIMARY').waitFor();
    violations = await seriousAxeViolations(desktop.page);
    if (violations.length) console.log('[axe] English, desktop:', JSON.stringify(violations));
    expect(violations).toEqual([]);
    expect([...problems, ...desktop.problems]).toEqual([]);
    await desktop.page.close();
  }, 120_000);

  it('when the parent switches to English on an answer, then the legend, the school list and the answer are relabelled without reloading', async () => {
    const address = harness.demo.sampleAddresses[1]!;
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`);
    await stageSection(page, 'PRIMARY').locator('.school-name').first().waitFor();
    await page.locator('#language').click();
    await page.locator('#answer .rules h3', { hasText: 'admission rules' }).first().waitFor();
    expect(await page.locator('#legend').textContent()).toContain('Primary school');
    expect(await page.locator('#school-count').textContent()).toMatch(/^\d+ schools$/);
    await expectEnglish(page, 'switched on an answer');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
