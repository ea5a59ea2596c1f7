import { connectMongo } from '@zsgk/db';
import { openPublicationLog, openReviewQueue, sha256Hex } from '@zsgk/publication';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import type { PublicationStep } from '../src/publication/publishVersion';
import { createServer } from '../src/server';
import { approve, BUREAU, IMPORT, PUBLISH, publishSet, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

let failAt: PublicationStep | null = null;
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;
beforeAll(async () => {
  harness = await startCatchmentsServer({
    fault: (step) => {
      if (step !== failAt) return;
      failAt = null;
      throw new Error(`injected crash after ${step}`);
    },
  });
});
afterAll(() => harness.stop());

const KEY = '370812:2026:PRIMARY';
const reviewer = (n: number) => ({ role: 'BUREAU', subject: `reviewer-${n}`, districtCode: '370812' }) as const;
let drafts = 0;
/** A new draft of 370812's 2026 PRIMARY set, different from every other (its zone grows each time). */
async function draft(): Promise<string> {
  drafts += 1;
  const res = await harness.client.request(
    IMPORT,
    { input: { districtCode: '370812', year: 2026, stage: 'PRIMARY', content: JSON.stringify({ type: 'FeatureCollection', features: [squareZone(`区${drafts}`, [], [116.7, 35.5, 116.71 + drafts / 1000, 35.51])] }) } },
    BUREAU,
  );
  return res.data!.importCatchments.setId;
}
const submit = async (setId: string) => (await harness.client.request(PUBLISH, { id: setId }, BUREAU)).data!.publishCatchmentSet.id as string;
const APPROVE = 'mutation($id: ID!) { approveCatchmentChange(id: $id) { status publishedVersion } }';
const versions = async (key = KEY) =>
  (await harness.database.connection.collection('zone_set_versions').find({ key }).toArray()).sort((a, b) => a.version - b.version);
const log = () => openPublicationLog(harness.database.connection, harness.ledgerDb);

/** One version in force per key, versions 1..n contiguous, each logged PUBLISHED once and, but the last, SUPERSEDED once. */
async function expectInvariants(key = KEY) {
  const all = await versions(key);
  expect(all.map((v) => v.version)).toEqual(all.map((_, i) => i + 1));
  expect(all.filter((v) => v.status === 'PUBLISHED').map((v) => v.version)).toEqual([all.length]);
  for (const v of all) {
    const events = (await log().entriesForRecord(String(v._id))).map((e) => e.event).sort();
    expect(events).toEqual(v.version === all.length ? ['PUBLISHED'] : ['PUBLISHED', 'SUPERSEDED']);
  }
}

describe('exactly once', () => {
  it('when 6 officers approve one change at once, then exactly one succeeds, the others get CONFLICT, and one version is in force', async () => {
    const item = await submit(await draft());
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => harness.client.request(APPROVE, { id: item }, reviewer(n))));
    expect(answers.filter((a) => a.data?.approveCatchmentChange?.status === 'PUBLISHED')).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    expect((await versions()).map((v) => v.version)).toEqual([1]);
    await expectInvariants();
  });

  it('when 6 corrections of one published set are approved at once, then exactly one becomes the next version and the rest get CONFLICT', async () => {
    const items: string[] = [];
    for (let i = 0; i < 6; i++) items.push(await submit(await draft()));
    const answers = await Promise.all(items.map((id, n) => harness.client.request(APPROVE, { id }, reviewer(n + 1))));
    expect(answers.filter((a) => a.data?.approveCatchmentChange?.publishedVersion === 2)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(5);
    expect((await versions()).map((v) => v.version)).toEqual([1, 2]);
    // Approved but beaten: each is RETURNED with the reason, so the start-up repair has nothing left to refuse.
    const losers = items.filter((_, n) => answers[n]!.errors);
    for (const id of losers) {
      expect(await openReviewQueue(harness.database.connection).get(id)).toMatchObject({ status: 'RETURNED', returnReason: expect.stringContaining('批准后未能发布') });
    }
    expect(answers.filter((a) => a.errors?.[0]?.message.includes('已退回'))).toHaveLength(5);
    const repaired = await harness.server.publisher.repair();
    expect(repaired).toEqual({ finished: [], failed: [] });
    expect((await versions()).map((v) => v.version)).toEqual([1, 2]);
    await expectInvariants();
  });
});

