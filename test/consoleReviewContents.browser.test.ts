import { GraphqlClient } from '@zsgk/testkit';
import type { Identity } from '@zsgk/identity';
import { DISTRICT_CODE, screenshot, seriousAxeViolations, signedIn, startConsoleHarness, YEAR, type ConsoleHarness } from './support/consoleHarness';

// 审核 shows what approving publishes (issue 12): a named list's people, an import's rows against the
// versions in force. The changes are submitted through the admissions API by an officer who is not the
// console's reviewer; the console is served from console/dist (npm run build -w console first).

let harness: ConsoleHarness;
let admissions: GraphqlClient;
const SUBMITTER: Identity = { role: 'BUREAU', subject: 'review-contents-submitter', districtCode: DISTRICT_CODE };
const APPROVER: Identity = { role: 'BUREAU', subject: 'review-contents-approver', districtCode: DISTRICT_CODE };

beforeAll(async () => {
  harness = await startConsoleHarness();
  admissions = new GraphqlClient(harness.system.urls.admissions);
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

async function ok(query: string, variables: Record<string, unknown>, identity: Identity) {
  const res = await admissions.request(query, variables, identity);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0] as any;
}
const PUBLISH_LIST = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`;
const APPROVE = `mutation($id: ID!) { approveBureauChange(id: $id) { id } }`;
const IMPORT_RESULTS = `mutation($input: AdmissionsImportInput!) { importAdmissionResults(input: $input) { accepted problems { row field reason } review { id } } }`;

describe('审核 shows the contents of a bureau change', () => {
  it('when a corrected named list waits for review, then the reviewer sees the people submitted masked, in full on request, above the list in force', async () => {
    const list = { districtCode: DISTRICT_CODE, kind: 'POLICY_PREFERENCE', year: YEAR, stage: 'JUNIOR', title: `${YEAR}年初中政策性照顾名单公示`,
      entries: [{ name: '张三明', idNumber: '370812201301011234', category: 'MILITARY_FAMILY' }] };
    await ok(APPROVE, { id: (await ok(PUBLISH_LIST, { input: list }, SUBMITTER)).id }, APPROVER);
    const correction = await ok(PUBLISH_LIST, { input: { ...list, entries: [...list.entries, { name: '欧阳娜娜', idNumber: '37081220130202432X', category: 'MARTYR_CHILD' }], correctionReason: '漏登一名学生' } }, SUBMITTER);

    const { page, problems } = await signedIn(harness, harness.accounts.officer2, `/review?id=${encodeURIComponent(correction.id)}`);
    const card = page.locator(`[data-review-id="${correction.id}"]`);
    const submitted = card.locator('.submitted-people');
    await submitted.getByRole('cell', { name: '欧**娜', exact: true }).waitFor();
    expect(await submitted.textContent()).toContain('370812********432X');
    expect(await submitted.textContent()).not.toContain('欧阳娜娜');
    const inForce = card.locator('.people-in-force');
    await inForce.getByRole('cell', { name: '张*明', exact: true }).waitFor();
    expect(await inForce.textContent()).not.toContain('欧**娜');

    await submitted.getByRole('switch', { name: '显示完整姓名和证件号码（本次提交的名单）' }).click();
    await submitted.getByRole('cell', { name: '欧阳娜娜', exact: true }).waitFor();
    expect(await submitted.textContent()).toContain('37081220130202432X');
    expect(await inForce.textContent()).not.toContain('张三明');
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
    await screenshot(page, 'console-review-named-list');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a results import corrects one row and adds another, then the reviewer sees each row, the version it corrects and the figures in force beside the new ones', async () => {
    const published = harness.demo.results.find((r) => r.schoolId === harness.otherSchool.id && r.year === YEAR && r.stage === 'PRIMARY')!;
    const { sampleData: _sample, ...row } = published;
    const rows = [
      { ...row, applicants: published.applicants + 7, correctionReason: '报名人数漏计补报' },
      { schoolId: harness.school.id, year: YEAR, stage: 'PRIMARY', round: 1, plannedSeats: 45, applicants: 52, admitted: 45 },
    ];
    const report = await ok(IMPORT_RESULTS, { input: { districtCode: DISTRICT_CODE, content: JSON.stringify(rows) } }, SUBMITTER);
    expect(report.problems).toEqual([]);

    const { page, problems } = await signedIn(harness, harness.accounts.officer2, `/review?id=${encodeURIComponent(report.review.id)}`);
    const table = page.locator(`[data-review-id="${report.review.id}"] .import-rows`);
    const corrected = table.getByRole('row', { name: new RegExp(harness.otherSchool.id) });
    await corrected.waitFor();
    expect(await corrected.textContent()).toContain('更正第 1 版');
    expect(await corrected.textContent()).toContain(harness.otherSchool.name);
    expect(await corrected.textContent()).toContain(`${published.applicants + 7}（现行 ${published.applicants}）`);
    expect(await corrected.textContent()).toContain('报名人数漏计补报');
    const added = table.getByRole('row', { name: new RegExp(harness.school.id) });
    expect(await added.textContent()).toContain('新增');
    expect(await added.textContent()).not.toContain('现行');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['计划招生数', '报名人数', '录取人数', '更正原因']));
    await screenshot(page, 'console-review-import-rows');
    expect(problems).toEqual([]);
    await page.close();
  });
});
