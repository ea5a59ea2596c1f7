import { buildAnnualReport } from '@zsgk/gateway/src/reports/buildAnnualReport';
import type { LoggedVersion } from '@zsgk/gateway/src/reports/LoggedVersion';
import { contentHash } from '@zsgk/publication';
import { beijingDate } from '@zsgk/working-days';
import { approve, BUREAU, IMPORT, REVIEWER, squareZone, startCatchmentsServer } from './catchmentsServer';

/**
 * Issue 13 items 4–6: a zone set's decision date (decidedOn, given when it is submitted) is stored on
 * the version it publishes and is part of its hashed content (catchmentsContent), where the annual
 * report judges timeliness by it. A version stored before it was recorded serves the content it was
 * logged with. Decided Friday 2026-09-25, a zone set is due 2026-10-29 (20 working days across the
 * Mid-Autumn / National Day holiday 2026, as overdueZoneSets.test.ts counts them).
 */
const DECIDED = '2026-09-25';
const DUE = '2026-10-29';
const today = beijingDate();
const YESTERDAY = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
let harness: Awaited<ReturnType<typeof startCatchmentsServer>>;

const ok = async (query: string, variables: Record<string, unknown>, identity: object = BUREAU) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const PUBLISH = `mutation($id: ID!, $d: String) { publishCatchmentSet(setId: $id, decidedOn: $d) { id } }`;
const CONTENT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { catchmentsContent } } }`;
const draft = async (stage: string) =>
  (await ok(IMPORT, { input: { districtCode: '370812', year: 2026, stage, sourceDocument: '兖教发〔2026〕1号', content: JSON.stringify({ type: 'FeatureCollection', features: [
    squareZone('西区', ['3708120001'], [116.78, 35.54, 116.8, 35.56]),
  ] }) } })).setId as string;
const setIds = new Map<string, string>();
async function publish(stage: string, decidedOn: string): Promise<string> {
  const setId = await draft(stage);
  const approved = await approve(harness.client, (await ok(PUBLISH, { id: setId, d: decidedOn })).id, REVIEWER);
  setIds.set(approved.publishedRecordId, setId);
  return approved.publishedRecordId as string;
}
const decidedOnOf = async (recordId: string) => (await ok(`query($id: ID!) { zoneSet(id: $id) { decidedOn } }`, { id: setIds.get(recordId) })).decidedOn;
const ledger = () => harness.database.connection.useDb(harness.ledgerDb, { useCache: true }).collection('log_entries');
async function served(e: { kind: string; recordId: string; version: number }): Promise<Record<string, unknown>> {
  const res = await harness.client.request(CONTENT, { reps: [{ __typename: 'PublicationLogEntry', kind: e.kind, recordId: e.recordId, version: e.version }] });
  return JSON.parse(res.data!._entities[0].catchmentsContent as string) as Record<string, unknown>;
}
async function published(recordId: string) {
  return (await ledger().findOne({ recordId, event: 'PUBLISHED' }))! as unknown as { index: number; kind: string; recordId: string; version: number; event: string; contentHash: string; at: string | Date };
}

let late: string;
let onTime: string;
let old: string;
beforeAll(async () => {
  harness = await startCatchmentsServer();
  late = await publish('PRIMARY', DECIDED);
  onTime = await publish('JUNIOR', YESTERDAY);
  old = await publish('KINDERGARTEN', today);
});
afterAll(() => harness.stop());

describe('decidedOn in a published zone set', () => {
  it('when a zone set decided on 2026-09-25 is published, then catchmentsContent and ZoneSet.decidedOn record it, and the content hashes as logged', async () => {
    const entry = await published(late);
    const content = await served(entry);
    expect(content.decidedOn).toBe(DECIDED);
    expect(contentHash(content)).toBe(entry.contentHash);
    expect((await served(await published(onTime))).decidedOn).toBe(YESTERDAY);
    expect([await decidedOnOf(late), await decidedOnOf(onTime)]).toEqual([DECIDED, YESTERDAY]);
  });

  it('when a version was stored without decidedOn (before it was recorded), then its content has no decidedOn key (ZoneSet.decidedOn null), so the hash logged for it then still verifies', async () => {
    const entry = await published(old);
    const { decidedOn: _recorded, ...before } = await served(entry);
    await harness.database.connection.collection('zone_set_versions').updateOne({ _id: old as never }, { $unset: { decidedOn: '' } });
    await ledger().updateOne({ recordId: old, event: 'PUBLISHED' }, { $set: { contentHash: contentHash(before) } });
    const content = await served(entry);
    expect('decidedOn' in content).toBe(false);
    expect(contentHash(content)).toBe((await published(old)).contentHash);
    expect(await decidedOnOf(old)).toBeNull();
  });

  it('when the annual report is built from the log and the served content, then the set decided on 09-25 is late (due 10-29), yesterday’s on time, the old one without a date', async () => {
    const entries: LoggedVersion[] = [];
    for (const recordId of [late, onTime, old]) {
      const e = await published(recordId);
      entries.push({ index: e.index, kind: e.kind, recordId, version: e.version, event: e.event, contentHash: e.contentHash, at: new Date(e.at).toISOString(), content: await served(e) });
    }
    const head = { treeSize: 100, rootHash: 'ab'.repeat(32), timestamp: new Date().toISOString(), signature: 'c2ln' };
    const report = buildAnnualReport({
      districtCode: '370812', year: Number(today.slice(0, 4)), asOf: new Date().toISOString(), head, entries, workingDays: 20, schoolNames: new Map(),
      yearEnd: { treeSize: 100, rootHash: head.rootHash, path: [] },
      deadlines: new Map([[DECIDED, { dueOn: DUE, calendarCovered: true }], [YESTERDAY, { dueOn: '2099-01-01', calendarCovered: true }]]),
    });
    expect(report.timeliness).toMatchObject({ withDecisionDate: 2, onTime: 1, withoutDecisionDate: { ZONE_SET: 1 } });
    expect(report.timeliness.late).toEqual([expect.objectContaining({ kind: 'ZONE_SET', decidedOn: DECIDED, dueOn: DUE, on: today })]);
  });
});
