import { YEAR_DATA_QUERY } from '@zsgk/web-map/src/api/fetchYearData';
import type { Page } from 'playwright-core';
import { DISTRICT_CODE, openConsole, screenshot, signedIn, signIn, startConsoleHarness, YEAR, type ConsoleHarness } from './support/consoleHarness';

// A school clerk's figures from the console to the parents' map: entered with admitted ≠ planned (the
// form asks for the explanation), submitted, returned by one bureau officer with a reason, corrected and
// resubmitted, approved by a second officer, then read by the web map's own public query and shown on
// the web map. The console is served from console/dist (npm run build -w console first).

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness();
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

async function fillNumber(page: Page, label: string, value: number): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(String(value));
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

describe('a school clerk reports admission figures and two officers review them', () => {
  it('when figures differ from the plan, the clerk is asked for the explanation; returned with a reason, corrected and approved, the parents see them', async () => {
    const { school, accounts } = harness;
    const planned = 270;

    // 1. The clerk signs in and enters figures with admitted ≠ planned, without an explanation.
    const started = performance.now();
    const clerk = await openConsole(harness);
    await clerk.page.getByRole('button', { name: /登\s*录/ }).waitFor();
    console.log(`[bench] console, cold load to an interactive 登录 form on loopback: ${(performance.now() - started).toFixed(0)} ms`);
    await screenshot(clerk.page, 'console-school-sign-in');
    await signIn(clerk.page, accounts.clerk);
    await clerk.page.getByRole('heading', { name: '待办事项', level: 1 }).waitFor();
    await clerk.page.getByRole('cell', { name: `${YEAR}年 小学 录取数据` }).waitFor({ timeout: 30_000 });
    await screenshot(clerk.page, 'console-school-todo');
    await clerk.page.getByRole('menuitem', { name: '录取数据' }).click();
    await clerk.page.getByRole('heading', { name: '录取数据', level: 1 }).waitFor();
    await fillNumber(clerk.page, '计划招生数', planned);
    await fillNumber(clerk.page, '报名人数', 301);
    await fillNumber(clerk.page, '录取人数', 265);
    await clerk.page.getByRole('button', { name: '提交审核' }).click();
    const needed = clerk.page.getByText(`录取人数（265）与计划招生数（${planned}）不同，必须填写差异说明`);
    await needed.waitFor();
    await screenshot(clerk.page, 'console-school-explanation-required');

    // 2. The clerk adds the explanation and submits.
    await choose(clerk.page, '差异原因', '其他');
    await clerk.page.getByLabel('说明内容').fill('5 名学生经资格审核不符合条件，未予录取。');
    await clerk.page.getByRole('button', { name: '提交审核' }).click();
    await clerk.page.getByText('已提交审核，等待教育局审核').waitFor();
    await clerk.page.getByText(/^待审核（提交于/).waitFor();
    await screenshot(clerk.page, 'console-school-submitted');

    // 3. Officer 1 sees it against the version in force (none yet) and returns it with a reason.
    const officer1 = await signedIn(harness, accounts.officer1, '/review');
    const card = officer1.page.locator('[data-review-id]', { hasText: school.name });
    await card.waitFor();
    // Numbers side by side with the version in force (none yet), the explanation as submitted.
    await card.getByRole('columnheader', { name: '现行版本（尚未公布）' }).waitFor();
    expect(await card.getByRole('row', { name: /录取人数/ }).textContent()).toContain('265');
    expect(await card.textContent()).toContain('5 名学生经资格审核不符合条件');
    await screenshot(officer1.page, 'console-review-submission');
    await card.getByRole('button', { name: /退\s*回/ }).click();
    const dialog = officer1.page.getByRole('dialog');
    // A return needs its reason: pressing 退回 with none is refused on the spot.
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    await dialog.getByText('请填写退回原因，提交人会看到它').waitFor();
    await dialog.getByLabel('退回原因').fill('报名人数应为 305 人，请与报名系统核对后重新填报。');
    await screenshot(officer1.page, 'console-review-return-reason');
    await dialog.getByRole('button', { name: /退\s*回/ }).click();
    await officer1.page.getByText('已退回，提交人将看到退回原因').waitFor();
    await card.waitFor({ state: 'detached' });

    // 4. The clerk sees the reason on the form, corrects the figures and resubmits.
    await clerk.page.reload();
    await clerk.page.getByRole('heading', { name: '录取数据', level: 1 }).waitFor();
    await clerk.page.getByTestId('return-reason').waitFor();
    expect(await clerk.page.getByTestId('return-reason').textContent()).toContain('报名人数应为 305 人');
    await screenshot(clerk.page, 'console-school-returned');
    await fillNumber(clerk.page, '报名人数', 305);
    await clerk.page.getByRole('button', { name: '提交审核' }).click();
    await clerk.page.getByText('已提交审核，等待教育局审核').waitFor();
    await clerk.page.getByRole('menuitem', { name: '我的提交' }).click();
    await clerk.page.getByRole('cell', { name: '待审核' }).waitFor();
    await screenshot(clerk.page, 'console-school-my-submissions');

    // 5. Officer 2 approves: the figures are published.
    const officer2 = await signedIn(harness, accounts.officer2, '/review');
    const card2 = officer2.page.locator('[data-review-id]', { hasText: school.name });
    await card2.getByRole('columnheader', { name: '现行版本（尚未公布）' }).waitFor();
    expect(await card2.getByRole('row', { name: /报名人数/ }).textContent()).toContain('305');
    await card2.getByRole('button', { name: '审核通过' }).click();
    await officer2.page.getByText('已审核通过并发布').waitFor();

    // 6. The web map's own public query (no token) has the figures and the explanation.
    const answer = await harness.system.gateway.request(YEAR_DATA_QUERY, { districtCode: DISTRICT_CODE, year: YEAR, y1: YEAR - 1, y2: YEAR - 2, next: YEAR + 1 });
    expect(answer.errors).toBeUndefined();
    const results = (answer.data as { results0: { school: { id: string }; stage: string; plannedSeats: number; applicants: number; admitted: number; explanation: { text: string } | null }[] }).results0;
    expect(results.find((r) => r.school.id === school.id && r.stage === 'PRIMARY')).toMatchObject({
      plannedSeats: planned,
      applicants: 305,
      admitted: 265,
      explanation: { text: '5 名学生经资格审核不符合条件，未予录取。' },
    });

    // 7. The clerk's history shows what was published.
    await clerk.page.getByRole('menuitem', { name: '发布历史' }).click();
    await clerk.page.getByRole('cell', { name: '5 名学生经资格审核不符合条件' , exact: false }).first().waitFor();
    await screenshot(clerk.page, 'console-school-history');

    // 8. The parents' web map shows the school's 2026 figures in its school list's answer.
    const webMap = await harness.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await webMap.goto(`${harness.webMapUrl}/?lng=${school.location.lng}&lat=${school.location.lat}`);
    const history = webMap.locator('#answer .history-table', { hasText: String(YEAR) }).first();
    await history.waitFor({ timeout: 30_000 });
    await screenshot(webMap, 'console-school-figures-on-web-map');

    for (const opened of [clerk, officer1, officer2]) expect(opened.problems).toEqual([]);
    await Promise.all([clerk.page.close(), officer1.page.close(), officer2.page.close(), webMap.close()]);
  });
});
