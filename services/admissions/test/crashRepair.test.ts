import type { PublicationStep } from '../src/publication/Publisher';
import { APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RESULTS, importApproved, resultInput, resultRow, SAVE_RESULT, schoolUser, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

const STEPS: PublicationStep[] = ['approved', 'inserted', 'superseded', 'logged', 'published'];
let armed: PublicationStep | null = null;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
/** Test-only fault hook: the first publication step equal to `armed` throws, as if the process died there. */
const faults = (step: PublicationStep) => {
  if (step !== armed) return;
  armed = null;
  throw new Error(`injected crash after ${step}`);
};

beforeAll(async () => {
  harness = await startAdmissionsServer({ faults });
});
afterAll(() => harness.stop());

const SUBMISSION = `query($id: ID!) { submission(id: $id) { status publishedRecordId history { action } } }`;
const CHANGES = `{ bureauChanges(districtCode: "${DISTRICT}") { id status published { recordId version } } }`;

/** After the restart's repair: one version in force, versions 1…2 contiguous, each event logged once, the audit complete. */
async function expectRepaired(schoolId: string, year: number, source: string) {
  const docs = await harness.database.connection.collection('admission_results').find({ schoolId, year }).sort({ version: 1 }).toArray();
  expect(docs.map((d) => [d.version, d.status])).toEqual([[1, 'SUPERSEDED'], [2, 'PUBLISHED']]);
  const events = (await harness.logEntries()).filter((e) => e.recordId.startsWith(`ADMISSION_RESULT:${schoolId}:${year}:`)).map((e) => `${e.version}:${e.event}`);
  expect(events.sort()).toEqual(['1:CORRECTED', '1:PUBLISHED', '2:PUBLISHED']);
  const audit = await harness.database.connection.collection('audit_events').find({ $or: [{ entityId: source }, { summary: { $regex: source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') } }] }).toArray();
  expect(audit.filter((a) => a.action === 'APPROVE')).toHaveLength(1);
  expect(audit.filter((a) => a.action === 'PUBLISH')).toHaveLength(1);
}

describe('a crash after each step of a publication is finished by the startup repair', () => {
  it.each(STEPS)('when a bureau change’s publication dies after %s, then the restart publishes it exactly once', async (step) => {
    const schoolId = `213708100${STEPS.indexOf(step) + 1}`;
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId })]);
    const correction = resultRow({ schoolId, plannedSeats: 200, admitted: 200, correctionReason: '计划数更正' });
    const id = (await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([correction]) } }, BUREAU)).data!.importAdmissionResults.review.id;
    armed = step;
    const crashed = await harness.client.request(APPROVE_CHANGE, { id }, SECOND_BUREAU);
    expect(armed).toBeNull(); // the fault fired
    if (step !== 'published') expect(crashed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    await harness.restart(faults);
    expect(harness.repair.failed).toEqual([]);
    const item = (await harness.client.request(CHANGES, {}, BUREAU)).data!.bureauChanges.find((c: any) => c.id === id);
    expect(item).toMatchObject({ status: 'PUBLISHED', published: [{ recordId: `ADMISSION_RESULT:${schoolId}:2025:PRIMARY:1@v2`, version: 2 }] });
    await expectRepaired(schoolId, 2025, id);
  });

  it.each(STEPS)('when a school submission’s publication dies after %s, then the restart publishes it exactly once', async (step) => {
    const schoolId = `213708100${STEPS.indexOf(step) + 1}`;
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId, year: 2026 })]);
    const saved = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId, plannedSeats: 240, admitted: 240, correctionReason: '学校更正' }), submit: true }, schoolUser(schoolId));
    const id = saved.data!.saveAdmissionResult.id;
    armed = step;
    await harness.client.request(APPROVE, { id }, SECOND_BUREAU);
    expect(armed).toBeNull();

    await harness.restart(faults);
    expect(harness.repair.failed).toEqual([]);
    const submission = (await harness.client.request(SUBMISSION, { id }, BUREAU)).data!.submission;
    expect(submission).toMatchObject({ status: 'PUBLISHED', publishedRecordId: `ADMISSION_RESULT:${schoolId}:2026:PRIMARY:1@v2` });
    await expectRepaired(schoolId, 2026, id);
  });

  it('when a submission transition record was written but the submission document not brought up to date, then the next read applies it and a later change must follow it', async () => {
    const saved = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId: '2137081009', year: 2025 }), submit: true }, schoolUser('2137081009'));
    const id = saved.data!.saveAdmissionResult.id;
    const doc = await harness.database.connection.collection('submissions').findOne({ _id: id as never });
    const seq = (doc!.seq as number) + 1;
    // As if the process died between the two writes of a return.
    await harness.database.connection.collection('submission_transitions').insertOne({
      _id: `${id}#${seq}` as never, submissionId: id, seq, from: 'SUBMITTED', set: { status: 'RETURNED', reviewedBy: 'reviewer-2', reviewedAt: new Date(), returnReason: '请补充说明' }, at: new Date(),
    });
    const read = (await harness.client.request(`query($id: ID!) { submission(id: $id) { status returnReason } }`, { id }, BUREAU)).data!.submission;
    expect(read).toEqual({ status: 'RETURNED', returnReason: '请补充说明' });
    expect(await harness.count('submissions', { _id: id, seq, status: 'RETURNED' })).toBe(1);
    expect((await harness.client.request(APPROVE, { id }, SECOND_BUREAU)).errors![0]!.extensions!.code).toBe('CONFLICT');
  });
});
