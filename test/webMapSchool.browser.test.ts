import type { Identity } from '@zsgk/identity';
import { GraphqlClient } from '@zsgk/testkit';
import { MESSAGES } from '@zsgk/web-map/src/i18n/messages';
import { SCHOOL_MESSAGES } from '@zsgk/web-map/src/i18n/schoolMessages';
import { BUREAU, DESKTOP, DISTRICT_CODE, openPage, PHONE, REVIEWER, screenshot, seriousAxeViolations, startWebMapHarness } from './support/webMapHarness';

let harness: Awaited<ReturnType<typeof startWebMapHarness>>;
let schoolId: string;

/** What the test publishes about one school, through the same review workflow a clerk and two officers use. */
const CITED = { number: '兖教发〔2026〕41号', title: '关于军人子女义务教育入学优待的实施意见（示例数据）' };
const EXPIRED = { number: '兖教发〔2024〕12号', title: '关于高层次人才子女入学的通知（示例数据）' };
const CORRECTION_REASON = '补录一名军人子女，原公布录取人数少计一人';
const LISTED = { name: '张三明', idNumber: '370812201905061234' };

async function publishAboutSchool(admissionsUrl: string, id: string): Promise<void> {
  const client = new GraphqlClient(admissionsUrl);
  const school: Identity = { role: 'SCHOOL', subject: 'web-map-school-clerk', schoolId: id };
  const ok = async (query: string, variables: Record<string, unknown>, identity: Identity) => {
    const res = await client.request(query, variables, identity);
    if (res.errors?.length) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data!)[0] as { id: string };
  };
  // A school's submission is published when the district's bureau approves it.
  const submitted = async (mutation: string, input: Record<string, unknown>) =>
    ok(`mutation($id: ID!) { approveSubmission(id: $id) { status } }`, { id: (await ok(mutation, { input }, school)).id }, BUREAU);
  // A bureau change is published when a second officer approves it.
  const approved = async (change: { id: string }) => ok(`mutation($id: ID!) { approveBureauChange(id: $id) { status } }`, { id: change.id }, REVIEWER);

  const SAVE_POLICY = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`;
  const PUBLISH_POLICY = `mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }`;
  const policy = (number: string, title: string, categories: string[], effectiveFrom: string) => ({
    districtCode: DISTRICT_CODE, documentNumber: number, title, issuer: '兖州区教育和体育局', categories, effectiveFrom,
    body: `${title}正文。符合条件的适龄儿童可申请在户籍所在学区或父母工作地学区就读。`, interpretation: `${title}的政策解读。`, sampleData: true,
  });
  const cited = await ok(SAVE_POLICY, { input: policy(CITED.number, CITED.title, ['MILITARY_FAMILY'], '2026-01-01') }, BUREAU);
  await approved(await ok(PUBLISH_POLICY, { id: cited.id }, BUREAU));
  const expired = await ok(SAVE_POLICY, { input: policy(EXPIRED.number, EXPIRED.title, ['HIGH_LEVEL_TALENT'], '2024-03-01') }, BUREAU);
  await approved(await ok(PUBLISH_POLICY, { id: expired.id }, BUREAU));
  await approved(await ok(`mutation($id: ID!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: "2026-08-31", reason: "已被兖教发〔2026〕41号取代") { id } }`, { id: expired.id }, BUREAU));

  // Next year's figures, citing the policy (published before the 2027 round opens), then corrected.
  const SAVE_RESULT = `mutation($input: AdmissionResultInput!) { saveAdmissionResult(input: $input, submit: true) { id } }`;
  const result = {
    districtCode: DISTRICT_CODE, schoolId: id, year: 2027, stage: 'PRIMARY', plannedSeats: 90, applicants: 118, admitted: 92,
    explanation: { reasonCode: 'POLICY_PREFERENCE', text: '依据军人子女入学优待政策，在计划外录取军人子女。' },
    preferential: [{ category: 'MILITARY_FAMILY', count: 2, policyDocumentNumber: CITED.number }],
  };
  await submitted(SAVE_RESULT, result);
  await submitted(SAVE_RESULT, { ...result, admitted: 93, preferential: [{ category: 'MILITARY_FAMILY', count: 3, policyDocumentNumber: CITED.number }], correctionReason: CORRECTION_REASON });
  await submitted(`mutation($input: EnrolmentPlanInput!) { saveEnrolmentPlan(input: $input, submit: true) { id } }`, {
    districtCode: DISTRICT_CODE, schoolId: id, year: 2027, stage: 'PRIMARY', plannedSeats: 90, plannedClasses: 2,
  });

  const SAVE_TRANSFER = `mutation($input: TransferReportInput!) { saveTransferReport(input: $input, submit: true) { id } }`;
  await submitted(SAVE_TRANSFER, { districtCode: DISTRICT_CODE, schoolId: id, year: 2026, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }, { reason: 'PARENT_JOB', count: 1 }], transfersOut: [{ reason: 'RETURN_TO_HOMETOWN', count: 2 }] });
  await submitted(SAVE_TRANSFER, { districtCode: DISTRICT_CODE, schoolId: id, year: 2025, term: 'SPRING', transfersIn: [{ reason: 'HUKOU_CHANGE', count: 1 }], transfersOut: [] });
  await submitted(`mutation($input: SchoolRulesInput!) { saveSchoolRules(input: $input, submit: true) { id } }`, {
    districtCode: DISTRICT_CODE, schoolId: id, year: 2026, stage: 'PRIMARY', rules: ['学区内适龄儿童就近免试入学', '双胞胎可同校就读'], papers: ['户口簿', '房产证或购房合同'], notes: '现场审核在学校报告厅。',
  });

  await approved(
    (await ok(`mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`, {
      input: {
        districtCode: DISTRICT_CODE, schoolId: id, kind: 'POLICY_PREFERENCE', year: 2026, stage: 'PRIMARY', title: '2026年政策性照顾学生名单公示（示例数据）', sampleData: true,
        entries: [{ ...LISTED, category: 'MILITARY_FAMILY' }, { name: '李四', idNumber: '370812201903041122', category: 'MILITARY_FAMILY' }],
      },
    }, BUREAU)) as { id: string },
  );
}

beforeAll(async () => {
  harness = await startWebMapHarness();
  schoolId = harness.demo.sampleAddresses[0]!.expectedPrimarySchoolId;
  await publishAboutSchool(harness.system.urls.admissions, schoolId);
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

const schoolName = () => harness.demo.schools.find((s) => s.id === schoolId)!.name;
const pageFor = (query: string) => `${harness.pageUrl}?${query}`;

describe('a school page shows everything published about the school', () => {
  it('when a school is opened by link, then transfers, policy documents (one 已失效), a masked named list, a correction with its reason and the records to verify appear, and the link round-trips', async () => {
    const { page, problems } = await openPage(harness.browser, pageFor(`school=${schoolId}&year=${harness.latestYear}&district=${DISTRICT_CODE}`));
    const panel = page.locator('#answer .school-page');
    await panel.locator('[data-section="transfers"]').waitFor({ timeout: 20_000 });

    expect(await panel.getAttribute('data-school-id')).toBe(schoolId);
    expect(await panel.locator('h3.school-title').textContent()).toContain(schoolName());
    const transfers = panel.locator('[data-section="transfers"] [data-term]');
    expect(await transfers.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-term')))).toEqual(['2026:AUTUMN', '2025:SPRING']);
    expect(await transfers.first().textContent()).toMatch(/转入\s*4/);

    const document = (number: string) => panel.locator(`[data-section="policies"] details.policy-document[data-document-id="${DISTRICT_CODE}/${number}"]`);
    expect(await document(EXPIRED.number).getAttribute('data-status')).toBe('EXPIRED');
    expect(await document(EXPIRED.number).locator('summary').textContent()).toContain('已失效');
    expect(await document(CITED.number).getAttribute('data-status')).toBe('IN_FORCE');
    expect(await document(CITED.number).locator('summary').textContent()).toContain('现行有效');

    const list = panel.locator('[data-section="named-lists"]');
    expect(await list.textContent()).toContain('2026年政策性照顾学生名单公示');
    expect(await list.textContent()).not.toContain(LISTED.name);
    expect(await list.textContent()).not.toContain(LISTED.idNumber);
    expect(await list.locator('td[data-masked="true"]').count()).toBeGreaterThan(0);

    const correction = panel.locator('[data-section="figures"] .correction').first();
    expect(await correction.textContent()).toContain(CORRECTION_REASON);
    expect(await correction.textContent()).toMatch(/92\s*→\s*93/);

    expect(await panel.locator('[data-section="contacts"]').textContent()).toContain('监督举报电话');
    const url = new URL(page.url());
    expect([url.searchParams.get('school'), url.searchParams.get('year'), url.searchParams.get('district')]).toEqual([schoolId, String(harness.latestYear), DISTRICT_CODE]);

    // Every record shown carries its hash; 核验 checks them against the signed log.
    const records = panel.locator('[data-section="records"] li[data-record-id]');
    const ids = await records.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record-id')!));
    for (const kind of ['SCHOOL:', 'ADMISSION_RESULT:', 'TRANSFER', 'NAMED_LIST', 'POLICY_DOCUMENT', 'ENROLMENT_PLAN']) expect(ids.some((id) => id.startsWith(kind))).toBe(true);
    await panel.locator('[data-section="records"] button.verify-records').click();
    const verification = panel.locator('[data-section="records"] .verification:not([data-state="checking"])');
    await verification.waitFor({ timeout: 20_000 });
    expect(await verification.getAttribute('data-state')).toBe('verified');
    await screenshot(page, 'web-map-school-desktop');

    // The same link opened again gives the same page.
    const again = await openPage(harness.browser, page.url());
    await again.page.locator('#answer .school-page [data-section="transfers"]').waitFor({ timeout: 20_000 });
    expect(await again.page.locator('#answer .school-page').getAttribute('data-school-id')).toBe(schoolId);
    expect(again.problems).toEqual([]);
    await again.page.close();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent opens the cited document from the figures, then the document is shown with its number, dates and text', async () => {
    const { page, problems } = await openPage(harness.browser, pageFor(`school=${schoolId}&year=${harness.latestYear}&district=${DISTRICT_CODE}`));
    const panel = page.locator('#answer .school-page');
    const cite = panel.locator('[data-section="figures"] button.cited-document').first();
    await cite.waitFor({ timeout: 20_000 });
    expect(await cite.textContent()).toContain(CITED.number);
    await cite.click();
    const document = panel.locator('[data-section="policies"] details.policy-document[open]');
    expect(await document.count()).toBe(1);
    expect(await document.textContent()).toContain(CITED.title);
    expect(await document.textContent()).toContain('正文');
    expect(await document.locator('summary').evaluate((s) => s === s.ownerDocument.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent chooses a school from the search, then its zone is drawn on the map and its page opens; axe finds nothing serious', async () => {
    const { page, problems } = await openPage(harness.browser, harness.pageUrl);
    const before = await page.locator('#map path.leaflet-interactive, #map .leaflet-overlay-pane path').count();
    await page.locator('#search').fill(schoolName());
    await page.locator('#suggestions li[data-kind="SCHOOL"]').first().waitFor();
    await page.locator('#suggestions li[data-kind="SCHOOL"]').first().click();
    await page.locator('#answer .school-page [data-section="zones"]').waitFor({ timeout: 20_000 });
    const zoneIds = await page.locator('#answer .school-page [data-section="zones"] [data-zone-id]').evaluateAll((z) => z.map((e) => e.getAttribute('data-zone-id')));
    expect(zoneIds.length).toBeGreaterThan(0);
    expect(await page.locator('#map .leaflet-overlay-pane path.school-zone').count()).toBeGreaterThan(0);
    expect(await page.locator('#map .leaflet-overlay-pane path').count()).toBeGreaterThan(before);
    expect(new URL(page.url()).searchParams.get('school')).toBe(schoolId);
    await page.locator('#answer .school-page [data-section="records"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the school page is open on a phone, then the map stays visible and axe finds nothing serious', async () => {
    const { page, problems } = await openPage(harness.browser, pageFor(`school=${schoolId}&district=${DISTRICT_CODE}`), PHONE);
    await page.locator('#answer .school-page [data-section="records"]').waitFor({ timeout: 20_000 });
    const map = await page.locator('#map').boundingBox();
    expect(map).not.toBeNull();
    expect(map!.height).toBeGreaterThanOrEqual(250);
    expect(map!.y).toBeLessThan(PHONE.height);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'web-map-school-phone');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the page is in English, then the school page\'s labels are English and its Chinese data is marked lang="zh-CN"', async () => {
    const { page, problems } = await openPage(harness.browser, pageFor(`school=${schoolId}&district=${DISTRICT_CODE}&lang=en`));
    const panel = page.locator('#answer .school-page');
    await panel.locator('[data-section="records"]').waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-section="transfers"] h4').textContent()).toBe('Transfers, by term');
    expect(await panel.locator('[data-section="transfers"] [data-term="2026:AUTUMN"]').textContent()).toContain('autumn term');
    expect(await panel.locator(`[data-section="policies"] details[data-status="EXPIRED"] summary`).textContent()).toContain('expired');
    expect(await panel.locator('h3.school-title [lang="zh-CN"]').textContent()).toBe(schoolName());
    // Every label is translated: no text outside data marked as Chinese is a Chinese label of the catalogue.
    const zhLabels = new Set([...Object.values(MESSAGES.zh), ...Object.values(SCHOOL_MESSAGES.zh)].filter((text) => !text.includes('{')));
    const unmarked = await panel.evaluate((root) => {
      const texts: string[] = [];
      const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT: the test tsconfig has no DOM lib */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('[lang="zh-CN"]') && node.textContent?.trim()) texts.push(node.textContent.trim().replace(/[：:]$/, ''));
      }
      return texts;
    });
    expect(unmarked.length).toBeGreaterThan(20);
    expect(unmarked.filter((text) => zhLabels.has(text))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a parent opens a school from an answer, then the school page replaces the answer and the popup offers it too', async () => {
    const address = harness.demo.sampleAddresses[0]!;
    const { page, problems } = await openPage(harness.browser, pageFor(`lng=${address.lng}&lat=${address.lat}`), DESKTOP);
    const open = page.locator(`#answer section.stage-answer[data-stage="PRIMARY"] article.school[data-school-id="${schoolId}"] button.open-school`);
    await open.waitFor({ timeout: 20_000 });
    await open.click();
    await page.locator('#answer .school-page [data-section="transfers"]').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('school')).toBe(schoolId);
    const popup = page.locator('.leaflet-popup .school-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('监督举报电话');
    expect(await popup.textContent()).toContain('信访接待地址');
    expect(problems).toEqual([]);
    await page.close();
  });
});
