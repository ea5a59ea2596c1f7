import {
  APPROVE, BUREAU, DISTRICT, OTHER_BUREAU, RETURN, resultInput, SAVE_RESULT, SCHOOL_A, SCHOOL_B, schoolUser, startAdmissionsServer, SUBMIT,
} from './admissionsServer';
import { startSchoolRegisterStub } from './schoolRegisterStub';

let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  register = await startSchoolRegisterStub({
    [SCHOOL_A]: { districtCode: DISTRICT, stages: ['PRIMARY'] },
    [SCHOOL_B]: { districtCode: DISTRICT, stages: ['PRIMARY'] },
    '2137081199': { districtCode: '370811', stages: ['PRIMARY'] },
  });
  harness = await startAdmissionsServer({ schoolsUrl: register.url });
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

const A = schoolUser(SCHOOL_A);
const save = (input: Record<string, unknown>, identity: any = A, submit = true) => harness.client.request(SAVE_RESULT, { input, submit }, identity);
const errorOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });
const VERSIONS = `query($schoolId: ID!) { admissionResultVersions(schoolId: $schoolId, year: 2026, stage: PRIMARY) { id plannedSeats status version correctionReason } }`;

describe('who may submit and review', () => {
  it('when school A submits figures for school B, then it is refused naming schoolId, and nothing is stored', async () => {
    const res = await save(resultInput({ schoolId: SCHOOL_B }));
    expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', field: 'input.schoolId' });
    expect(await harness.count('submissions', { schoolId: SCHOOL_B })).toBe(0);
  });

  it('when a school claims a district the school register does not give it, then it is refused naming districtCode', async () => {
    const res = await save(resultInput({ schoolId: '2137081199' }), schoolUser('2137081199'));
    expect(errorOf(res)).toEqual({ code: 'FORBIDDEN', field: 'input.districtCode' });
    expect(res.errors![0]!.message).toContain('belongs to district 370811');
  });

  it('when a bureau of another district approves, or the submitter approves their own, then it is refused; the district bureau may', async () => {
    const submitted = (await save(resultInput({ stage: 'JUNIOR' }), schoolUser(SCHOOL_A, 'li.ming'))).data!.saveAdmissionResult;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', districtCode: DISTRICT, districtVerifiedBy: 'SCHOOLS_SERVICE', submittedBy: 'li.ming' });

    expect(errorOf(await harness.client.request(APPROVE, { id: submitted.id }, OTHER_BUREAU))).toEqual({ code: 'FORBIDDEN', field: 'id' });
    const own = await harness.client.request(APPROVE, { id: submitted.id }, { role: 'BUREAU', subject: 'li.ming', districtCode: DISTRICT });
    expect(errorOf(own)).toEqual({ code: 'FORBIDDEN', field: 'id' });
    expect(own.errors![0]!.message).toContain('own submission');
    expect(errorOf(await harness.client.request(APPROVE, { id: submitted.id }, A))).toEqual({ code: 'FORBIDDEN', field: 'id' });

    const approved = await harness.client.request(APPROVE, { id: submitted.id }, BUREAU);
    expect(approved.data!.approveSubmission).toMatchObject({ status: 'PUBLISHED', reviewedBy: 'reviewer-1', publishedRecordId: expect.any(String) });
  });
});

