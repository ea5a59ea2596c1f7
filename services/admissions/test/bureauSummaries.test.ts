import { APPROVE, BUREAU, DISTRICT, IMPORT_RESULTS, IMPORT_RULES, importApproved, OTHER_BUREAU, resultInput, resultRow, SAVE_RESULT, SCHOOL_A, SCHOOL_B, schoolUser, startAdmissionsServer } from './admissionsServer';
import { startSchoolRegisterStub } from './schoolRegisterStub';

const SCHOOL_C = '2137081003';
const SCHOOL_D = '2137081004';
let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;

const rules = {
  year: 2025, stage: 'PRIMARY', title: '2025年小学招生工作方案', admissionMethod: '就近免试入学', interpretation: '政策解读：就近免试入学', eligibility: ['户籍+房产'], papers: ['户口簿'],
  consultationPhone: '0537-3412345', supervisionPhone: '0537-3412346', petitionAddress: '兖州区教育局信访室',
  // The round closes on Friday 2025-09-19; 20 working days on, across National Day, is 2025-10-23.
  timetable: [{ phase: '网上报名', startsOn: '2025-06-20', endsOn: '2025-06-26' }, { phase: '补录', startsOn: '2025-09-15', endsOn: '2025-09-19' }],
};
const SUMMARY = `query($asOf: String, $groupBy: AdmissionsGroupBy) { admissionsSummary(districtCode: "${DISTRICT}", year: 2025, stage: PRIMARY, asOf: $asOf, groupBy: $groupBy) {
  asOf rosterSource totals { schools plannedSeats applicants admitted fillRate } groups { key totals { schools admitted } }
  oversubscribed { count schools { school { id } } } undersubscribed { count schools { school { id } explanationReason } }
  explainedDiscrepancies unexplainedDiscrepancies { count }
  schoolsWithoutSubmission { count schools { id } } awaitingReview { school { id } status }
  overdue { school { id } reason dueOn workingDaysOverdue calendarCovered } disclosureChecklist { id } } }`;

