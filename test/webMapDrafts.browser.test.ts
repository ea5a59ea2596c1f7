import { GraphqlClient } from '@zsgk/testkit';
import { SCREENSHOTS } from './support/launchChromium';
import { BUREAU, DISTRICT_CODE, openPage, REVIEWER, screenshot, seriousAxeViolations, stageSection, startWebMapHarness } from './support/webMapHarness';

/**
 * A draft zone set out for public comment (征求意见稿) and a zone that changed between school years, as
 * the parent sees them: the draft in a block of its own beside an unchanged answer in force, and one
 * line under the answer saying which zone the address had the year before. Everything goes through the
 * real services: the zones are imported and published with review, the consultation is opened in
 * admissions and approved (logged), then the draft is opened for comment in catchments and approved.
 */
let harness: Awaited<ReturnType<typeof startWebMapHarness>>;
let catchments: GraphqlClient;
let admissions: GraphqlClient;

const IMPORT = `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }`;
const PUBLISH = `mutation($id: ID!) { publishCatchmentSet(setId: $id) { id } }`;
const APPROVE = `mutation($id: ID!) { approveCatchmentChange(id: $id) { status } }`;
const OPEN_CONSULTATION = `mutation($input: ConsultationInput!) { openConsultation(input: $input) { id } }`;
const APPROVE_BUREAU_CHANGE = `mutation($id: ID!) { approveBureauChange(id: $id) { status recordKey } }`;
const OPEN_FOR_COMMENT = `mutation($setId: ID!, $consultationId: ID!, $closesOn: String!) { openZoneSetConsultation(setId: $setId, consultationId: $consultationId, closesOn: $closesOn) { id } }`;
const GEOCODE = `query($text: String!, $year: Int) { geocode(text: $text, districtCode: "${DISTRICT_CODE}", year: $year, stage: PRIMARY) { candidates { name zones { stage source catchment { name } } } } }`;

/** Data of a response, or a throw naming the operation and the services' errors. */
async function ok<T = any>(client: GraphqlClient, query: string, variables: Record<string, unknown>, as = BUREAU): Promise<T> {
  const res = await client.request(query, variables, as);
  if (res.errors?.length || !res.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data)[0] as T;
}

/** Imports a zone set as the bureau; with `publish`, submits it and approves it as a second officer. Its id. */
async function importSet(year: number, stage: 'PRIMARY' | 'JUNIOR', collection: unknown, publish: boolean): Promise<string> {
  const imported = await ok(catchments, IMPORT, { input: { districtCode: DISTRICT_CODE, year, stage, content: JSON.stringify(collection), sampleData: true } });
  if (!imported.accepted) throw new Error(`zones refused: ${JSON.stringify(imported.problems)}`);
  if (publish) await ok(catchments, APPROVE, { id: (await ok(catchments, PUBLISH, { id: imported.setId })).id }, REVIEWER);
  return imported.setId;
}

const beijingDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const nextYear = () => harness.latestYear + 1;

// The compound the test looks up, its zone in the latest demo year (A) and the zone whose name and
// schools take A's ground next year (B): next year's set swaps the two zones' properties.
let compound: string;
let zoneA: string;
let zoneB: string;
let consultationId: string;
const closesOn = beijingDay(29);

