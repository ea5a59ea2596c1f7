import { GraphqlClient } from '@zsgk/testkit';
import type { Identity } from '@zsgk/identity';
import { screenshot, seriousAxeViolations, signedIn, startConsoleHarness, type ConsoleHarness } from './support/consoleHarness';

// A school submits its own named list (issue 12 item 2): read from a CSV in the clerk's browser,
// previewed masked, submitted for the district bureau's review; the bureau approves it in 审核; the
// school then sees it published, still masked. The console is served from console/dist (npm run build -w console first).

let harness: ConsoleHarness;
let admissions: GraphqlClient;

beforeAll(async () => {
  harness = await startConsoleHarness();
  admissions = new GraphqlClient(harness.system.urls.admissions);
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

const TITLE = '本校2026年热点学校录取名单公示';
const CSV = '\ufeff姓名,身份证号\r\n张三明,370812201901011234\r\n欧阳娜娜,37081220190202432X\r\n';

describe('名单公示 (school)', () => {
  it('when a school clerk uploads a CSV list, then it is previewed masked and submitted; approved by the bureau in 审核, the school sees it published, masked', async () => {
    const clerk = await signedIn(harness, harness.accounts.clerk, '/school/named-lists');
    const { page } = clerk;
    await page.getByRole('heading', { name: '名单公示' }).waitFor();
    await page.getByLabel('标题').fill(TITLE);
    await page.locator('input[type=file]').setInputFiles({ name: '录取名单.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    const preview = page.getByTestId('named-list-preview');
    await preview.getByText('共 2 人').waitFor();
    expect(await preview.textContent()).toContain('欧**娜');
    expect(await preview.textContent()).toContain('370812********432X');
    expect(await preview.textContent()).not.toContain('欧阳娜娜');
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(/已提交区教育局审核/).waitFor();
    const waiting = page.getByRole('row', { name: new RegExp(TITLE) });
    await waiting.getByText('待教育局审核').waitFor();
    await screenshot(page, 'console-school-named-list-submitted');

    const clerkIdentity: Identity = { role: 'SCHOOL', subject: 'school-named-list-test', schoolId: harness.school.id };
    const mine = await admissions.request(`query($s: ID!) { schoolNamedListChanges(schoolId: $s) { id status } }`, { s: harness.school.id }, clerkIdentity);
    const changeId = mine.data!.schoolNamedListChanges[0].id as string;

    const officer = await signedIn(harness, harness.accounts.officer2, `/review?id=${encodeURIComponent(changeId)}`);
    const card = officer.page.locator(`[data-review-id="${changeId}"]`);
    await card.getByRole('button', { name: '审核通过' }).click();
    await officer.page.getByText('已审核通过并发布').waitFor();
    expect(officer.problems).toEqual([]);
    await officer.page.close();

    await page.reload();
    const published = page.getByRole('row', { name: new RegExp(TITLE) });
    await published.getByText('已公示').waitFor();
    await published.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByRole('cell', { name: '张*明', exact: true }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('张三明');
    expect(await page.getByRole('switch').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'console-school-named-list-published');
    expect(clerk.problems).toEqual([]);
    await page.close();
  });
});
