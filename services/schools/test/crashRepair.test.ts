import { openPublicationLog } from '@zsgk/publication';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { PUBLICATION_STEPS, type PublicationStep } from '../src/register/RegisterPorts';
import { createServer } from '../src/server';
import { APPROVE, BUREAU, REVIEWER, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
/** The step after which the next approval "crashes" (the fault hook throws there, once). */
let crashAfter: PublicationStep | null = null;

beforeAll(async () => {
  harness = await startSchoolsServer({
    catalogPollMs: 100,
    faults: (step) => {
      if (step !== crashAfter) return;
      crashAfter = null;
      throw new Error(`simulated crash after ${step}`);
    },
  });
  await harness.importApproved(PUBLICATION_STEPS.map((_, i) => schoolRow(i + 1)));
});
afterAll(() => harness.stop());

/** Starts another process on the same databases: its start-up repair finishes what the crash left. */
async function restart() {
  const server = await createServer({ connection: harness.database.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: harness.ledgerDb });
  await server.stop();
}

describe.each(PUBLICATION_STEPS.map((step, i) => [step, i + 1] as const))('a publication that crashes after %s', (step, n) => {
  it('when the service restarts, then one version is in force, versions are contiguous, the change is PUBLISHED, and log and audit hold each event once', async () => {
    const schoolId = String(3708120000 + n);
    const submitted = await harness.client.request('mutation($id: ID!) { updateSchool(id: $id, patch: { name: "修复后的名字" }) { change { id } } }', { id: schoolId }, BUREAU);
    const changeId = submitted.data!.updateSchool.change.id;
    crashAfter = step;
    const crashed = await harness.client.request(APPROVE, { id: changeId }, REVIEWER);
    expect(crashed.errors![0]!.extensions!.code).toBe('INTERNAL_SERVER_ERROR');

    await restart();

    const versions = await harness.database.connection.collection('school_versions').find({ schoolId }).sort({ version: 1 }).toArray();
    expect(versions.map((v) => [v.version, v.recordStatus])).toEqual([[1, 'SUPERSEDED'], [2, 'PUBLISHED']]);
    expect(versions[1]).toMatchObject({ _id: `SCHOOL:${schoolId}@v2`, name: '修复后的名字', reviewId: changeId, approvedBy: 'reviewer-1' });

    const change = await harness.client.request('query($id: ID!) { registerChange(id: $id) { status publishedRecords } }', { id: changeId }, REVIEWER);
    expect(change.data!.registerChange).toEqual({ status: 'PUBLISHED', publishedRecords: [`SCHOOL:${schoolId}@v2`] });

    const log = openPublicationLog(harness.database.connection, harness.ledgerDb);
    const events = [...(await log.entriesForRecord(`SCHOOL:${schoolId}@v1`)), ...(await log.entriesForRecord(`SCHOOL:${schoolId}@v2`))].map((e) => `${e.recordId} ${e.event}`);
    expect(events.sort()).toEqual([`SCHOOL:${schoolId}@v1 PUBLISHED`, `SCHOOL:${schoolId}@v1 SUPERSEDED`, `SCHOOL:${schoolId}@v2 PUBLISHED`]);

    const audit = await harness.database.connection.collection('register_audit').find({ reviewId: changeId }).toArray();
    expect(audit.map((e) => e.action).sort()).toEqual(['APPROVE', 'PUBLISH', 'SUBMIT_UPDATE']);

    // The first process sees the repaired register within its catalog poll interval.
    let read: any = null;
    for (const deadline = Date.now() + 3000; Date.now() < deadline && read?.version !== 2; await new Promise((r) => setTimeout(r, 50))) {
      read = (await harness.client.request('query($id: ID!) { school(id: $id) { name version } }', { id: schoolId })).data!.school;
    }
    expect(read).toEqual({ name: '修复后的名字', version: 2 });
  });
});
