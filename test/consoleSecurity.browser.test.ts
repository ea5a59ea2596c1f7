import { ReviewQueueDocument, SaveAdmissionResultDocument, SubmitSubmissionDocument, SaveTransferReportDocument } from '@zsgk/console/src/api/generated/graphql';
import type { Page } from 'playwright-core';
import { DISTRICT_CODE, openConsole, screenshot, seriousAxeViolations, signedIn, signIn, startConsoleHarness, YEAR, type ConsoleHarness, type StaffAccount } from './support/consoleHarness';

// The console's security as a user meets it: lockout after wrong passwords, a school account refused by
// the server (not only by hidden menus) for bureau data and another school's records, self-approval
// refused, no serious or critical axe-core findings on the sign-in, school, password and review pages,
// and a form submitted with the keyboard alone. Served from console/dist (npm run build -w console first).

let harness: ConsoleHarness;
const LOCKED: StaffAccount = { username: 'clerk-locked', displayName: '孙老师', password: 'sun-console-2026!' };
const CHANGING: StaffAccount = { username: 'clerk-changing', displayName: '周老师', password: 'zhou-console-2026!' };

beforeAll(async () => {
  harness = await startConsoleHarness();
  const school = { role: 'SCHOOL' as const, districtCode: DISTRICT_CODE, schoolId: harness.otherSchool.id, schoolName: harness.otherSchool.name };
  await harness.system.seedAccounts([{ ...LOCKED, ...school }, { ...CHANGING, ...school }]);
}, 240_000);

afterAll(async () => {
  await harness?.stop();
});

/** Posts one of the console's own generated operations to the gateway with a bearer token. */
async function asUser<T>(token: string, document: { toString(): string }, variables: Record<string, unknown>) {
  return harness.system.gateway.request<T>(document.toString(), variables, undefined, { authorization: `Bearer ${token}`, origin: harness.consoleUrl });
}

async function tokenOf(account: StaffAccount): Promise<string> {
  const { accessToken, status } = await harness.signInByApi(account);
  if (!accessToken) throw new Error(`${account.username} could not sign in (${status})`);
  return accessToken;
}

