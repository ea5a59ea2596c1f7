import type { Page } from 'playwright-core';
import { openPage, screenshot, stageSection, startWebMapHarness } from './support/webMapHarness';

/**
 * Issue 14 item 1: every kind of link the page writes (street + number on both sides of a street, a
 * compound, a gazetteer entry chosen without a number, a point, with a year) opens to the same answer
 * and says what it matched. The demo gazetteer gives 建设路 1–77 单号 and 2–78 双号 to two different
 * zones, and 府前街 2–128 双号 to a multi-school zone.
 */
let harness: Awaited<ReturnType<typeof startWebMapHarness>>;

beforeAll(async () => {
  harness = await startWebMapHarness({ gazetteer: true });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

/** Everything that makes two answers the same: what was matched, and per stage the kind of answer and the zone(s) named. */
interface Answer {
  place: string;
  matched: Record<string, string> | null;
  year: string;
  stages: { stage: string; kind: string; zones: string[]; schools: string[] }[];
}

async function readAnswer(page: Page): Promise<Answer> {
  await stageSection(page, 'PRIMARY').waitFor();
  // A string: the root tsconfig has no DOM types, and the page's CSP does not govern the DevTools protocol.
  return page.evaluate<Answer>(`(() => {
    const matched = document.querySelector('#answer .place .matched');
    return {
      place: document.querySelector('#answer .place').firstChild.textContent,
      matched: matched ? { ...matched.dataset, text: matched.textContent } : null,
      year: document.querySelector('#year').value,
      stages: [...document.querySelectorAll('#answer section.stage-answer')].map((s) => ({
        stage: s.dataset.stage,
        kind: s.dataset.kind,
        zones: [...s.querySelectorAll('.zone-name')].map((z) => z.textContent),
        schools: [...s.querySelectorAll('.school-name')].map((z) => z.textContent),
      })),
    };
  })()`);
}

async function answerFor(text: string, url = harness.pageUrl): Promise<{ answer: Answer; link: string }> {
  const { page, problems } = await openPage(harness.browser, url);
  await page.locator('#search').fill(text);
  await page.locator('#search').press('Enter');
  const answer = await readAnswer(page);
  const link = page.url();
  expect(problems).toEqual([]);
  await page.close();
  return { answer, link };
}

/** Opens a link in a fresh page and reads the answer it gives. */
async function reopen(link: string, name?: string): Promise<Answer> {
  const { page, problems } = await openPage(harness.browser, link);
  const answer = await readAnswer(page);
  if (name) await screenshot(page, name);
  expect(problems).toEqual([]);
  await page.close();
  return answer;
}

const primaryZoneOf = (street: string, parity: 'ODD' | 'EVEN') =>
  harness.gazetteer.rows.find((r) => r.kind === 'STREET_RANGE' && r.name === street && r.parity === parity)!.primaryZone!;

describe('links that reproduce the answer', () => {
  it.each([
    ['建设路16号', '建设路', 'EVEN', '16'],
    ['建设路15号', '建设路', 'ODD', '15'],
    ['府前街10号', '府前街', 'EVEN', '10'],
  ] as const)('when %s is answered and its link opened, then the same side of the street answers and the page says number and side', async (text, street, parity, number) => {
    const { answer, link } = await answerFor(text);
    const params = new URL(link).searchParams;
    expect(params.get('place')).toBe(text);
    expect(params.get('entry')).toMatch(/^[0-9a-f]{12}$/);
    expect(params.get('year')).toBe(String(harness.latestYear));
    expect(params.get('district')).toBe('370812');
    expect(answer.matched).toMatchObject({ kind: 'STREET_RANGE', parity, houseNumber: number, entry: params.get('entry') });
    expect(answer.matched!.text).toContain(`${text}`);
    expect(answer.stages.find((s) => s.stage === 'PRIMARY')!.zones[0]).toContain(primaryZoneOf(street, parity));

    expect(await reopen(link, `web-map-link-${street}-${parity}`)).toEqual(answer);
  });

  it('when the two sides of 建设路 are answered, then their links differ and each reopens to its own zone', async () => {
    const even = await answerFor('建设路16号');
    const odd = await answerFor('建设路15号');
    expect(even.link).not.toBe(odd.link);
    expect(even.answer.stages[0]!.zones).not.toEqual(odd.answer.stages[0]!.zones);
  });

  it('when a compound the bureau assigned is answered and its link opened, then the same compound, zone and point come back', async () => {
    const compound = harness.gazetteer.rows.find((r) => r.kind === 'COMPOUND' && r.primaryZone)!;
    const { answer, link } = await answerFor(compound.name);
    const params = new URL(link).searchParams;
    expect([params.get('place'), params.get('lng'), params.get('lat')]).toEqual([compound.name, compound.lng!.toFixed(6), compound.lat!.toFixed(6)]);
    expect(answer.matched).toMatchObject({ kind: 'COMPOUND', match: 'NAME' });
    expect(await reopen(link)).toEqual(answer);
  });

  it('when one side of a street is chosen without a house number, then the link names the entry and reopens to that side, not to a choice', async () => {
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await page.locator('#search').fill('建设路');
    await page.locator('#search').press('Enter');
    await page.locator('#answer .choices button[data-match="STREET_WITHOUT_NUMBER"]').first().waitFor();
    const evenSide = page.locator('#answer .choices button', { hasText: '双号' });
    await evenSide.click();
    const answer = await readAnswer(page);
    const link = page.url();
    expect(problems).toEqual([]);
    await page.close();

    expect(new URL(link).searchParams.get('place')).toBe('建设路');
    expect(answer.matched).toMatchObject({ kind: 'STREET_RANGE', parity: 'EVEN', match: 'STREET_WITHOUT_NUMBER' });
    expect(answer.stages[0]!.zones[0]).toContain(primaryZoneOf('建设路', 'EVEN'));
    expect(await reopen(link)).toEqual(answer);
  });

  it('when a point of an earlier year is answered and its link opened, then the same year and zone come back', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const earlier = harness.latestYear - 1;
    const { answer, link } = await answerFor(`${address.lng},${address.lat}`, `${harness.pageUrl}?year=${earlier}`);
    const params = new URL(link).searchParams;
    expect([params.get('lng'), params.get('lat'), params.get('year'), params.get('place')]).toEqual([address.lng.toFixed(6), address.lat.toFixed(6), String(earlier), null]);
    expect(answer.year).toBe(String(earlier));
    expect(answer.matched).toBeNull();
    expect(await reopen(link)).toEqual(answer);
  });

  it('when an old link keeps only the street (?place=建设路), then the page asks which side instead of answering for one', async () => {
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?place=${encodeURIComponent('建设路')}&year=${harness.latestYear}`);
    await page.locator('#answer .choices[data-state="choose"]').waitFor();
    expect(await page.locator('#answer section.stage-answer').count()).toBe(0);
    expect(await page.locator('#answer .choices button').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('单号'), expect.stringContaining('双号')]),
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a link names another district, then the page says so and answers nothing', async () => {
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?place=${encodeURIComponent('建设路16号')}&district=110101`);
    await page.locator('#page-error:not([hidden])').waitFor();
    expect(await page.locator('#page-error').textContent()).toContain('110101');
    expect(await page.locator('#answer section.stage-answer').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the answer for 建设路16号 is printed, then the slip shows the matched number and side', async () => {
    const { link } = await answerFor('建设路16号');
    const { page } = await openPage(harness.browser, link);
    await stageSection(page, 'PRIMARY').waitFor();
    await page.emulateMedia({ media: 'print' });
    const matched = page.locator('#answer .place .matched');
    expect(await matched.isVisible()).toBe(true);
    expect(await matched.textContent()).toMatch(/建设路16号.*双号/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await page.close();
  });
});
