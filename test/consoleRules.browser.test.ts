import type { Page } from 'playwright-core';
import { DISTRICT_CODE, screenshot, seriousAxeViolations, signedIn, startConsoleHarness, YEAR, type ConsoleHarness } from './support/consoleHarness';

// The bureau's 招生规则 and 政策文件 pages and the school's 招生办法 form, each through review by a
// second officer: officer 1 copies last year's rules, moves a phase on the calendar, adds a paper and
// the interpretation, submits; officer 2 approves; the public enrolmentRules query has the new phase.
// A policy document is drafted, published, approved, then expired (approved again) and listed 已失效.
// A clerk saves 招生办法 as a draft and submits it by keyboard only; it waits in 审核.

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness();
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

const NEXT = YEAR + 1;
const PUBLIC_RULES = `query($districtCode: String!, $year: Int!) { enrolmentRules(districtCode: $districtCode, year: $year, stage: PRIMARY) {
  version timetable { phase startsOn endsOn } papers interpretation } }`;

/** Types a day into an antd date input and confirms it with Enter, as a clerk would with the keyboard. */
async function typeDate(page: Page, input: ReturnType<Page['locator']>, day: string): Promise<void> {
  await input.click();
  await input.press('Control+A');
  await input.pressSequentially(day);
  await input.press('Enter');
}