describe('sign-in lockout', () => {
  it('when a wrong password is entered five times, then the page says the account is locked and how long to wait', async () => {
    const { page, problems } = await openConsole(harness);
    const wrong = { ...LOCKED, password: 'not-the-password' };
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, wrong, { expectFailure: true });
      await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    }
    await signIn(page, wrong, { expectFailure: true });
    await page.getByRole('alert').filter({ hasText: '账号已暂时锁定；请在 1 分钟后再登录' }).waitFor();
    await screenshot(page, 'console-sign-in-locked');

    // Locked means locked: the right password is refused too until the time is up.
    await signIn(page, LOCKED, { expectFailure: true });
    await page.getByRole('alert').filter({ hasText: '账号已暂时锁定' }).waitFor();
    expect(page.url()).toMatch(/\/sign-in$/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('password change and sign-out', () => {
  it('when a clerk changes the password and signs out, then a reload does not sign back in, the old password is refused and the new one works', async () => {
    const { page, problems } = await signedIn(harness, CHANGING, '/account/password');
    const renewed = 'zhou-new-password-2027';
    await page.getByLabel('当前密码').fill(CHANGING.password);
    await page.getByLabel('新密码', { exact: true }).fill(renewed);
    await page.getByLabel('确认新密码').fill(renewed);
    await page.getByRole('button', { name: '修改密码' }).last().click();
    await page.getByText('密码已修改').waitFor();
    await screenshot(page, 'console-password-changed');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    // The refresh cookie is revoked: a reload stays signed out.
    await page.reload();
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    await signIn(page, CHANGING, { expectFailure: true });
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await signIn(page, { ...CHANGING, password: renewed });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a school account is refused by the server, not only by the menu', () => {
  it('when a clerk opens a bureau page, then the page says so and the API answers FORBIDDEN for the review queue, accounts, audit and uploads', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.clerk, '/review');
    await page.getByText('此页面仅供教育局工作人员使用。').waitFor();
    expect(await page.getByRole('menuitem', { name: '审核' }).count()).toBe(0);
    await page.goto(`${harness.consoleUrl}/imports`);
    await page.getByText('此页面仅供教育局工作人员使用。').waitFor();
    expect(problems).toEqual([]);
    await page.close();

    const token = await tokenOf(harness.accounts.clerk);
    const queue = await asUser(token, ReviewQueueDocument, { districtCode: DISTRICT_CODE });
    expect(queue.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const base = harness.system.gatewayBaseUrl;
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(`${base}/auth/accounts`, { headers: bearer })).status).toBe(403);
    expect((await fetch(`${base}/audit`, { headers: bearer })).status).toBe(403);
    const form = new FormData();
    form.set('file', new Blob(['学校标识码,学校名称\n'], { type: 'text/csv' }), 'register.csv');
    expect((await fetch(`${base}/upload/register`, { method: 'POST', headers: bearer, body: form })).status).toBe(403);
  });

  it("when a clerk sends figures for another school, or submits another school's draft, then the API answers FORBIDDEN", async () => {
    const token = await tokenOf(harness.accounts.clerk);
    const input = { districtCode: DISTRICT_CODE, schoolId: harness.otherSchool.id, year: YEAR, stage: 'PRIMARY', plannedSeats: 90, applicants: 90, admitted: 90 };
    const save = await asUser(token, SaveAdmissionResultDocument, { input, submit: false });
    expect(save.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const otherToken = await tokenOf(harness.accounts.otherClerk);
    const draft = await asUser<{ saveTransferReport: { id: string } }>(otherToken, SaveTransferReportDocument, {
      input: { districtCode: DISTRICT_CODE, schoolId: harness.otherSchool.id, year: YEAR, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 2 }] },
      submit: false,
    });
    expect(draft.errors).toBeUndefined();
    const submit = await asUser(token, SubmitSubmissionDocument, { id: draft.data!.saveTransferReport.id });
    expect(submit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('review by a second officer', () => {
  it('when an officer approves a change they submitted, then the console says another officer must review it', async () => {
    const token = await tokenOf(harness.accounts.officer1);
    const saved = await harness.system.gateway.request<{ savePolicyDocument: { id: string } }>(
      `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`,
      {
        input: {
          districtCode: DISTRICT_CODE, documentNumber: '兖教发〔2026〕30号', title: '关于军人子女入学照顾的通知', issuer: '兖州区教育和体育局',
          categories: ['MILITARY_FAMILY'], effectiveFrom: '2026-03-01', interpretation: '军人子女按政策就近优先安排入学。',
        },
      },
      undefined,
      { authorization: `Bearer ${token}` },
    );
    expect(saved.errors).toBeUndefined();
    const published = await harness.system.gateway.request(`mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }`, { id: saved.data!.savePolicyDocument.id }, undefined, { authorization: `Bearer ${token}` });
    expect(published.errors).toBeUndefined();

    const { page, problems } = await signedIn(harness, harness.accounts.officer1, '/review');
    const card = page.locator('[data-review-id]', { hasText: '政策文件' });
    await card.getByRole('button', { name: '审核通过' }).click();
    await card.getByRole('alert').filter({ hasText: '不能审核本人提交的内容：须由本局另一位工作人员审核' }).waitFor();
    await screenshot(page, 'console-review-self-approval-refused');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a zone set in review', () => {
  it("when an officer reviews another's new zone set, then the changed boundary text is highlighted and the sets are drawn one over the other", async () => {
    const token = await tokenOf(harness.accounts.officer1);
    const zones = structuredClone(harness.demo.catchments.PRIMARY);
    const changed = zones.features[0]!.properties;
    changed.boundaryText = `${changed.boundaryText}（含新建春华苑小区）`;
    const bearer = { authorization: `Bearer ${token}` };
    const imported = await harness.system.gateway.request<{ importCatchments: { accepted: boolean; setId: string } }>(
      `mutation($input: CatchmentImportInput!) { importCatchments(input: $input) { accepted setId problems { index reason } } }`,
      { input: { districtCode: DISTRICT_CODE, year: YEAR, stage: 'PRIMARY', content: JSON.stringify(zones), sourceDocument: '划片范围调整（测试）', sampleData: true } },
      undefined,
      bearer,
    );
    expect(imported.data?.importCatchments.accepted).toBe(true);
    const submitted = await harness.system.gateway.request(`mutation($setId: ID!) { publishCatchmentSet(setId: $setId) { id } }`, { setId: imported.data!.importCatchments.setId }, undefined, bearer);
    expect(submitted.errors).toBeUndefined();

    const { page, problems } = await signedIn(harness, harness.accounts.officer2, '/review');
    const card = page.locator('[data-review-id]', { hasText: '划片范围' });
    const row = card.getByRole('row', { name: new RegExp(changed.name) });
    await row.getByText('范围描述有变化').waitFor();
    expect(await row.locator('ins').textContent()).toBe('（含新建春华苑小区）');
    await card.getByRole('button', { name: '在地图上与现行学区对比' }).click();
    await card.locator('path.previous-zone').first().waitFor();
    expect(await card.locator('path.draft-zone').count()).toBe(zones.features.length);
    await screenshot(page, 'console-review-zone-set');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('accessibility (axe-core: no serious or critical findings)', () => {
  const pages: [string, 'clerk' | 'officer1' | null, string][] = [
    ['/sign-in', null, '招生信息工作台'],
    ['/school', 'clerk', '待办事项'],
    ['/school/plan', 'clerk', '招生计划'],
    ['/school/results', 'clerk', '录取数据'],
    ['/school/transfers', 'clerk', '转学情况'],
    ['/school/submissions', 'clerk', '我的提交'],
    ['/school/history', 'clerk', '发布历史'],
    ['/account/password', 'clerk', '修改密码'],
    ['/review', 'officer1', '审核'],
  ];
  it.each(pages)('when axe-core scans %s, then there are no serious or critical violations', async (path, who, heading) => {
    const { page } = who ? await signedIn(harness, harness.accounts[who], path) : await openConsole(harness, path);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    // The results form with a preferential-admission row open too.
    if (path === '/school/results') await page.getByRole('button', { name: '添加照顾类别' }).click();
    await page.waitForTimeout(300);
    const violations = await seriousAxeViolations(page);
    if (violations.length) console.log(`[axe] ${path}:`, JSON.stringify(violations, null, 1));
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('when a clerk fills the 招生计划 form with Tab and typing and presses Enter on 提交审核, then the plan is submitted for review', async () => {
    const { page, problems } = await signedIn(harness, harness.accounts.otherClerk, '/school/plan');
    // The form is read-only until its starting figures have loaded.
    await page.locator('#plannedSeats:not([disabled])').waitFor();
    await tabTo(page, 'plannedSeats');
    await page.keyboard.type('135');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('plannedClasses');
    await page.keyboard.type('3');
    // Next in the tab order: 提交审核.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('提交审核');
    await page.keyboard.press('Enter');
    await page.getByText('已提交审核，等待教育局审核').waitFor();
    await page.getByText(/^待审核（提交于/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});

function activeId(page: Page): Promise<string> {
  return page.evaluate('document.activeElement ? document.activeElement.id : ""') as Promise<string>;
}

/** Presses Tab from the top of the page until the element with the id has the focus. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} was not reached with Tab`);
}
