import { openConsole, screenshot, seriousAxeViolations, signIn, startConsoleHarness, DISTRICT_CODE, type ConsoleHarness } from './support/consoleHarness';

// 信息公开合规's 逾期未公开事项 (issue 13 item 4): decisions of several kinds made before National Day
// 2026 and still unpublished appear in one list with their deadline (20 working days on the holiday
// calendar) and the working days overdue. The console is served from console/dist
// (npm run build -w console first).

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness();
  const token = await harness.system.token({ role: 'BUREAU', subject: 'officer-clock', districtCode: DISTRICT_CODE });
  const send = async (query: string, variables: Record<string, unknown>) => {
    const res = await harness.system.gateway.request(query, variables, undefined, { authorization: `Bearer ${token}` });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };
  // A named list decided Friday 2026-09-25 (due 10-29 across National Day) and a school closing decided 9/28 (due 10-30), both waiting.
  await send('mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }', { input: {
    districtCode: DISTRICT_CODE, schoolId: harness.otherSchool.id, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '热点学校录取名单', entries: [{ name: '张三明' }], decidedOn: '2026-09-25',
  } });
  await send('mutation($id: ID!) { closeSchool(id: $id, closedOn: "2026-09-30", reason: "并入实验小学", decidedOn: "2026-09-28") { warnings } }', { id: harness.school.id });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

it('when the officer opens 信息公开合规, then every kind\'s overdue decision is listed with its deadline and working days overdue, and the page passes axe', async () => {
  const { page, problems } = await openConsole(harness);
  await signIn(page, harness.accounts.officer1);
  await page.goto(`${harness.consoleUrl}/compliance`);
  const card = page.getByTestId('overdue-decisions');
  await card.getByRole('heading', { name: '逾期未公开事项' }).waitFor();
  const listRow = card.getByRole('row', { name: /名单公示/ });
  await listRow.waitFor();
  await expect(listRow.textContent()).resolves.toMatch(/2026-09-25.*2026-10-29.*未公开，已逾期 \d+ 个工作日/);
  await expect(card.getByRole('row', { name: /学校名录（撤销）/ }).textContent()).resolves.toMatch(/2026-09-28.*2026-10-30/);
  await expect(card.textContent()).resolves.toMatch(/产生、变动或失效后 20 个工作日内应公开/);
  await screenshot(page, 'console-compliance-overdue');
  const violations = await seriousAxeViolations(page);
  if (violations.length) console.log('[axe] 逾期未公开事项:', JSON.stringify(violations));
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});
