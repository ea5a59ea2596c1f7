import { openDistrictSettings, openReviewQueue } from '@zsgk/publication';
import {
  APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RESULTS, importApproved, resultInput, resultRow, SAVE_RESULT, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const VERSIONS = `query($schoolId: ID!, $year: Int!) { admissionResultVersions(schoolId: $schoolId, year: $year, stage: PRIMARY) { id version status plannedSeats correctionReason } }`;
const versions = async (schoolId: string, year: number) => (await harness.client.request(VERSIONS, { schoolId, year })).data!.admissionResultVersions as any[];
const reviewers = (n: number) => Array.from({ length: n }, (_, i) => ({ role: 'BUREAU', subject: `reviewer-${10 + i}`, districtCode: DISTRICT }) as const);
const codes = (responses: { errors?: { extensions?: Record<string, any> }[] }[]) => responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();

/** One version in force per key, version numbers 1…n without gaps or repeats, each logged PUBLISHED exactly once. */
async function expectInvariants(schoolId: string, year: number, n: number) {
  const listed = await versions(schoolId, year);
  expect(listed.map((v) => v.version).sort()).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  expect(listed.filter((v) => v.status === 'PUBLISHED')).toHaveLength(1);
  expect(listed.find((v) => v.status === 'PUBLISHED').version).toBe(n);
  const published = (await harness.logEntries()).filter((e) => e.event === 'PUBLISHED' && e.recordId.startsWith(`ADMISSION_RESULT:${schoolId}:${year}:`));
  expect(published.map((e) => e.version).sort()).toEqual(Array.from({ length: n }, (_, i) => i + 1));
}

describe('concurrent approvals and corrections', () => {
  it('when six officers approve one bureau change at once, then exactly one succeeds, the others get CONFLICT, and one version is in force', async () => {
    const submitted = await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([resultRow({ schoolId: '2137081002' })]) } }, BUREAU);
    const id = submitted.data!.importAdmissionResults.review.id;
    const responses = await Promise.all(reviewers(6).map((r) => harness.client.request(APPROVE_CHANGE, { id }, r)));
    expect(codes(responses)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    await expectInvariants('2137081002', 2025, 1);
  });

  it('when four reviewers approve one school submission at once, then one PUBLISHED version 1 results and the others get CONFLICT', async () => {
    const saved = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId: '2137081003' }), submit: true }, schoolUser('2137081003'));
    const id = saved.data!.saveAdmissionResult.id;
    const responses = await Promise.all(reviewers(4).map((r) => harness.client.request(APPROVE, { id }, r)));
    expect(codes(responses)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    await expectInvariants('2137081003', 2026, 1);
    expect(await harness.count('admission_results', { schoolId: '2137081003' })).toBe(1);
  });

  it('when five corrections of a version 3 are approved at once, then one becomes version 4 and the other four get CONFLICT', async () => {
    const school = '2137081004';
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId: school })]);
    for (const planned of [181, 182]) {
      await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId: school, plannedSeats: planned, admitted: planned, correctionReason: `计划数更正为 ${planned}` })]);
    }
    const ids: string[] = [];
    for (const planned of [190, 191, 192, 193, 194]) {
      const row = resultRow({ schoolId: school, plannedSeats: planned, admitted: planned, correctionReason: `计划数更正为 ${planned}` });
      ids.push((await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([row]) } }, BUREAU)).data!.importAdmissionResults.review.id);
    }
    const responses = await Promise.all(ids.map((id) => harness.client.request(APPROVE_CHANGE, { id }, SECOND_BUREAU)));
    expect(codes(responses)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    await expectInvariants(school, 2025, 4);
    const winner = responses.findIndex((r) => !r.errors);
    expect((await versions(school, 2025))[0]).toMatchObject({ version: 4, plannedSeats: 190 + winner, correctionReason: `计划数更正为 ${190 + winner}` });
  });
});

describe('batches racing on a shared record', () => {
  it('when two imports sharing one school are approved at once, then one publishes all its rows and nothing of the other stays in force', async () => {
    const submit = async (schools: string[]) =>
      (await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify(schools.map((schoolId) => resultRow({ schoolId, year: 2024 }))) } }, BUREAU))
        .data!.importAdmissionResults.review.id;
    const ids = [await submit(['2137081005', '2137081006']), await submit(['2137081006', '2137081007'])];
    const responses = await Promise.all(ids.map((id) => harness.client.request(APPROVE_CHANGE, { id }, SECOND_BUREAU)));
    expect(codes(responses)).toEqual(['CONFLICT', 'OK']);
    const winner = responses.findIndex((r) => !r.errors);
    const inForce = async (schoolId: string) => (await versions(schoolId, 2024)).length;
    expect([await inForce('2137081005'), await inForce('2137081006'), await inForce('2137081007')]).toEqual(winner === 0 ? [1, 1, 0] : [0, 1, 1]);
    await expectInvariants('2137081006', 2024, 1);
    // The loser was approved but beaten: RETURNED with the reason, so the startup repair no longer refuses it.
    const reviews = openReviewQueue(harness.database.connection);
    expect(await reviews.get(ids[1 - winner]!)).toMatchObject({ status: 'RETURNED', returnReason: expect.stringContaining('另一次发布写入') });
    expect(await reviews.get(ids[winner]!)).toMatchObject({ status: 'PUBLISHED' });
    await harness.restart();
    expect(harness.repair).toEqual({ finished: [], failed: [] });
    await expectInvariants('2137081006', 2024, 1);
  });
});

describe('approver and submitter', () => {
  it('when the submitter approves their own bureau change, then it is refused; once the district publishes its single-officer setting, it is allowed', async () => {
    const single = { role: 'BUREAU', subject: 'sole-officer', districtCode: '370883' } as const;
    harness.register!['2137088301'] = { districtCode: '370883', stages: ['PRIMARY'] };
    const submit = async (planned: number) =>
      (await harness.client.request(IMPORT_RESULTS, { input: { districtCode: '370883', content: JSON.stringify([resultRow({ schoolId: '2137088301', plannedSeats: planned, admitted: planned })]) } }, single))
        .data!.importAdmissionResults.review.id;
    const own = await harness.client.request(APPROVE_CHANGE, { id: await submit(180) }, single);
    expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(own.errors![0]!.message).toContain('sole-officer');

    await openDistrictSettings(harness.database.connection, harness.ledgerDb).publish({ districtCode: '370883', singleOfficerAllowed: true, reason: '本区仅一名招生工作人员', actor: 'sole-officer' });
    const allowed = await harness.client.request(APPROVE_CHANGE, { id: (await harness.client.request(`{ bureauChanges(districtCode: "370883", status: SUBMITTED) { id } }`, {}, single)).data!.bureauChanges[0].id }, single);
    expect(allowed.data!.approveBureauChange).toMatchObject({ status: 'PUBLISHED', submittedBy: 'sole-officer', reviewedBy: 'sole-officer' });
  });

  it('when a school submission is approved by its submitter acting as a bureau user, then it is refused', async () => {
    const saved = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId: SCHOOL_A, stage: 'JUNIOR' }), submit: true }, schoolUser(SCHOOL_A, 'li.ming'));
    const own = await harness.client.request(APPROVE, { id: saved.data!.saveAdmissionResult.id }, { role: 'BUREAU', subject: 'li.ming', districtCode: DISTRICT });
    expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
  });
});