describe('crash at each step of a publication, then start-up repair', () => {
  it.each<PublicationStep>(['approved', 'version-inserted', 'applied', 'superseded', 'logged', 'marked-published'])(
    'when the service fails after "%s", then a restart finishes it: one version in force, contiguous, logged once, item PUBLISHED, audited',
    async (step) => {
      const before = (await versions()).length;
      const item = await submit(await draft());
      failAt = step;
      const crashed = await harness.client.request(APPROVE, { id: item }, REVIEWER);
      expect(crashed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

      // A new process on the same database: createServer runs the repair pass before serving.
      const connection = await connectMongo(harness.database.uri, harness.database.name);
      const restarted = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: harness.ledgerDb });
      await restarted.stop();
      await connection.close();

      expect((await versions()).length).toBe(before + 1);
      const latest = (await versions()).at(-1)!;
      expect(latest.reviewId).toBe(item);
      await expectInvariants();
      const change = await harness.client.request(`{ catchmentChanges(districtCode: "370812") { id status publishedVersion } }`, {}, BUREAU);
      expect(change.data!.catchmentChanges.find((c: { id: string }) => c.id === item)).toEqual({ id: item, status: 'PUBLISHED', publishedVersion: latest.version });
      const audited = await harness.server.audit.find('370812', 500);
      expect(audited.filter((e) => e.action === 'approveCatchmentChange' && e.target === item)).toHaveLength(1);
    },
  );
});

describe('publication log content', () => {
  const CONTENT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { catchmentsContent } } }`;
  const served = async (kind: string, recordId: string, version: number) =>
    (await harness.client.request(CONTENT, { reps: [{ __typename: 'PublicationLogEntry', kind, recordId, version }] })).data!._entities[0].catchmentsContent as string | null;

  it('when a zone set is published, then its log entry carries the hash of catchmentsContent, which stops matching after a direct database edit', async () => {
    const setId = await draft();
    const approved = await publishSet(harness.client, setId);
    const [entry] = (await log().entriesForRecord(approved.publishedRecordId)).filter((e) => e.event === 'PUBLISHED');
    const content = await served('ZONE_SET', approved.publishedRecordId, approved.publishedVersion);
    expect(sha256Hex(content!)).toBe(entry!.contentHash);
    expect(JSON.parse(content!)).toMatchObject({ setId, zones: [expect.objectContaining({ schoolIds: [], geometrySha256: expect.stringMatching(/^[0-9a-f]{64}$/) })] });
    const zones = `{ zoneSet(id: "${setId}") { catchments { recordId contentHash } } }`;
    expect((await harness.client.request(zones)).data!.zoneSet.catchments).toEqual([{ recordId: approved.publishedRecordId, contentHash: entry!.contentHash }]);

    await harness.database.connection.collection('zones').updateOne({ setId }, { $set: { boundaryText: '东至某路（被篡改）' } });
    expect(sha256Hex((await served('ZONE_SET', approved.publishedRecordId, approved.publishedVersion))!)).not.toBe(entry!.contentHash);
    expect((await harness.client.request(zones)).data!.zoneSet.catchments[0].contentHash).not.toBe(entry!.contentHash);
  });

  it("when the district's contacts are published, then they are logged; a direct edit of the stored contacts is detected", async () => {
    const submitted = await harness.client.request(
      `mutation($input: DistrictImportInput!) { importDistrictBoundary(input: $input) { review { id } } }`,
      {
        input: {
          districtCode: '370812',
          content: JSON.stringify({ type: 'FeatureCollection', features: [{ ...squareZone('兖州区', [], [116.6, 35.4, 117.0, 35.7]), properties: { adcode: '370812', name: '兖州区' } }] }),
          contact: { department: '兖州区教育和体育局', enquiryPhone: '0537-3400000', supervisionPhone: '0537-3400001' },
        },
      },
      BUREAU,
    );
    const approved = await approve(harness.client, submitted.data!.importDistrictBoundary.review.id, REVIEWER);
    const [entry] = (await log().entriesForRecord(approved.publishedRecordId)).filter((e) => e.event === 'PUBLISHED');
    expect(entry).toMatchObject({ kind: 'DISTRICT_BOUNDARY', version: approved.publishedVersion });
    const content = await served('DISTRICT_BOUNDARY', approved.publishedRecordId, approved.publishedVersion);
    expect(sha256Hex(content!)).toBe(entry!.contentHash);
    expect(JSON.parse(content!).contact).toMatchObject({ enquiryPhone: '0537-3400000' });
    const previous = (await log().entriesForRecord(`DISTRICT_BOUNDARY:370812@v${approved.publishedVersion - 1}`)).map((e) => e.event).sort();
    expect(previous).toEqual(['PUBLISHED', 'SUPERSEDED']);

    await harness.database.connection.collection('district_versions').updateOne({ _id: approved.publishedRecordId }, { $set: { 'contact.enquiryPhone': '0537-9999999' } });
    expect(sha256Hex((await served('DISTRICT_BOUNDARY', approved.publishedRecordId, approved.publishedVersion))!)).not.toBe(entry!.contentHash);
    expect(await served('SCHOOL', approved.publishedRecordId, 1)).toBeNull();
  });
});
