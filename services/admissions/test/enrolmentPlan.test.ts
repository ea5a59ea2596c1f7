import { contentHash } from '@zsgk/publication';
import {
  APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RULES, importApproved, resultInput, SAVE_RESULT, SCHOOL_A, SCHOOL_B, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

/** Next school year: its registration (1 June by default) has not opened yet. */
const YEAR = new Date().getUTCFullYear() + 1;
const SAVE_PLAN = `mutation($input: EnrolmentPlanInput!, $submit: Boolean) {
  saveEnrolmentPlan(input: $input, submit: $submit) { id kind status enrolmentPlan { stage plannedSeats plannedClasses } } }`;
const IMPORT_PLANS = `mutation($input: AdmissionsImportInput!) {
  importEnrolmentPlans(input: $input) { accepted created unchanged problems { row field reason } review { id kind status } } }`;
const PLANS = `query($year: Int!) { enrolmentPlans(districtCode: "${DISTRICT}", year: $year) {
  school { id } stage plannedSeats plannedClasses version status correctionReason recordId contentHash } }`;
const VERSIONS = `query($year: Int!) { enrolmentPlanVersions(schoolId: "${SCHOOL_A}", year: $year, stage: JUNIOR) { version status plannedSeats correctionReason } }`;
const DISCLOSURE = `query($year: Int!) { _entities(representations: [{ __typename: "School", id: "${SCHOOL_A}", districtCode: "${DISTRICT}" }]) {
  ... on School { admissionsDisclosure(year: $year, stage: JUNIOR) { items { item present detail } } } } }`;

const A = schoolUser(SCHOOL_A);
const plan = (overrides: Record<string, unknown> = {}) => ({ districtCode: DISTRICT, schoolId: SCHOOL_A, year: YEAR, stage: 'JUNIOR', plannedSeats: 180, plannedClasses: 4, ...overrides });
const errorOf = (res: { errors?: { extensions?: Record<string, any>; message: string }[] }) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });
const publishPlan = async (input: Record<string, unknown>) => {
  const saved = await harness.client.request(SAVE_PLAN, { input, submit: true }, A);
  if (saved.errors) return saved;
  return harness.client.request(APPROVE, { id: saved.data!.saveEnrolmentPlan.id }, BUREAU);
};

