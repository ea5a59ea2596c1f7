import { APPROVE_CHANGE, BUREAU, IMPORT_RESULTS, importApproved, resultRow, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const importRows = (rows: unknown[], identity: any = BUREAU) =>
  harness.client.request(IMPORT_RESULTS, { input: { districtCode: '370812', content: JSON.stringify(rows) } }, identity ?? undefined);
const importAndApprove = (rows: unknown[]) => importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', rows);
const RESULTS = `query($year: Int!) { admissionResults(districtCode: "370812", year: $year) {
  school { id } plannedSeats admitted fillRate status explanation { reasonCode text } } }`;
const countDocs = () => harness.database.connection.collection('admission_results').countDocuments();

describe('importAdmissionResults', () => {
  it('when admitted differs from planned without an explanation, then the row is refused naming the field, and nothing is stored or submitted', async () => {
    const res = await importRows([resultRow({ schoolId: '2137081002' }), resultRow({ admitted: 150 })]);
    expect(res.data!.importAdmissionResults).toMatchObject({ accepted: false, created: 0, review: null });
    expect(res.data!.importAdmissionResults.problems).toEqual([
      { row: 2, field: 'explanation', reason: '录取人数（150）与计划招生数（180）不一致，必须填写差异说明' },
    ]);
    expect(await countDocs()).toBe(0);
    expect(await harness.count('review_events')).toBe(0);
  });

  it('when rows carry absurd numbers or a primary cut-off, then each is named', async () => {
    const res = await importRows([
      resultRow({ admitted: -1 }),
      resultRow({ schoolId: '2137081003', applicants: 1e9 }),
      resultRow({ schoolId: '2137081004', cutoffScore: 600 }),
      resultRow({ schoolId: '2137081005', year: 1850 }),
      resultRow({ schoolId: '2137081006', plannedSeats: 1.5 }),
    ]);
    const fields = res.data!.importAdmissionResults.problems.map((p: any) => `${p.row}:${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(['1:admitted', '2:applicants', '3:cutoffScore', '4:year', '5:plannedSeats']));
  });

  it('when valid rows are imported, then nothing is public until another officer approves; a second import changes nothing, and a correction supersedes with a reason', async () => {
    const rows = [resultRow(), resultRow({ schoolId: '2137081007', admitted: 170, explanation: { reasonCode: 'UNDER_APPLIED', text: '适龄儿童减少' } })];
    const submitted = (await importRows(rows)).data!.importAdmissionResults;
    expect(submitted).toMatchObject({ accepted: true, created: 2, review: { status: 'SUBMITTED', submittedBy: 'reviewer-1', kind: 'ADMISSION_RESULT' } });
    expect((await harness.client.request(RESULTS, { year: 2025 })).data!.admissionResults).toEqual([]);
    expect((await importRows(rows)).data!.importAdmissionResults.review.id).toBe(submitted.review.id); // the same file again: the same change
    const approved = await harness.client.request(APPROVE_CHANGE, { id: submitted.review.id }, SECOND_BUREAU);
    expect(approved.data!.approveBureauChange).toMatchObject({ status: 'PUBLISHED', reviewedBy: 'reviewer-2' });
    expect(approved.data!.approveBureauChange.published.map((v: any) => v.version)).toEqual([1, 1]);
    expect((await importRows(rows)).data!.importAdmissionResults).toMatchObject({ accepted: true, created: 0, unchanged: 2, review: null });

    const changed = [resultRow({ plannedSeats: 225, admitted: 225 })];
    const refused = await importRows(changed);
    expect(refused.data!.importAdmissionResults.problems).toEqual([{ row: 1, field: 'correctionReason', reason: expect.any(String) }]);
    const corrected = await importAndApprove([{ ...changed[0], correctionReason: '计划数录入错误' }]);
    expect(corrected.report).toMatchObject({ accepted: true, created: 1 });
    expect(corrected.approved!.published).toEqual([expect.objectContaining({ recordId: 'ADMISSION_RESULT:2137081001:2025:PRIMARY:1@v2', version: 2 })]);

    const listed = (await harness.client.request(RESULTS, { year: 2025 })).data!.admissionResults;
    expect(listed.map((r: any) => [r.school.id, r.plannedSeats, r.status])).toEqual([
      ['2137081001', 225, 'PUBLISHED'],
      ['2137081007', 180, 'PUBLISHED'],
    ]);
    expect(listed[1].fillRate).toBeCloseTo(0.944, 3);
    expect(await countDocs()).toBe(3); // the superseded version is kept
  });

  it('when someone other than the district bureau imports, then it is refused', async () => {
    const anonymous = await importRows([resultRow()], null);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const school = await importRows([resultRow()], { role: 'SCHOOL', subject: 's', schoolId: '2137081001' });
    expect(school.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
