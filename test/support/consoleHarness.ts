import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { configSchema as consoleConfigSchema } from '@zsgk/console/server/config';
import { createConsoleServer } from '@zsgk/console/server/createConsoleServer';
import { findFreePort } from '@zsgk/db';
import { generateDistrict, loadDemoDistrict, readDemoBoundary, type DemoDistrict, type SchoolRow } from '@zsgk/demo-district';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { configSchema as webMapConfigSchema } from '@zsgk/web-map/server/config';
import { createWebMapServer } from '@zsgk/web-map/server/createWebMapServer';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SCREENSHOTS } from './launchChromium';
import { startSystem } from './startSystem';

export const DISTRICT_CODE = '370812';
/** The school year the clerk reports: the demo's latest, with rules and a timetable. */
export const YEAR = 2026;

export interface StaffAccount {
  username: string;
  displayName: string;
  password: string;
}

/**
 * The whole system with the demo district (兖州区), the staff console served by its own server (from
 * console/dist: `npm run build -w console` first), the parents' web map (web-map/dist) and Debian's
 * Chromium. Accounts: two bureau officers and clerks of two primary schools. The first clerk's school
 * has no published 2026 primary figures (the demo's are left out), so the clerk reports them fresh.
 */
export async function startConsoleHarness() {
  const [consolePort, webMapPort] = [await findFreePort(), await findFreePort()];
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const webMapUrl = `http://127.0.0.1:${webMapPort}`;
  const system = await startSystem({ consoleOrigins: [consoleUrl], allowedOrigins: [webMapUrl] });

  const boundary = readDemoBoundary(DISTRICT_CODE);
  const generated = generateDistrict({ boundary: boundary.wgs84, districtCode: DISTRICT_CODE, districtName: boundary.name });
  const primary = generated.schools.filter((s) => s.stages.includes('PRIMARY') && !s.stages.includes('JUNIOR'));
  const [school, otherSchool] = primary as [SchoolRow, SchoolRow];
  const demo: DemoDistrict = { ...generated, results: generated.results.filter((r) => !(r.schoolId === school.id && r.year === YEAR && r.stage === 'PRIMARY')) };
  await loadDemoDistrict(
    { schoolsUrl: system.urls.schools, catchmentsUrl: system.urls.catchments, admissionsUrl: system.urls.admissions, identitySecret: TEST_IDENTITY_SECRET },
    demo,
    { feature: boundary.raw, crs: 'GCJ02' },
  );

  const accounts = {
    officer1: { username: 'officer-li', displayName: '李科员', password: 'li-console-2026!' },
    officer2: { username: 'officer-wang', displayName: '王科长', password: 'wang-console-2026!' },
    clerk: { username: `clerk-${school.id}`, displayName: '陈老师', password: 'chen-console-2026!' },
    otherClerk: { username: `clerk-${otherSchool.id}`, displayName: '赵老师', password: 'zhao-console-2026!' },
  } satisfies Record<string, StaffAccount>;
  await system.seedAccounts([
    { ...accounts.officer1, role: 'BUREAU', districtCode: DISTRICT_CODE },
    { ...accounts.officer2, role: 'BUREAU', districtCode: DISTRICT_CODE },
    { ...accounts.clerk, role: 'SCHOOL', districtCode: DISTRICT_CODE, schoolId: school.id, schoolName: school.name },
    { ...accounts.otherClerk, role: 'SCHOOL', districtCode: DISTRICT_CODE, schoolId: otherSchool.id, schoolName: otherSchool.name },
  ]);

  const consoleApp = createConsoleServer(consoleConfigSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayBaseUrl, CONSOLE_PORT: String(consolePort) }));
  const webMapApp = createWebMapServer(webMapConfigSchema.parse({ GATEWAY_PUBLIC_URL: system.gatewayUrl, WEB_MAP_PORT: String(webMapPort) }));
  const servers = await Promise.all(
    [
      [consoleApp, consolePort],
      [webMapApp, webMapPort],
    ].map(
      ([app, port]) =>
        new Promise<Server>((resolve) => {
          const server = (app as ReturnType<typeof createConsoleServer>).listen(port as number, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const browser: Browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    system,
    demo,
    school,
    otherSchool,
    accounts,
    browser,
    consoleUrl,
    webMapUrl,
    /** Signs in through the gateway's /auth/sign-in, as the console does: the access token and the answer. */
    async signInByApi(account: StaffAccount): Promise<{ status: number; accessToken: string | undefined; body: Record<string, unknown> }> {
      const response = await fetch(`${system.gatewayBaseUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: consoleUrl },
        body: JSON.stringify({ username: account.username, password: account.password }),
      });
      const body = (await response.json()) as Record<string, unknown>;
      return { status: response.status, accessToken: body.accessToken as string | undefined, body };
    },
    async stop() {
      await browser.close();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      await system.stop();
    },
  };
}

export type ConsoleHarness = Awaited<ReturnType<typeof startConsoleHarness>>;

/**
 * A new browser page (its own cookies) on the console; script errors, console errors (CSP refusals
 * among them) and dialogs are collected as defects.
 */
export async function openConsole(harness: ConsoleHarness, urlPath = '/sign-in'): Promise<{ page: Page; problems: string[] }> {
  const page = await harness.browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // The browser logs a failed request (our 4xx answers: wrong password, FORBIDDEN) as a console error; those are expected.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${harness.consoleUrl}${urlPath}`);
  return { page, problems };
}

/** Fills the 登录 form and presses 登录; waits for the signed-in menu unless told the sign-in should fail. */
export async function signIn(page: Page, account: StaffAccount, options: { expectFailure?: boolean } = {}): Promise<void> {
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (!options.expectFailure) await page.getByRole('navigation', { name: '主菜单' }).waitFor();
}

/** A new page signed in as the account, then at `urlPath`. */
export async function signedIn(harness: ConsoleHarness, account: StaffAccount, urlPath: string) {
  const opened = await openConsole(harness);
  await signIn(opened.page, account);
  await opened.page.goto(`${harness.consoleUrl}${urlPath}`);
  await opened.page.getByRole('navigation', { name: '主菜单' }).waitFor();
  return opened;
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A/AA and best practice). */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // evaluate runs through the DevTools protocol, so the page's CSP (script-src 'self') does not stop it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // A string, evaluated in the page: the test's TypeScript has no DOM types.
  const violations = await page.evaluate<{ id: string; impact: string; help: string; nodes: string[] }[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))
  `);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A screenshot for people and for the Chinese quick guide (docs/zh-CN), in test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