async function expectNoSeriousAxe(page: Page, where: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  if (violations.length) console.log(`[axe] ${where}`, JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

async function approve(harnessAccount: ConsoleHarness['accounts']['officer2'], reviewId: string): Promise<void> {
  const officer2 = await signedIn(harness, harnessAccount, '/review');
  const card = officer2.page.locator(`[data-review-id="${reviewId}"]`);
  await card.waitFor({ timeout: 30_000 });
  await card.getByRole('button', { name: '审核通过' }).click();
  await officer2.page.getByText('已审核通过并发布').waitFor();
  expect(officer2.problems).toEqual([]);
  await officer2.page.close();
}

describe('the bureau edits the rules and policy documents, the school its 招生办法, in the console', () => {
  it('when officer 1 copies last year\'s rules, moves a phase on the calendar, adds a paper and the interpretation, and officer 2 approves, then the public rules have the new phase', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/rules');
    await page.getByRole('heading', { name: '招生规则', level: 1 }).waitFor();
    await page.getByRole('menuitem', { name: '招生规则' }).waitFor();
    await page.getByText(/已公布 第 \d+ 版/).waitFor({ timeout: 30_000 });
    await expectNoSeriousAxe(page, '招生规则');

    // Next year has no rules yet: start from this year's.
    await page.getByLabel('招生年度').fill(String(NEXT));
    await page.getByRole('button', { name: '复制上一年' }).click();
    await page.getByText(`已复制 ${YEAR} 年的规则`).waitFor();
    expect(await page.getByLabel('标题', { exact: true }).inputValue()).toContain(String(NEXT));

    // 网上报名 moves two days earlier on its range picker; the calendar and the timeline follow.
    const range = page.locator('.ant-picker-range').first();
    await typeDate(page, range.locator('input').nth(0), `${NEXT}-06-18`);
    await typeDate(page, range.locator('input').nth(1), `${NEXT}-06-24`);
    await page.getByText(`网上报名：${NEXT}-06-18 至 ${NEXT}-06-24（7 天）`).waitFor();
    expect(await page.locator(`[data-testid="timetable-calendar"] [data-phases="网上报名"]`).count()).toBe(7);
    await page.getByRole('button', { name: '添加证件' }).click();
    await page.getByRole('textbox', { name: /^证件要求第\d+项$/ }).last().fill('近期一寸免冠照片');

    // Without the interpretation the service refuses it, in Chinese, naming the field.
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('alert').filter({ hasText: '政策解读' }).first().waitFor();
    await page.getByLabel('政策解读', { exact: true }).fill('一问：网上报名为什么提前两天？答：留出端午假期前的资格审核时间。');
    await screenshot(page, 'console-rules-editor');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('已提交审核，等待本区另一名工作人员审核').waitFor();
    await page.getByTestId('timetable-calendar').scrollIntoViewIfNeeded();
    await screenshot(page, 'console-rules-calendar');
    // Opened again while it waits, the page shows what was submitted, read-only.
    await page.reload();
    await page.getByLabel('招生年度').fill(String(NEXT));
    await page.getByText('已提交审核，等待本区另一名工作人员审核').waitFor();
    const lastPaper = page.getByRole('textbox', { name: /^证件要求第\d+项$/ }).last();
    // The form is filled when next year's answer arrives (the waiting change is known before).
    for (let i = 0; i < 50 && (await lastPaper.inputValue()) !== '近期一寸免冠照片'; i++) await page.waitForTimeout(200);
    expect(await lastPaper.inputValue()).toBe('近期一寸免冠照片');
    expect(await lastPaper.isDisabled()).toBe(true);
    expect(problems).toEqual([]);

    await approve(harness.accounts.officer2, `ENROLMENT_RULES:${DISTRICT_CODE}:${NEXT}:PRIMARY#1`);
    const answer = await harness.system.gateway.request(PUBLIC_RULES, { districtCode: DISTRICT_CODE, year: NEXT });
    const [rules] = (answer.data as { enrolmentRules: { timetable: { phase: string; startsOn: string; endsOn: string }[]; papers: string[]; interpretation: string }[] }).enrolmentRules;
    expect(rules!.timetable).toContainEqual({ phase: '网上报名', startsOn: `${NEXT}-06-18`, endsOn: `${NEXT}-06-24` });
    expect(rules!.papers).toContain('近期一寸免冠照片');
    expect(rules!.interpretation).toContain('端午假期前');
    await page.close();
  });

  it('when a policy document is drafted, published and approved, then expired and approved, then it is listed 已失效 with two versions', async () => {
    const number = '兖教发〔2026〕31号';
    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/policies');
    await page.getByRole('heading', { name: '政策文件', level: 1 }).waitFor();
    await page.getByRole('button', { name: '新建政策文件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('文号').fill(number);
    await dialog.getByLabel('标题').fill('关于军人子女入学优待的通知');
    await dialog.getByLabel('发文机关').fill('兖州区教育和体育局');
    await dialog.getByLabel('适用照顾类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '军人子女' }).first().click();
    await dialog.getByText('新建政策文件').click();
    await typeDate(page, dialog.getByLabel('生效日期'), '2026-01-01');
    await dialog.getByLabel('政策解读', { exact: true }).fill('现役军人子女按规定在父母驻地或户籍所在地就近入学。');
    await expectNoSeriousAxe(page, '政策文件（新建）');
    await dialog.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存，尚未提交发布').waitFor();
    await page.getByRole('button', { name: `提交发布 ${number}` }).click();
    await page.getByText(`${number} 已提交发布`).waitFor();
    await page.getByRole('cell', { name: '待审核' }).waitFor();
    await expectNoSeriousAxe(page, '政策文件');
    await screenshot(page, 'console-policies');

    await approve(harness.accounts.officer2, `POLICY_DOCUMENT:${DISTRICT_CODE}/${number}#1`);
    await page.reload();
    await page.getByRole('tab', { name: /现行有效/ }).click();
    await page.getByRole('button', { name: `设置失效 ${number}` }).click();
    const expiry = page.getByRole('dialog');
    await typeDate(page, expiry.getByLabel('失效日期'), '2026-11-30');
    await expiry.getByLabel('原因').fill('已被兖教发〔2026〕40号替代');
    await expiry.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('失效日期已提交审核').waitFor();

    await approve(harness.accounts.officer2, `POLICY_DOCUMENT:${DISTRICT_CODE}/${number}#2`);
    await page.reload();
    await page.getByRole('tab', { name: /已失效/ }).click();
    const row = page.getByRole('row', { name: new RegExp(number.replace(/[〔〕]/g, '.')) });
    await row.getByText('已失效').waitFor();
    await row.getByRole('button', { name: `版本记录 ${number}` }).click();
    await page.getByRole('dialog').getByRole('cell', { name: '已被兖教发〔2026〕40号替代' }).waitFor();
    await page.getByRole('dialog').getByRole('cell', { name: '第 2 版' }).waitFor();
    await screenshot(page, 'console-policy-expired');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the clerk saves 招生办法 as a draft and, reopening it prefilled, submits it by keyboard only, then it waits in 审核', async () => {
    const { school, accounts } = harness;
    const clerk = await signedIn(harness, accounts.clerk, '/school/rules');
    const { page } = clerk;
    await page.getByRole('heading', { name: '招生办法', level: 1 }).waitFor();
    await page.getByRole('button', { name: '添加一条细则' }).click();
    await page.getByRole('textbox', { name: '招生细则第1项' }).fill('同一户籍地址六年内只安排一名适龄儿童入学');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存，尚未提交审核').waitFor();
    await expectNoSeriousAxe(page, '招生办法');

    // Reopened, the form holds the draft; then Tab to the phone, type it and press Enter: submitted.
    await page.reload();
    await page.getByText(/^草稿（保存于/).waitFor();
    expect(await page.getByRole('textbox', { name: '招生细则第1项' }).inputValue()).toBe('同一户籍地址六年内只安排一名适龄儿童入学');
    const phone = page.getByLabel('咨询电话');
    for (let i = 0; i < 80 && !(await phone.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await phone.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('0537-3415678');
    await page.keyboard.press('Enter');
    await page.getByText('已提交审核，等待教育局审核').waitFor();
    await screenshot(page, 'console-school-rules');

    const officer = await signedIn(harness, accounts.officer1, '/review');
    const card = officer.page.locator('[data-review-id]', { hasText: `校级招生细则 · ${school.name}` });
    await card.waitFor({ timeout: 30_000 });
    for (const opened of [clerk, officer]) expect(opened.problems).toEqual([]);
    await Promise.all([page.close(), officer.page.close()]);
  });
});
