import { buildAnnualReport } from '@zsgk/gateway/src/reports/buildAnnualReport';
import type { LoggedVersion } from '@zsgk/gateway/src/reports/LoggedVersion';
import { contentHash, openPublicationLog } from '@zsgk/publication';
import { beijingDate } from '@zsgk/working-days';
import { approveOrThrow, BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

/**
 * Issue 13 items 4–6: a register change's decision date (decidedOn) is stored on each school version
 * it publishes and is part of its hashed content (schoolsContent, School.contentHash), where the
 * annual report judges timeliness by it. Decided Friday 2026-09-25, a change is due 2026-10-29
 * (overdueRegisterChanges.test.ts). A version stored before it was recorded serves the content it
 * was logged with.
 */
const DECIDED = '2026-09-25';
const DUE = '2026-10-29';
const today = beijingDate();
const YESTERDAY = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const ID = String(schoolRow(1).id);
const OTHER = String(schoolRow(2).id);
let harness: Awaited<ReturnType<typeof startSchoolsServer>>;

const ok = async (query: string, variables: Record<string, unknown>) => {
  const res = await harness.client.request(query, variables, BUREAU);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const UPDATE = `mutation($id: ID!, $d: String) { updateSchool(id: $id, patch: { enquiryPhone: "0537-3410000" }, decidedOn: $d) { change { id } } }`;
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PublicationLogEntry { schoolsContent } } }';
async function served(recordId: string, version: number): Promise<Record<string, unknown>> {
  const res = await harness.client.request(ENTITIES, { r: [{ __typename: 'PublicationLogEntry', kind: 'SCHOOL', recordId, version }] });
  return JSON.parse(res.data!._entities[0].schoolsContent as string) as Record<string, unknown>;
}
const log = () => openPublicationLog(harness.database.connection, harness.ledgerDb);
const ledger = () => harness.database.connection.useDb(harness.ledgerDb, { useCache: true }).collection('log_entries');

beforeAll(async () => {
  harness = await startSchoolsServer();
  const imported = await ok(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([schoolRow(1), schoolRow(2)]), decidedOn: DECIDED } });
  await approveOrThrow(harness.client, imported.change.id);
  await approveOrThrow(harness.client, (await ok(UPDATE, { id: ID, d: YESTERDAY })).change.id);
});
afterAll(() => harness.stop());

describe('decidedOn in a published school version', () => {
  it('when schools decided on 09-25 are imported and one is changed with a decision of yesterday, then each version’s content (and School.decidedOn) records its own decidedOn and hashes as logged', async () => {
    const [v1, superseded] = await log().entriesForRecord(`SCHOOL:${ID}@v1`);
    const [v2] = await log().entriesForRecord(`SCHOOL:${ID}@v2`);
    expect((await served(v1!.recordId, 1)).decidedOn).toBe(DECIDED);
    expect(await served(v2!.recordId, 2)).toMatchObject({ decidedOn: YESTERDAY, enquiryPhone: '0537-3410000' });
    expect(contentHash(await served(v2!.recordId, 2))).toBe(v2!.contentHash);
    // The replaced version is logged SUPERSEDED with its own content, decision date included.
    expect(superseded!.event).toBe('SUPERSEDED');
    expect(superseded!.contentHash).toBe(v1!.contentHash);
    expect(contentHash(await served(v1!.recordId, 1))).toBe(v1!.contentHash);
    const school = (await harness.client.request(`{ school(id: "${ID}") { recordId contentHash decidedOn } }`)).data!.school;
    expect(school).toEqual({ recordId: v2!.recordId, contentHash: v2!.contentHash, decidedOn: YESTERDAY });
  });

  it('when a version was stored without decidedOn (before it was recorded), then its content has no decidedOn key, so the hash logged for it then still verifies', async () => {
    const recordId = `SCHOOL:${OTHER}@v1`;
    const { decidedOn: _recorded, ...before } = await served(recordId, 1);
    await harness.database.connection.collection('school_versions').updateOne({ _id: recordId as never }, { $unset: { decidedOn: '' } });
    await ledger().updateOne({ recordId, event: 'PUBLISHED' }, { $set: { contentHash: contentHash(before) } });
    const content = await served(recordId, 1);
    expect('decidedOn' in content).toBe(false);
    const [entry] = await log().entriesForRecord(recordId);
    expect(contentHash(content)).toBe(entry!.contentHash);
  });

  it('when the annual report is built from the log and the served content, then the import decided 09-25 is late (due 10-29), yesterday’s change on time, the old version without a date', async () => {
    const published = await ledger().find({ event: 'PUBLISHED', kind: 'SCHOOL' }).sort({ index: 1 }).toArray();
    const entries: LoggedVersion[] = [];
    for (const e of published) {
      entries.push({ index: e.index, kind: e.kind, recordId: e.recordId, version: e.version, event: e.event, contentHash: e.contentHash, at: new Date(e.at).toISOString(), content: await served(e.recordId, e.version) });
    }
    const head = { treeSize: 100, rootHash: 'ab'.repeat(32), timestamp: new Date().toISOString(), signature: 'c2ln' };
    const report = buildAnnualReport({
      districtCode: '370812', year: Number(today.slice(0, 4)), asOf: new Date().toISOString(), head, entries, workingDays: 20, schoolNames: new Map(),
      yearEnd: { treeSize: 100, rootHash: head.rootHash, path: [] },
      deadlines: new Map([[DECIDED, { dueOn: DUE, calendarCovered: true }], [YESTERDAY, { dueOn: '2099-01-01', calendarCovered: true }]]),
    });
    expect(report.timeliness).toMatchObject({ withDecisionDate: 2, onTime: 1, withoutDecisionDate: { SCHOOL: 1 } });
    expect(report.timeliness.late).toEqual([expect.objectContaining({ kind: 'SCHOOL', decidedOn: DECIDED, dueOn: DUE, on: today })]);
  });
});
