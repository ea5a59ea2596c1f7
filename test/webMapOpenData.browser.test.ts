import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DISTRICT, startOpenDataFixture, YEAR } from './openDataFixture';
import { launchChromium } from './support/launchChromium';
import { openPage, PHONE, screenshot, seriousAxeViolations } from './support/webMapHarness';

let fixture: Awaited<ReturnType<typeof startOpenDataFixture>>;
let browser: Browser;
beforeAll(async () => {
  fixture = await startOpenDataFixture();
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function openDataPage(query = '') {
  const page = await browser.newPage({ acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${fixture.origin}/open-data${query}`);
  await page.locator('body[data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('#od-files[data-state="ready"]').waitFor({ timeout: 60_000 });
  return { page, problems };
}

describe('the open-data page', () => {
  it('when each download link is clicked, then the file saved is the one the manifest lists (size and SHA-256), under the head the gateway signs now', async () => {
    const { page, problems } = await openDataPage();
    const manifest = await (await fetch(`${fixture.origin}/open-data/${DISTRICT}/${YEAR}/manifest.json`)).json() as { files: { name: string; bytes: number; sha256: string }[]; treeHead: { rootHash: string } };
    const head = (await fixture.system.gateway.request(`{ publicationLogHead(districtCode: "${DISTRICT}") { treeSize rootHash } }`)).data!.publicationLogHead;
    await expect(page.locator('#od-head [data-head="root"]').textContent()).resolves.toBe(head.rootHash);
    await expect(page.locator('#od-head [data-head="size"]').textContent()).resolves.toBe(String(head.treeSize));
    await expect(page.locator('#od-licence').textContent()).resolves.toMatch(/尚未设定/);

    for (const file of manifest.files) {
      const row = page.locator(`#od-files tr[data-file="${file.name}"]`);
      await expect(row.locator('.od-hash').textContent()).resolves.toBe(file.sha256);
      const [download] = await Promise.all([page.waitForEvent('download'), row.locator('a').click()]);
      const saved = readFileSync((await download.path())!);
      expect([file.name, download.suggestedFilename(), saved.length, sha256(saved)]).toEqual([file.name, `${DISTRICT}-${YEAR}-${file.name}`, file.bytes, file.sha256]);
    }
    const csv = readFileSync(
      (await (await Promise.all([page.waitForEvent('download'), page.locator('#od-files tr[data-file="transfers.csv"] a').click()]))[0].path())!,
    );
    expect(csv.toString('utf8')).toContain(fixture.schoolA);
    await screenshot(page, 'open-data-desktop');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the page is checked with axe, in Chinese and in English on a phone, then nothing serious or critical is found and the English texts are shown', async () => {
    const { page, problems } = await openDataPage();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await page.locator('#od-language').click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#od-heading').textContent()).resolves.toMatch(/^Open data of /);
    await expect(page.locator('#od-files caption').textContent()).resolves.toBe(`Files for ${YEAR} (select a name to download)`);
    await expect(page.locator('#od-examples [data-example="persisted-1"] pre').textContent()).resolves.toContain("-H 'apollo-require-preflight: true'");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'open-data-phone-en');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when the API examples are run as written, then the GET with only the persisted hash answers after the POST registered it', async () => {
    const { page } = await openDataPage();
    const index = await (await fetch(`${fixture.origin}/open-data/${DISTRICT}/index.json`)).json() as any;
    const example = index.examples.find((e: any) => e.id === 'persisted');
    const shown = await page.locator('#od-examples [data-example="persisted-0"] pre').textContent();
    const body = /-d '(.*)'$/s.exec(shown!)![1]!;
    expect(JSON.parse(body).extensions.persistedQuery.sha256Hash).toBe(createHash('sha256').update(example.query).digest('hex'));
    const registered = await fetch(index.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await registered.json() as any).errors).toBeUndefined();
    const url = new URL(index.gatewayUrl);
    url.searchParams.set('variables', JSON.stringify(example.variables));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: example.sha256 } }));
    const got = await (await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).json() as any;
    expect([got.errors, got.data.catchments.length > 0]).toEqual([undefined, true]);
    await page.close();
  });

  it('when the map page loads, then its assets arrive compressed (first-load bytes reported)', async () => {
    const { page } = await openPage(browser, `${fixture.origin}/`);
    const sizes = await page.evaluate((origin) => {
      // The test tsconfig has no DOM lib: the page's Performance API, typed by what is read here.
      type Timing = { name: string; encodedBodySize: number; decodedBodySize: number };
      const timings = (globalThis as unknown as { performance: { getEntriesByType(type: string): Timing[] } }).performance;
      const entries = [...timings.getEntriesByType('navigation'), ...timings.getEntriesByType('resource')];
      const own = entries.filter((e) => e.name.startsWith(origin) && !e.name.includes('/config.json'));
      return { files: own.length, transferred: own.reduce((s, e) => s + e.encodedBodySize, 0), decoded: own.reduce((s, e) => s + e.decodedBodySize, 0) };
    }, fixture.origin);
    console.log(`[bench] map page first load (own assets, ${sizes.files} files): ${sizes.transferred} bytes compressed, ${sizes.decoded} bytes uncompressed`);
    expect(sizes.transferred).toBeLessThan(sizes.decoded / 2);
    await page.close();
  });
});
