import { beijingDate } from '@zsgk/working-days';
import {
  APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RULES, OTHER_BUREAU, resultInput, SAVE_RESULT, SCHOOL_A, SCHOOL_B, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

// Every admissions kind decided on Friday 2026-09-25 (decidedOn given on the submitting mutation):
// 20 working days skip the Mid-Autumn / National Day holiday 2026 (9/25–27, 10/1–7 off) and count the
// make-up Saturday 10/10, so each is due 2026-10-29 (weekends only it would be 10-23).
const DECIDED = '2026-09-25';
const DUE = '2026-10-29';
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;

const ok = async (query: string, variables: Record<string, unknown>, identity?: object) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const CLOCK = `query($d: String!, $asOf: String) { overdueAdmissionsChanges(districtCode: $d, asOf: $asOf) { asOf workingDays
  overdue { kind label changeId reviewStatus school { id } state decidedOn dueOn publishedOn workingDaysOverdue calendarCovered missingCalendarYears }
  publishedLate { kind state decidedOn dueOn publishedOn } } }`;
const clock = (asOf?: string) => ok(CLOCK, { d: DISTRICT, asOf }, BUREAU);
const PUBLISH_LIST = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { id decidedOn } }`;
const list = (overrides: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, schoolId: SCHOOL_A, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '录取名单', entries: [{ name: '张三明' }], decidedOn: DECIDED, ...overrides,
});

beforeAll(async () => {
  harness = await startAdmissionsServer();
  const c = harness.client;
  // Enrolment rules: decided 9/25, published (approved) today, after the deadline.
  const rules = { year: 2026, stage: 'JUNIOR', title: '2026年初中招生方案', admissionMethod: '就近免试入学', interpretation: '解读' };
  const imported = await ok(IMPORT_RULES, { input: { districtCode: DISTRICT, content: JSON.stringify([rules]), decidedOn: DECIDED } }, BUREAU);
  await ok(APPROVE_CHANGE, { id: imported.review.id }, SECOND_BUREAU);
  // A named list, waiting for review.
  await ok(PUBLISH_LIST, { input: list() }, BUREAU);
  // A policy document published (late) and then repealed on 9/28, the repeal waiting.
  const policy = { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕9号', title: '随迁子女入学办法', issuer: '教育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '解读' };
  const id = (await ok(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, { input: policy }, BUREAU)).id;
  await ok(APPROVE_CHANGE, { id: (await ok(`mutation($id: ID!, $d: String) { publishPolicyDocument(id: $id, decidedOn: $d) { id } }`, { id, d: DECIDED }, BUREAU)).id }, SECOND_BUREAU);
  await ok(`mutation($id: ID!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: "2030-12-31", reason: "废止", decidedOn: "2026-09-28") { id } }`, { id }, BUREAU);
  // A consultation opened on a decision of 9/25, waiting.
  await ok(`mutation($input: ConsultationInput!) { openConsultation(input: $input) { id } }`, { input: {
    districtCode: DISTRICT, subjectKind: 'OTHER', title: '学区调整征求意见稿', draftText: '调整……', basis: '义务教育法', howToComment: '信函', opensOn: beijingDate(), decidedOn: DECIDED,
  } }, BUREAU);
  // Schools: admission figures and an enrolment plan decided 9/25, submitted, not approved.
  await ok(SAVE_RESULT, { input: resultInput({ schoolId: SCHOOL_B, decidedOn: DECIDED }), submit: true }, schoolUser(SCHOOL_B));
  const plan = { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2027, stage: 'JUNIOR', plannedSeats: 180, decidedOn: DECIDED };
  await ok(`mutation($input: EnrolmentPlanInput!) { saveEnrolmentPlan(input: $input, submit: true) { id } }`, { input: plan }, schoolUser(SCHOOL_A));
  // Decided today: on time, never listed.
  await ok(PUBLISH_LIST, { input: list({ schoolId: SCHOOL_B, decidedOn: null }) }, BUREAU);
});
afterAll(() => harness.stop());

describe('the publication clock of every admissions kind', () => {
  it('when the bureau asks on 2026-11-02, then each kind decided on 2026-09-25 is due 10-29 across National Day and 2 working days overdue', async () => {
    const c = await clock('2026-11-02');
    expect(c).toMatchObject({ asOf: '2026-11-02', workingDays: 20 });
    const rows = c.overdue.map((o: any) => [o.kind, o.decidedOn, o.dueOn, o.workingDaysOverdue, o.state, o.calendarCovered]).sort();
    expect(rows).toEqual([
      ['ADMISSION_RESULT', DECIDED, DUE, 2, 'OVERDUE', true],
      ['CONSULTATION', DECIDED, DUE, 2, 'OVERDUE', true],
      ['ENROLMENT_PLAN', DECIDED, DUE, 2, 'OVERDUE', true],
      // Published today, after 11-02: on 11-02 it was still unpublished.
      ['ENROLMENT_RULES', DECIDED, DUE, 2, 'OVERDUE', true],
      ['NAMED_LIST', DECIDED, DUE, 2, 'OVERDUE', true],
      ['POLICY_DOCUMENT', DECIDED, DUE, 2, 'OVERDUE', true],
      // The repeal, decided Monday 9/28, is due a working day later.
      ['POLICY_DOCUMENT', '2026-09-28', '2026-10-30', 1, 'OVERDUE', true],
    ]);
    expect(c.overdue.find((o: any) => o.kind === 'ADMISSION_RESULT')).toMatchObject({ school: { id: SCHOOL_B }, reviewStatus: 'SUBMITTED' });
    expect(c.overdue.find((o: any) => o.kind === 'NAMED_LIST').label).toMatch(/录取名单/);
  });

  it('when the bureau asks today, then what was approved after its deadline is listed as published late and no longer as overdue', async () => {
    const c = await clock();
    const today = beijingDate();
    expect(c.publishedLate.map((o: any) => [o.kind, o.decidedOn, o.dueOn, o.publishedOn]).sort()).toEqual([
      ['ENROLMENT_RULES', DECIDED, DUE, today], ['POLICY_DOCUMENT', DECIDED, DUE, today],
    ]);
    expect(c.overdue.map((o: any) => o.kind).sort()).toEqual(['ADMISSION_RESULT', 'CONSULTATION', 'ENROLMENT_PLAN', 'NAMED_LIST', 'POLICY_DOCUMENT']);
    // The summary carries the same overdue decisions.
    const summary = await ok(`{ admissionsSummary(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY) { overdueChanges { kind dueOn } } }`, {}, BUREAU);
    expect(summary.overdueChanges.map((o: any) => o.kind).sort()).toEqual(['ADMISSION_RESULT', 'CONSULTATION', 'ENROLMENT_PLAN', 'NAMED_LIST', 'POLICY_DOCUMENT']);
  });

  it('when the days overdue run into 2027 (not on the calendar), then every item is flagged uncovered and names 2027', async () => {
    const c = await clock('2027-01-04');
    expect(c.overdue.length).toBeGreaterThan(0);
    expect(new Set(c.overdue.map((o: any) => JSON.stringify([o.calendarCovered, o.missingCalendarYears])))).toEqual(new Set([JSON.stringify([false, [2027]])]));
  });

  it('when decidedOn is in the future or not a date, then the submission is refused in Chinese naming the field, and nothing is submitted', async () => {
    const future = await harness.client.request(PUBLISH_LIST, { input: list({ title: '将来的名单', decidedOn: '2099-01-01' }) }, BUREAU as never);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedOn' });
    expect(future.errors![0]!.message).toMatch(/决定日期（input\.decidedOn）2099-01-01 晚于今天/);
    const notADate = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId: SCHOOL_A, decidedOn: '2026-02-30' }), submit: true }, schoolUser(SCHOOL_A) as never);
    expect(notADate.errors![0]!.message).toMatch(/决定日期（input\.decidedOn）"2026-02-30" 不是有效日期/);
    const listed = await ok(`query($d: String!) { bureauChanges(districtCode: $d) { summary } }`, { d: DISTRICT }, BUREAU);
    expect(listed.map((c: any) => c.summary).join()).not.toMatch(/将来的名单/);
  });

  it('when anyone but the district bureau asks, then it is refused', async () => {
    expect((await harness.client.request(CLOCK, { d: DISTRICT })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await harness.client.request(CLOCK, { d: DISTRICT }, OTHER_BUREAU as never)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