beforeAll(async () => {
  register = await startSchoolRegisterStub(Object.fromEntries([SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_D].map((id) => [id, { districtCode: DISTRICT, stages: ['PRIMARY'] }])));
  harness = await startAdmissionsServer({ schoolsUrl: register.url });
  const c = harness.client;
  await importApproved(c, IMPORT_RULES, 'importEnrolmentRules', [rules]);
  const results = [
    resultRow({ schoolId: SCHOOL_A, plannedSeats: 180, applicants: 240, admitted: 180 }),
    resultRow({ schoolId: SCHOOL_B, plannedSeats: 200, applicants: 150, admitted: 150, explanation: { reasonCode: 'UNDER_APPLIED', text: '适龄儿童减少' } }),
  ];
  await importApproved(c, IMPORT_RESULTS, 'importAdmissionResults', results);
  const pending = await c.request(SAVE_RESULT, { input: resultInput({ schoolId: SCHOOL_C, year: 2025 }), submit: true }, schoolUser(SCHOOL_C));
  expect(pending.data!.saveAdmissionResult.status).toBe('SUBMITTED');
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

describe('admissionsSummary', () => {
  it('when the district bureau asks the day after the deadline, then it gets totals, gaps, what waits for review and what is overdue', async () => {
    const res = await harness.client.request(SUMMARY, { asOf: '2025-10-24', groupBy: 'DISCREPANCY_REASON' }, BUREAU);
    expect(res.errors).toBeUndefined();
    const s = res.data!.admissionsSummary;
    expect(s).toMatchObject({
      asOf: '2025-10-24',
      rosterSource: 'SCHOOLS_SERVICE',
      totals: { schools: 2, plannedSeats: 380, applicants: 390, admitted: 330, fillRate: 0.868 },
      groups: [{ key: 'NONE', totals: { schools: 1, admitted: 180 } }, { key: 'UNDER_APPLIED', totals: { schools: 1, admitted: 150 } }],
      oversubscribed: { count: 1, schools: [{ school: { id: SCHOOL_A } }] },
      undersubscribed: { count: 1, schools: [{ school: { id: SCHOOL_B }, explanationReason: "UNDER_APPLIED" }] },
      explainedDiscrepancies: 1,
      unexplainedDiscrepancies: { count: 0 },
      schoolsWithoutSubmission: { count: 1, schools: [{ id: SCHOOL_D }] },
      awaitingReview: [{ school: { id: SCHOOL_C }, status: 'SUBMITTED' }],
      disclosureChecklist: [SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_D].map((id) => ({ id })),
    });
    expect(s.overdue).toEqual([SCHOOL_C, SCHOOL_D].map((id) => ({ school: { id }, reason: 'ROUND_CLOSED', dueOn: '2025-10-23', workingDaysOverdue: 1, calendarCovered: true })));
  });

  it('when asked on the due date itself, then nothing is overdue yet', async () => {
    const res = await harness.client.request(SUMMARY, { asOf: '2025-10-23' }, BUREAU);
    expect(res.data!.admissionsSummary.overdue).toEqual([]);
  });

  it('when anyone but the district bureau asks, then it is refused', async () => {
    expect((await harness.client.request(SUMMARY, {})).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await harness.client.request(SUMMARY, {}, OTHER_BUREAU)).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'districtCode' });
    expect((await harness.client.request(SUMMARY, {}, schoolUser(SCHOOL_A))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('transfers, school rules, timetable and the disclosure checklist', () => {
  it('when a school reports a term’s transfers and the bureau approves, then the public sees them and transfersSummary counts them', async () => {
    const saved = await harness.client.request(
      `mutation($input: TransferReportInput!) { saveTransferReport(input: $input, submit: true) { id status } }`,
      { input: { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2025, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }], transfersOut: [{ reason: 'PARENT_JOB', count: 2 }] } },
      schoolUser(SCHOOL_A),
    );
    await harness.client.request(APPROVE, { id: saved.data!.saveTransferReport.id }, BUREAU);
    const summary = await harness.client.request(`{ transfersSummary(districtCode: "${DISTRICT}", year: 2025, term: AUTUMN) {
      transfersIn transfersOut byReason { reason transfersIn transfersOut } schoolsReported schoolsWithoutReport { count } } }`, {}, BUREAU);
    expect(summary.data!.transfersSummary).toEqual({
      transfersIn: 3, transfersOut: 2, schoolsReported: 1, schoolsWithoutReport: { count: 3 },
      byReason: [{ reason: 'FAMILY_MOVE', transfersIn: 3, transfersOut: 0 }, { reason: 'PARENT_JOB', transfersIn: 0, transfersOut: 2 }],
    });
    const pub = await harness.client.request(`{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { transfers { term transfersIn { reason count } status } } } }`);
    expect(pub.data!._entities[0].transfers).toEqual([{ term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }], status: 'PUBLISHED' }]);
  });

  it('when a school adds school-level rules and they are approved, then they are published beside the district rules', async () => {
    const saved = await harness.client.request(`mutation($input: SchoolRulesInput!) { saveSchoolRules(input: $input, submit: true) { id } }`,
      { input: { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2025, stage: 'PRIMARY', papers: ['预防接种证'], rules: ['双胞胎可同校就读'] } }, schoolUser(SCHOOL_A));
    await harness.client.request(APPROVE, { id: saved.data!.saveSchoolRules.id }, BUREAU);
    const pub = await harness.client.request(`{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) { ... on School { schoolRules { rules papers version } } } }`);
    expect(pub.data!._entities[0].schoolRules).toEqual([{ rules: ['双胞胎可同校就读'], papers: ['预防接种证'], version: 1 }]);
  });

  it('when a parent asks what happens next on a date, then the running and the next phase are named', async () => {
    const res = await harness.client.request(`{ enrolmentTimetable(districtCode: "${DISTRICT}", year: 2025, stage: PRIMARY, on: "2025-07-01") {
      current { phase } next { phase startsOn } daysUntilNext finished } }`);
    expect(res.data!.enrolmentTimetable).toEqual({ current: [], next: { phase: '补录', startsOn: '2025-09-15' }, daysUntilNext: 76, finished: false });
  });

  it('when the checklist is read for a school, then the admissions-owned items say what is published and what is missing', async () => {
    const res = await harness.client.request(`{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}", districtCode: "${DISTRICT}" }]) {
      ... on School { admissionsDisclosure(year: 2025, stage: PRIMARY) { year missing items { item present source } } } } }`);
    const disclosure = res.data!._entities[0].admissionsDisclosure;
    expect(disclosure.missing).toEqual(['MIGRANT_RULES']);
    expect(disclosure.items).toEqual(expect.arrayContaining([{ item: 'TIMETABLE', present: true, source: 'admissions' }, { item: 'TRANSFERS', present: true, source: 'admissions' }]));
  });

  it('when a deadline is counted from the day the round closed, then the National Day holiday is skipped and the make-up Saturday counts', async () => {
    const res = await harness.client.request(`{ publicationDeadline(from: "2025-09-19") { dueOn calendarCovered } }`);
    expect(res.data!.publicationDeadline).toEqual({ dueOn: '2025-10-23', calendarCovered: true });
  });
});