beforeAll(async () => {
  harness = await startWebMapHarness({ gazetteer: true });
  catchments = new GraphqlClient(harness.system.urls.catchments);
  admissions = new GraphqlClient(harness.system.urls.admissions);
  const assigned = new Set(harness.gazetteer.rows.filter((r) => r.primaryZone).map((r) => r.name));
  const candidates = harness.gazetteer.rows.filter((r) => r.kind === 'COMPOUND' && !r.primaryZone && r.lng !== null && !assigned.has(r.name));
  // The first compound whose polygon zone this year the gazetteer reports.
  for (const row of candidates) {
    const geocoded = await ok(catchments, GEOCODE, { text: row.name, year: harness.latestYear });
    const zone = geocoded.candidates[0]?.name === row.name ? geocoded.candidates[0].zones.find((z: any) => z.stage === 'PRIMARY' && z.source === 'POLYGON') : null;
    if (zone) {
      compound = row.name;
      zoneA = zone.catchment.name;
      break;
    }
  }
  if (!compound) throw new Error('no demo compound with a PRIMARY polygon zone');
  const primary = harness.demo.catchments.PRIMARY;
  const a = primary.features.findIndex((f) => f.properties.name === zoneA);
  const b = primary.features.findIndex((f) => f.properties.name !== zoneA);
  zoneB = primary.features[b]!.properties.name;
  const swapped = primary.features.map((f, i) => (i === a ? { ...f, properties: primary.features[b]!.properties } : i === b ? { ...f, properties: primary.features[a]!.properties } : f));

  // Next year in force: A's ground is B's.
  await importSet(nextYear(), 'PRIMARY', { ...primary, features: swapped }, true);
  await importSet(nextYear(), 'JUNIOR', harness.demo.catchments.JUNIOR, true);
  // A draft (version 2) that gives A's ground back to A, out for comment.
  const draftId = await importSet(nextYear(), 'PRIMARY', primary, false);
  const opened = await ok(admissions, OPEN_CONSULTATION, {
    input: {
      districtCode: DISTRICT_CODE, subjectKind: 'ZONE_SET', subjectId: draftId, title: `${nextYear()}年小学划片方案（征求意见稿）`,
      basis: '《中华人民共和国义务教育法》第十二条', howToComment: '通过本平台“提交意见”', opensOn: beijingDay(), closesOn,
    },
  });
  consultationId = (await ok(admissions, APPROVE_BUREAU_CHANGE, { id: opened.id }, REVIEWER)).recordKey;
  const submitted = await ok(catchments, OPEN_FOR_COMMENT, { setId: draftId, consultationId, closesOn });
  await ok(catchments, APPROVE, { id: submitted.id }, REVIEWER);
  // The catalog reloads published zones and live drafts on its poll (200 ms in the test system).
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}, 300_000);

afterAll(async () => {
  await harness?.stop();
});

async function lookUp(page: import('playwright-core').Page) {
  await page.locator('#search').fill(compound);
  const first = page.locator('#suggestions li').first();
  await first.waitFor();
  expect(await first.textContent()).toContain(compound);
  await first.click();
  await stageSection(page, 'PRIMARY').locator('.zone-name').waitFor();
  await page.locator('#answer .draft-answer').waitFor();
}

describe('the web map with a draft out for comment and a zone changed since last year', () => {
  it('when a parent looks up an address the draft moves, then the draft block says so apart (printed too, axe clean), and the answer in force is unchanged', async () => {
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    await lookUp(page);
    const primary = stageSection(page, 'PRIMARY');
    // In force: next year's published set, where A's ground is B's.
    expect(await primary.locator('.zone-name').textContent()).toContain(zoneB);
    expect(await primary.locator('.draft-answer, .draft').count()).toBe(0);

    const draft = page.locator('#answer section.draft-answer .draft[data-stage="PRIMARY"]');
    expect(await draft.getAttribute('data-moves')).toBe('true');
    expect(await draft.getAttribute('data-consultation')).toBe(consultationId);
    expect(await page.locator('#answer section.draft-answer h3').textContent()).toContain('征求意见稿');
    expect(await draft.locator('.draft-summary').textContent()).toContain(`此处将由「${zoneB}」调整为「${zoneA}」`);
    expect(await draft.locator('.draft-comment').textContent()).toContain(closesOn);
    expect(await draft.locator('.draft-comment').textContent()).toContain(consultationId);

    // The year line under the answer: last year A, this year B.
    expect(await primary.locator('.zone-name + .year-change').textContent()).toBe(`${harness.latestYear} 年属「${zoneA}」，${nextYear()} 年属「${zoneB}」`);
    expect(await stageSection(page, 'JUNIOR').locator('.year-change').count()).toBe(0);

    // Printed, the draft block is on the slip, labelled as a draft.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#answer section.draft-answer').isVisible()).toBe(true);
    expect(await page.locator('#answer section.draft-answer').textContent()).toContain('尚未生效');
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'web-map-draft-desktop');
    await page.locator('#answer section.draft-answer').screenshot({ path: `${SCREENSHOTS}/web-map-draft-block.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the page is in English, then the draft block and the year line are English with the zone names marked Chinese', async () => {
    const { page, problems } = await openPage(harness.browser, `${harness.pageUrl}?lang=en`);
    await lookUp(page);
    const draft = page.locator('#answer section.draft-answer');
    expect(await draft.locator('h3').textContent()).toContain('Draft for public comment');
    expect(await draft.locator('.draft-summary').textContent()).toContain(`would move from ${zoneB} to ${zoneA}`);
    expect(await draft.locator('.draft-summary span[lang="zh-CN"]').allTextContents()).toEqual([zoneB, zoneA]);
    const line = stageSection(page, 'PRIMARY').locator('.year-change');
    expect(await line.textContent()).toBe(`in ${harness.latestYear}: ${zoneA}; in ${nextYear()}: ${zoneB}`);
    expect(await line.locator('span[lang="zh-CN"]').allTextContents()).toEqual([zoneA, zoneB]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