describe('the review cycle', () => {
  it('when the bureau returns a submission with a reason, then the school corrects and resubmits, and approval publishes it with every step in the history', async () => {
    const first = (await save(resultInput({ admitted: 170, explanation: { reasonCode: 'OTHER', text: '待核实' } }))).data!.saveAdmissionResult;
    const returned = (await harness.client.request(RETURN, { id: first.id, reason: '请说明具体原因' }, BUREAU)).data!.returnSubmission;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '请说明具体原因' });
    expect(errorOf(await harness.client.request(APPROVE, { id: first.id }, BUREAU))).toEqual({ code: 'CONFLICT', field: 'id' });

    const again = (await save(resultInput({ admitted: 170, explanation: { reasonCode: 'UNDER_APPLIED', text: '10名儿童随父母迁出' } }))).data!.saveAdmissionResult;
    expect(again).toMatchObject({ id: first.id, status: 'SUBMITTED' });
    await harness.client.request(APPROVE, { id: first.id }, BUREAU);

    const pub = await harness.client.request(`{ _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}" }]) {
      ... on School { admissions(year: 2026, stage: PRIMARY) { admitted explanation { reasonCode text } status } } } }`);
    expect(pub.data!._entities[0].admissions).toEqual([{ admitted: 170, explanation: { reasonCode: 'UNDER_APPLIED', text: '10名儿童随父母迁出' }, status: 'PUBLISHED' }]);

    const history = await harness.client.request(`query($id: ID) { history(districtCode: "${DISTRICT}", entityId: $id) { action actor role at } }`, { id: first.id }, BUREAU);
    expect(history.data!.history.map((e: any) => `${e.action}:${e.actor}`).reverse()).toEqual([
      `SAVE_DRAFT:clerk-${SCHOOL_A}`, `SUBMIT:clerk-${SCHOOL_A}`, 'RETURN:reviewer-1', `SAVE_DRAFT:clerk-${SCHOOL_A}`, `SUBMIT:clerk-${SCHOOL_A}`, 'APPROVE:reviewer-1', 'PUBLISH:reviewer-1',
    ]);
    const publicHistory = await harness.client.request(`{ history(districtCode: "${DISTRICT}") { action } }`);
    expect(errorOf(publicHistory).code).toBe('UNAUTHENTICATED');
  });

  it('when published figures are corrected, then a reason is required, and both versions stay visible with the old SUPERSEDED', async () => {
    const refused = await save(resultInput({ admitted: 175, explanation: { reasonCode: 'UNDER_APPLIED', text: '5名儿童迁出' } }));
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.correctionReason' });

    const corrected = await save(resultInput({ admitted: 175, explanation: { reasonCode: 'UNDER_APPLIED', text: '5名儿童迁出' }, correctionReason: '录取人数统计有误' }));
    await harness.client.request(APPROVE, { id: corrected.data!.saveAdmissionResult.id }, BUREAU);

    const versions = (await harness.client.request(VERSIONS, { schoolId: SCHOOL_A })).data!.admissionResultVersions;
    expect(versions.map((v: any) => [v.version, v.status, v.correctionReason])).toEqual([
      [2, 'PUBLISHED', '录取人数统计有误'],
      [1, 'SUPERSEDED', null],
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['a negative count', { admitted: -1 }, 'input.admitted'],
    ['an absurd count', { admitted: 1e9, explanation: { reasonCode: 'OTHER', text: 'x' } }, 'input.admitted'],
    ['a cut-off for a primary school', { cutoffScore: 600 }, 'input.cutoffScore'],
    ['the year 1850', { year: 1850 }, 'input.year'],
    ['admitted ≠ planned without explanation', { admitted: 150 }, 'input.explanation'],
  ])('when a school submits %s, then it is refused naming the field, and nothing is stored', async (_what, overrides, field) => {
    const res = await save(resultInput({ schoolId: SCHOOL_B, ...overrides }), schoolUser(SCHOOL_B));
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await harness.count('submissions', { schoolId: SCHOOL_B })).toBe(0);
  });

  it.each([
    ['a non-integer', 1.5],
    ['NaN', 'NaN'],
  ])('when a school sends %s as a count, then GraphQL refuses it before anything is stored', async (_what, value) => {
    const res = await save(resultInput({ schoolId: SCHOOL_B, plannedSeats: value }), schoolUser(SCHOOL_B));
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toContain('plannedSeats');
    expect(await harness.count('submissions', { schoolId: SCHOOL_B })).toBe(0);
  });

  it('when the same submission is sent twice, then one record results and one version is published', async () => {
    const input = resultInput({ schoolId: SCHOOL_B, year: 2025, admitted: 180 });
    const [one, two] = await Promise.all([save(input, schoolUser(SCHOOL_B)), save(input, schoolUser(SCHOOL_B))]);
    const three = await save(input, schoolUser(SCHOOL_B));
    const ids = new Set([one, two, three].map((r) => r.data!.saveAdmissionResult.id));
    expect(ids.size).toBe(1);
    expect(await harness.count('submissions', { schoolId: SCHOOL_B })).toBe(1);
    const [id] = [...ids];
    await harness.client.request(SUBMIT, { id }, schoolUser(SCHOOL_B));
    await harness.client.request(APPROVE, { id }, BUREAU);
    expect(errorOf(await harness.client.request(APPROVE, { id }, BUREAU)).code).toBe('CONFLICT');
    expect(await harness.count('admission_results', { schoolId: SCHOOL_B })).toBe(1);
  });
});
