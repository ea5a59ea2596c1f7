import { GraphqlClient } from '@zsgk/testkit';
import { openPage, screenshot, startWebMapHarness } from './support/webMapHarness';

let harness: Awaited<ReturnType<typeof startWebMapHarness>>;

beforeAll(async () => {
  harness = await startWebMapHarness();
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

const HEAD = `query($d: String!) { publicationLogHead(districtCode: $d) { treeSize rootHash } }`;
const RECORD = `query($id: ID!) { publicationLogRecord(recordId: $id) { event contentHash } }`;

/** Opens the answer for the first demo address and waits until the slip's log check has finished. */
async function answerAndCheck() {
  const address = harness.demo.sampleAddresses[0]!;
  const opened = await openPage(harness.browser, `${harness.pageUrl}?lng=${address.lng}&lat=${address.lat}`);
  await opened.page.locator('#answer .verification:not([data-state="checking"])').waitFor({ timeout: 20_000 });
  return { ...opened, section: opened.page.locator('#answer .verification') };
}

describe('the result slip checks what it shows against the publication log', () => {
  it('when a parent gets an answer, then the slip lists each record with its hash, "已核验", and the signed head at the current size', async () => {
    const gateway = new GraphqlClient(harness.system.gatewayUrl);
    const head = (await gateway.request(HEAD, { d: '370812' })).data!.publicationLogHead as { treeSize: number; rootHash: string };
    const { page, problems, section } = await answerAndCheck();

    expect(await section.getAttribute('data-state')).toBe('verified');
    const headLine = section.locator('.tree-head');
    expect(await headLine.getAttribute('data-tree-size')).toBe(String(head.treeSize));
    expect(await headLine.getAttribute('data-signature')).toBe('valid');
    expect(await headLine.textContent()).toContain(`共 ${head.treeSize} 条，根哈希 ${head.rootHash.slice(0, 12)}…`);
    expect(await headLine.textContent()).toContain('签名已核验');

    const rows = section.locator('ul.records > li');
    const ids = await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-record-id')!));
    for (const kind of ['ZONE_SET', 'ENROLMENT_RULES', 'SCHOOL', 'ADMISSION_RESULT']) expect(ids.some((id) => id.startsWith(`${kind}:`))).toBe(true);
    expect(await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(ids.map(() => 'VERIFIED'));
    expect(await rows.first().textContent()).toContain('已核验');

    // Each short hash is the one the log holds for the record's publication; the full hash is in the fold.
    const [recordId] = ids;
    const logged = ((await gateway.request(RECORD, { id: recordId })).data!.publicationLogRecord as { event: string; contentHash: string }[]).find((e) => e.event === 'PUBLISHED')!;
    expect(await rows.first().locator('code.hash').textContent()).toBe(`${logged.contentHash.slice(0, 12)}…`);
    expect(await section.locator('.full-hashes').textContent()).toContain(logged.contentHash);

    await page.emulateMedia({ media: 'print' });
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('.full-hashes code').first().isVisible()).toBe(true);
    await screenshot(page, 'web-map-print-verified');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  // Last: it edits a published result behind the system's back.
  it('when a shown result is edited directly in the database, then the slip says that record no longer matches the log', async () => {
    const before = await answerAndCheck();
    const resultId = (await before.section.locator('ul.records > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-record-id')!))).find((id) => id.startsWith('ADMISSION_RESULT:'))!;
    await before.page.close();
    await harness.system.databases.admissions.connection.collection('admission_results').updateOne({ _id: resultId as never }, { $inc: { applicants: 7 } });

    const { page, problems, section } = await answerAndCheck();
    expect(await section.getAttribute('data-state')).toBe('failed');
    const row = section.locator(`ul.records > li[data-record-id="${resultId}"]`);
    expect(await row.getAttribute('data-status')).toBe('CHANGED');
    expect(await row.textContent()).toContain('与发布日志记录不符');
    expect(await section.locator('ul.records > li[data-status="VERIFIED"]').count()).toBeGreaterThan(0);
    expect(await section.locator('.tree-head').getAttribute('data-signature')).toBe('valid');
    expect(problems).toEqual([]);
    await page.close();
  });
});
