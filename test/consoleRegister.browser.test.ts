import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openConsole, screenshot, seriousAxeViolations, signedIn, signIn, startConsoleHarness, type ConsoleHarness } from './support/consoleHarness';

// 学校名录, 名单公示, 审核 deep links and 审计 filters in the staff console, through the whole system
// in-process (test/support/consoleHarness.ts); the console is served from console/dist
// (npm run build -w console first).

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness();
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

/** Fails on any script error, console error (CSP refusals among them) or dialog seen so far. */
function expectNoProblems(problems: string[]) {
  expect(problems).toEqual([]);
}

async function expectAccessible(page: Page, label: string) {
  const violations = await seriousAxeViolations(page);
  if (violations.length) console.log(`[axe] ${label}:`, JSON.stringify(violations));
  expect(violations).toEqual([]);
}

/** The review item id in the "查看审核事项" link of a success message. */
async function reviewIdOf(page: Page): Promise<string> {
  const href = await page.getByRole('link', { name: '查看审核事项' }).last().getAttribute('href');
  return new URLSearchParams(href!.split('?')[1]).get('id')!;
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** A named list as a clerk's Excel saves it: 姓名, 身份证号, 类别 in Chinese. */
async function namedListXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '身份证号', '类别']);
  sheet.addRow(['张三明', '370812201901011234', '军人子女']);
  sheet.addRow(['李四', '37081220190202123X', '烈士子女']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('学校名录 and 审核 by link', () => {
  let createdId: string;
  let updateId: string;
  const edited = () => harness.demo.schools.filter((s) => s.stages.includes('PRIMARY') && s.id !== harness.school.id && s.id !== harness.otherSchool.id)[2]!;
  const newSchool = { id: '2137089950', name: '兖州区新城实验小学' };

  it('when officer 1 adds a school and edits another\'s phone, then each goes to review; a wrong phone is refused in Chinese naming 招生咨询电话', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/register');
    await page.getByRole('heading', { name: '学校名录' }).waitFor();
    await page.getByRole('cell', { name: harness.demo.schools[0]!.name }).first().waitFor();
    await expectAccessible(page, '学校名录');

    // A new school, located beside a demo school (inside the district).
    const near = harness.demo.schools[0]!;
    await page.getByRole('button', { name: '新增学校' }).click();
    const dialog = page.getByRole('dialog', { name: '新增学校' });
    await dialog.getByLabel('学校标识码', { exact: true }).fill(newSchool.id);
    await dialog.getByLabel('学校名称', { exact: true }).fill(newSchool.name);
    await choose(page, dialog, '学段', '小学');
    await dialog.getByLabel('地址', { exact: true }).fill(`${near.address}北侧`);
    await dialog.getByLabel('经度（WGS-84）', { exact: true }).fill(String(near.location.lng + 0.002));
    await dialog.getByLabel('纬度（WGS-84）', { exact: true }).fill(String(near.location.lat + 0.002));
    await dialog.getByLabel('招生咨询电话', { exact: true }).fill('0537-3410101');
    await dialog.getByLabel('监督举报电话', { exact: true }).fill('0537-3410102');
    await dialog.getByLabel('信访接待地址', { exact: true }).fill('兖州区教育局信访办');
    await expectAccessible(page, '新增学校');
    await dialog.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(/已提交审核：登记新学校 2137089950/).waitFor();
    createdId = await reviewIdOf(page);
    expect(createdId).toMatch(/^SCHOOL:2137089950#/);

    // Another school's phone: first a wrong one, refused by the service's own check, in Chinese.
    const school = edited();
    await page.getByLabel('名称或地址').fill(school.name);
    await page.getByRole('button', { name: '查 询' }).click();
    await page.getByRole('button', { name: `修改 ${school.name}` }).click();
    const editDialog = page.getByRole('dialog', { name: `修改学校信息：${school.name}` });
    await editDialog.getByLabel('招生咨询电话', { exact: true }).fill('12ab');
    await editDialog.getByRole('button', { name: '提交审核' }).click();
    const refusal = editDialog.getByRole('alert').first();
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('招生咨询电话');
    await screenshot(page, 'console-register-refused');
    await editDialog.getByLabel('招生咨询电话', { exact: true }).fill('0537-3419876');
    await editDialog.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(new RegExp(`已提交审核：修改学校 ${school.id}`)).waitFor();
    updateId = await reviewIdOf(page);
    await page.getByRole('link', { name: '有待审核的修改' }).waitFor();
    await screenshot(page, 'console-register');
    expectNoProblems(problems);
    await page.close();
  });

  it('when officer 2 opens the change from /review?id=…, then only that item shows its fields before → after; approved, the school\'s history shows it', async () => {
    const school = edited();
    const { page, problems } = await signedIn(harness, harness.accounts.officer2, `/review?id=${encodeURIComponent(updateId)}`);
    const cards = page.locator('[data-review-id]');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    const card = page.locator(`[data-review-id="${updateId}"]`);
    const row = card.getByRole('row', { name: /招生咨询电话/ });
    // 现行 is the phone in force; 变更为 highlights the change (deleted text struck out, new text inserted).
    const [inForce, changed] = [row.locator('td').nth(3), row.locator('td').nth(4)];
    expect(await inForce.textContent()).toBe(school.enquiryPhone);
    expect(await changed.evaluate((cell: any) => [...cell.querySelectorAll('.text-diff > :not(del)')].map((n: any) => n.textContent).join(''))).toBe('0537-3419876');
    expect(await changed.locator('ins').count()).toBeGreaterThan(0);
    await expectAccessible(page, '审核（单项）');
    await screenshot(page, 'console-review-by-link');
    await card.getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过并发布').waitFor();

    // The new school too, opened the same way.
    await page.goto(`${harness.consoleUrl}/review?id=${encodeURIComponent(createdId)}`);
    const created = page.locator(`[data-review-id="${createdId}"]`);
    await created.getByText('2137089950（新增）').first().waitFor();
    await created.getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过并发布').waitFor();

    // History: the new version's earlier one names the phone as it was, replaced by officer 1's change.
    await page.goto(`${harness.consoleUrl}/register`);
    await page.getByLabel('名称或地址').fill(school.name);
    await page.getByRole('button', { name: '查 询' }).click();
    await page.getByRole('button', { name: `${school.name} 的历史` }).click();
    const drawer = page.getByRole('dialog', { name: `${school.name}（${school.id}）` });
    await drawer.getByText('0537-3419876').first().waitFor();
    const earlier = drawer.getByRole('row', { name: /第 1 版/ });
    expect(await earlier.textContent()).toContain(`招生咨询电话：${school.enquiryPhone}`);
    expect(await drawer.getByRole('row', { name: /修改/ }).first().textContent()).toContain('已发布');
    await expectAccessible(page, '学校历史');
    await screenshot(page, 'console-register-history');

    // The new school is in the register now.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByLabel('名称或地址').fill('新城实验');
    await page.getByRole('button', { name: '查 询' }).click();
    await page.getByRole('cell', { name: newSchool.name, exact: true }).waitFor();
    expectNoProblems(problems);
    await page.close();
  });
});

describe('名单公示', () => {
  it('when officer 1 uploads an Excel list, then it is previewed masked and submitted; approved by officer 2, it is published masked and the bureau can see it in full', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/named-lists');
    await page.getByRole('heading', { name: '名单公示' }).waitFor();
    await page.getByLabel('标题').fill('2026年兖州区小学政策性照顾名单公示');
    await page.locator('input[type=file]').setInputFiles({ name: '照顾名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await namedListXlsx() });
    const preview = page.getByTestId('named-list-preview');
    await preview.getByText('共 2 人').waitFor();
    const shown = await preview.textContent();
    expect(shown).toContain('张*明');
    expect(shown).toContain('370812********1234');
    expect(shown).toContain('军人子女');
    expect(shown).not.toContain('张三明');
    await expectAccessible(page, '名单公示');
    await screenshot(page, 'console-named-list-preview');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(/已提交审核/).waitFor();
    const listChange = await reviewIdOf(page);
    expectNoProblems(problems);
    await page.close();

    const officer2 = await signedIn(harness, harness.accounts.officer2, `/review?id=${encodeURIComponent(listChange)}`);
    const card = officer2.page.locator(`[data-review-id="${listChange}"]`);
    await card.getByText('尚未公示（首次公示）').waitFor();
    await card.getByRole('button', { name: '审核通过' }).click();
    await officer2.page.getByText('已审核通过并发布').waitFor();

    await officer2.page.goto(`${harness.consoleUrl}/named-lists`);
    const published = officer2.page.getByRole('row', { name: /2026年兖州区小学政策性照顾名单公示/ });
    await published.getByRole('button', { name: /展开行|Expand row/ }).click();
    await officer2.page.getByRole('cell', { name: '张*明', exact: true }).waitFor();
    await officer2.page.getByRole('switch', { name: '显示完整姓名和证件号码' }).click();
    await officer2.page.getByRole('cell', { name: '张三明', exact: true }).waitFor();
    await expectAccessible(officer2.page, '名单公示（已公示）');
    expectNoProblems(officer2.problems);
    await officer2.page.close();
  });
});

describe('审计 filtered on the server', () => {
  it('when filtered by a user, then the gateway is asked for that user and only that user\'s entries are listed', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/audit');
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    const who = harness.accounts.officer2.username;
    await page.getByLabel('操作人').fill(who);
    const asked = page.waitForResponse((response) => response.url().includes('/audit?') && new URL(response.url()).searchParams.get('who') === who);
    await page.getByRole('button', { name: '查 询' }).click();
    expect((await asked).status()).toBe(200);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    // Until the filtered answer is drawn, the rows are the unfiltered first page's.
    for (let tries = 0; !(await rows.allTextContents()).every((text) => text.includes(who)) && tries < 50; tries += 1) await page.waitForTimeout(200);
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.join('\n')).not.toContain(harness.accounts.officer1.username);
    expect(texts.join('\n')).toContain('审核通过（名册）');
    await expectAccessible(page, '审计日志（筛选）');
    await screenshot(page, 'console-audit-filtered');
    expectNoProblems(problems);
    await page.close();
  });
});

describe('a school account', () => {
  it('when a school clerk opens 学校名录 or 名单公示, then the console says no access', async () => {
    const { page } = await openConsole(harness);
    await signIn(page, harness.accounts.clerk);
    for (const path of ['/register', '/named-lists']) {
      await page.goto(`${harness.consoleUrl}${path}`);
      await page.getByText('无权访问').first().waitFor();
    }
    await page.close();
  });
});