describe('enrolment plan (招生计划) before registration, the result compared with it after', () => {
  it('when a school publishes its plan in spring, then anyone reads it, it is logged as ENROLMENT_PLAN, and it satisfies the disclosure item', async () => {
    const published = await publishPlan(plan());
    expect(published.errors).toBeUndefined();
    expect(published.data!.approveSubmission).toMatchObject({ status: 'PUBLISHED', publishedRecordId: `ENROLMENT_PLAN:${SCHOOL_A}:${YEAR}:JUNIOR@v1` });

    const plans = (await harness.client.request(PLANS, { year: YEAR })).data!.enrolmentPlans;
    expect(plans).toEqual([expect.objectContaining({ school: { id: SCHOOL_A }, stage: 'JUNIOR', plannedSeats: 180, plannedClasses: 4, version: 1, status: 'PUBLISHED', correctionReason: null })]);
    const [entry] = (await harness.logEntries()).filter((e) => e.kind === 'ENROLMENT_PLAN');
    expect(entry).toMatchObject({ recordId: plans[0].recordId, event: 'PUBLISHED', contentHash: plans[0].contentHash });
    const content = await harness.client.request(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { admissionsContent } } }`, {
      reps: [{ __typename: 'PublicationLogEntry', kind: 'ENROLMENT_PLAN', recordId: entry!.recordId, version: 1 }],
    });
    expect(contentHash(JSON.parse(content.data!._entities[0].admissionsContent))).toBe(entry!.contentHash);

    const items = (await harness.client.request(DISCLOSURE, { year: YEAR })).data!._entities[0].admissionsDisclosure.items;
    expect(items.find((i: { item: string }) => i.item === 'ENROLMENT_PLAN')).toEqual({ item: 'ENROLMENT_PLAN', present: true, detail: '180 planned seats published in the enrolment plan' });
  });

  it('when the school corrects its plan before registration, then the new version carries the reason, readable by anyone; without a reason it is refused', async () => {
    expect(errorOf(await harness.client.request(SAVE_PLAN, { input: plan({ plannedSeats: 200 }) }, A))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.correctionReason' });
    const corrected = await publishPlan(plan({ plannedSeats: 200, plannedClasses: 5, correctionReason: '新建教学楼投入使用，增加一个班' }));
    expect(corrected.errors).toBeUndefined();
    const versions = (await harness.client.request(VERSIONS, { year: YEAR })).data!.enrolmentPlanVersions;
    expect(versions).toEqual([
      { version: 2, status: 'PUBLISHED', plannedSeats: 200, correctionReason: '新建教学楼投入使用，增加一个班' },
      { version: 1, status: 'SUPERSEDED', plannedSeats: 180, correctionReason: null },
    ]);
  });

  it('when registration has opened (rules timetable) and summer results come in, then a plan change is refused and the result is compared with the published plan', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', [{
      year: YEAR, stage: 'JUNIOR', title: `${YEAR}年初中招生方案`, admissionMethod: '就近入学', interpretation: '解读：按划片就近入学。',
      timetable: [{ phase: '报名', startsOn: '2026-01-05', endsOn: today > '2026-12-31' ? today : '2026-12-31' }],
    }]);
    const late = await harness.client.request(SAVE_PLAN, { input: plan({ plannedSeats: 220, correctionReason: '再扩招' }) }, A);
    expect(errorOf(late)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.year' });
    expect(late.errors![0]!.message).toContain('开始报名；招生计划须在报名开始前公布或更正');

    const result = (input: Record<string, unknown>) => harness.client.request(SAVE_RESULT, { input: resultInput({ year: YEAR, stage: 'JUNIOR', ...input }), submit: true }, A);
    const offPlan = await result({ plannedSeats: 180, applicants: 240, admitted: 180 });
    expect(errorOf(offPlan)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.plannedSeats' });
    expect(offPlan.errors![0]!.message).toContain('但已公布的招生计划');
    expect(errorOf(await result({ plannedSeats: 200, applicants: 240, admitted: 190 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.explanation' });
    const explained = await result({ plannedSeats: 200, applicants: 240, admitted: 190, explanation: { reasonCode: 'OTHER', text: '10 名儿童转往民办学校' } });
    expect(explained.errors).toBeUndefined();
    expect((await harness.client.request(APPROVE, { id: explained.data!.saveAdmissionResult.id }, BUREAU)).data!.approveSubmission.status).toBe('PUBLISHED');
  });

  it('when the bureau imports plans, then they publish only after another officer approves, and a school of another district is refused', async () => {
    const rows = [{ schoolId: SCHOOL_B, year: YEAR, stage: 'PRIMARY', plannedSeats: 90 }];
    const submitted = (await harness.client.request(IMPORT_PLANS, { input: { districtCode: DISTRICT, content: JSON.stringify(rows) } }, BUREAU)).data!.importEnrolmentPlans;
    expect(submitted).toMatchObject({ accepted: true, created: 1, review: { kind: 'ENROLMENT_PLAN', status: 'SUBMITTED' } });
    expect((await harness.client.request(PLANS, { year: YEAR })).data!.enrolmentPlans).toHaveLength(1);
    const approved = await harness.client.request(APPROVE_CHANGE, { id: submitted.review.id }, SECOND_BUREAU);
    expect(approved.data!.approveBureauChange.status).toBe('PUBLISHED');
    expect((await harness.client.request(PLANS, { year: YEAR })).data!.enrolmentPlans.map((p: { school: { id: string } }) => p.school.id)).toEqual([SCHOOL_A, SCHOOL_B]);

    const foreign = await harness.client.request(IMPORT_PLANS, { input: { districtCode: DISTRICT, content: JSON.stringify([{ ...rows[0], schoolId: '2137081199' }]) } }, BUREAU);
    expect(errorOf(foreign).code).toBe('FORBIDDEN');
  });
});
