import { buildAnnualReport } from '@zsgk/gateway/src/reports/buildAnnualReport';
import type { LoggedVersion } from '@zsgk/gateway/src/reports/LoggedVersion';
import { contentHash } from '@zsgk/publication';
import { beijingDate, WorkingDayCalendar } from '@zsgk/working-days';
import { APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, resultInput, SAVE_RESULT, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

/**
 * Issue 13 items 4–6: the decision date (decidedOn) a change was submitted with is stored on the
 * version it publishes and so is part of its public, hashed content, where the annual report judges
 * timeliness by it. Versions stored before it was recorded keep their content (and hash) unchanged.
 */
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const CONTENT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { admissionsContent } } }`;
async function served(entry: { kind: string; recordId: string; version: number }): Promise<Record<string, unknown>> {
  const res = await harness.client.request(CONTENT, { reps: [{ __typename: 'PublicationLogEntry', kind: entry.kind, recordId: entry.recordId, version: entry.version }] });
  return JSON.parse(res.data!._entities[0].admissionsContent as string) as Record<string, unknown>;
}

const today = beijingDate();
/** Weekends only: enough to place a date well past the 20-working-day deadline. */
const weekends = new WorkingDayCalendar({});
function workingDaysBack(count: number): string {
  let date = today;
  for (let n = 0; n < count; ) {
    date = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    if (weekends.isWorkingDay(date)) n += 1;
  }
  return date;
}
const LATE = workingDaysBack(30);
const YESTERDAY = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function publishPolicy(documentNumber: string, decidedOn: string): Promise<void> {
  await harness.client.request(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, {
    input: { districtCode: DISTRICT, documentNumber, title: '关于随迁子女入学的通知', issuer: '教育局', categories: ['OTHER'], effectiveFrom: '2026-01-01', interpretation: '解读' },
  }, BUREAU);
  const submitted = await harness.client.request(`mutation($d: String) { publishPolicyDocument(id: "${DISTRICT}/${documentNumber}", decidedOn: $d) { id } }`, { d: decidedOn }, BUREAU);
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
  const approved = await harness.client.request(APPROVE_CHANGE, { id: submitted.data!.publishPolicyDocument.id }, SECOND_BUREAU);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
}

async function loggedVersions(): Promise<LoggedVersion[]> {
  const entries = await harness.logEntries();
  return Promise.all(entries.map(async (e): Promise<LoggedVersion> => ({
    index: e.index, kind: e.kind, recordId: e.recordId, version: e.version, event: e.event, contentHash: e.contentHash,
    at: new Date(e.at as string | Date).toISOString(), content: await served(e),
  })));
}

async function deadlineOf(date: string): Promise<{ dueOn: string; calendarCovered: boolean }> {
  const res = await harness.client.request(`{ publicationDeadline(from: "${date}", workingDays: 20) { dueOn calendarCovered } }`);
  return res.data!.publicationDeadline;
}

describe('decidedOn in published content', () => {
  it('when a policy document decided 30 working days ago is published, then its served content and PolicyDocumentVersion.decidedOn record it, and its log hash matches', async () => {
    await publishPolicy('兖教发〔2026〕31号', LATE);
    const [entry] = (await harness.logEntries()).filter((e) => e.kind === 'POLICY_DOCUMENT' && e.event === 'PUBLISHED');
    const content = await served(entry!);
    expect(content.decidedOn).toBe(LATE);
    expect(contentHash(content)).toBe(entry!.contentHash);
    const versions = (await harness.client.request(`{ policyDocumentVersions(id: "${DISTRICT}/兖教发〔2026〕31号") { recordId decidedOn } }`)).data!.policyDocumentVersions;
    expect(versions).toEqual([{ recordId: entry!.recordId, decidedOn: LATE }]);
  });

  it('when a school’s result decided yesterday is approved, then its content and AdmissionResult.decidedOn record it, and its log hash matches', async () => {
    const clerk = schoolUser(SCHOOL_A);
    const saved = await harness.client.request(SAVE_RESULT, { input: resultInput({ decidedOn: YESTERDAY }), submit: true }, clerk);
    if (saved.errors) throw new Error(JSON.stringify(saved.errors));
    const approved = await harness.client.request(APPROVE, { id: saved.data!.saveAdmissionResult.id }, BUREAU);
    if (approved.errors) throw new Error(JSON.stringify(approved.errors));
    const [entry] = (await harness.logEntries()).filter((e) => e.kind === 'ADMISSION_RESULT' && e.event === 'PUBLISHED');
    const content = await served(entry!);
    expect(content.decidedOn).toBe(YESTERDAY);
    expect(contentHash(content)).toBe(entry!.contentHash);
    const results = (await harness.client.request(`{ admissionResults(districtCode: "${DISTRICT}", year: 2026) { recordId decidedOn contentHash } }`)).data!.admissionResults;
    expect(results).toEqual([{ recordId: entry!.recordId, decidedOn: YESTERDAY, contentHash: entry!.contentHash }]);
  });

  it('when a version was stored without decidedOn (before it was recorded), then its content has no decidedOn key (GraphQL: null), hashes as logged, and the report counts it as without a date', async () => {
    await publishPolicy('兖教发〔2025〕9号', today);
    const [entry] = (await harness.logEntries()).filter((e) => e.recordId.includes('〔2025〕9号') && e.event === 'PUBLISHED');
    const withDate = await served(entry!);
    // An old version: the stored document has no decidedOn, and its log entry the hash of that content.
    await harness.database.connection.collection('policy_versions').updateOne({ _id: entry!.recordId as never }, { $unset: { decidedOn: '' } });
    const { decidedOn: _recorded, ...before } = withDate;
    const old = await served(entry!);
    expect(old).toEqual(before);
    expect('decidedOn' in old).toBe(false);
    const versions = (await harness.client.request(`{ policyDocumentVersions(id: "${DISTRICT}/兖教发〔2025〕9号") { decidedOn } }`)).data!.policyDocumentVersions;
    expect(versions).toEqual([{ decidedOn: null }]);
    await harness.database.connection.useDb(harness.ledgerDb, { useCache: true }).collection('log_entries').updateOne({ recordId: entry!.recordId, event: 'PUBLISHED' }, { $set: { contentHash: contentHash(before) } });
    expect(contentHash(old)).toBe((await harness.logEntries()).find((e) => e.recordId === entry!.recordId)!.contentHash);
  });

  it('when the annual report is built from the log and the served content, then the late one is late with its deadline, the on-time one on time, and the old one without a date', async () => {
    const entries = await loggedVersions();
    const year = Number(today.slice(0, 4));
    const deadlines = new Map([[LATE, await deadlineOf(LATE)], [YESTERDAY, await deadlineOf(YESTERDAY)]]);
    expect(deadlines.get(LATE)!.dueOn < today).toBe(true);
    const report = buildAnnualReport({
      districtCode: DISTRICT, year, asOf: new Date().toISOString(), entries, deadlines, workingDays: 20, schoolNames: new Map(),
      head: { treeSize: entries.length, rootHash: 'ab'.repeat(32), timestamp: new Date().toISOString(), signature: 'c2ln' },
      yearEnd: { treeSize: entries.length, rootHash: 'ab'.repeat(32), path: [] },
    });
    expect(report.timeliness.withDecisionDate).toBe(2);
    expect(report.timeliness.onTime).toBe(1);
    expect(report.timeliness.late).toEqual([expect.objectContaining({ kind: 'POLICY_DOCUMENT', decidedOn: LATE, dueOn: deadlines.get(LATE)!.dueOn, on: today })]);
    expect(report.timeliness.withoutDecisionDate).toEqual({ POLICY_DOCUMENT: 1 });
  });
});
