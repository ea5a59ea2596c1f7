import type { Identity } from '@zsgk/identity';
import { APPROVE_CHANGE, BUREAU, DISTRICT, OTHER_BUREAU, SCHOOL_A, SECOND_BUREAU, schoolUser, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const SAVE = `mutation($input: EnrolmentRulesInput!) { saveEnrolmentRules(input: $input) { id kind recordKey status summary submittedBy } }`;
const READ = `query($stage: Stage!) { enrolmentRules(districtCode: "${DISTRICT}", year: 2026, stage: $stage, includeSuperseded: true) {
  version status title papers migrantPapers timetable { phase startsOn endsOn } interpretation correctionReason } }`;
const form = (extra: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, year: 2026, stage: 'PRIMARY', title: '兖州区2026年小学招生工作方案', documentNumber: null, issuedOn: null,
  admissionMethod: '就近免试入学；多校划片电脑派位', papers: ['户口簿', '不动产权证书'], migrantPapers: ['居住证'], eligibility: null,
  timetable: [{ phase: '网上报名', startsOn: '2026-07-01', endsOn: '2026-07-10' }, { phase: '审核', startsOn: '2026-07-11', endsOn: '2026-07-20' }],
  interpretation: '一问：学区怎么查？答：在招生地图上输入住址。', consultationPhone: '0537-3412345', ...extra,
});
const save = (input: Record<string, unknown>, who: Identity = BUREAU) => harness.client.request(SAVE, { input }, who);
const errorOf = (res: { errors?: { message?: string; extensions?: Record<string, any> }[] }) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });
const rulesOf = async (stage = 'PRIMARY') => (await harness.client.request(READ, { stage })).data!.enrolmentRules as any[];

describe('saveEnrolmentRules: the rules form, reviewed as the import is', () => {
  it('when an officer saves the form, then one change named after the rules waits with the rules as submitted for the reviewer, nothing is public, and another officer\'s approval publishes the timetable and papers', async () => {
    const change = (await save(form())).data!.saveEnrolmentRules;
    expect(change).toMatchObject({ id: `ENROLMENT_RULES:${DISTRICT}:2026:PRIMARY#1`, kind: 'ENROLMENT_RULES', status: 'SUBMITTED', submittedBy: BUREAU.subject });
    expect(await rulesOf()).toEqual([]);
    const queue = await harness.client.request(`{ bureauChanges(districtCode: "${DISTRICT}", status: SUBMITTED) { id enrolmentRules { year stage papers timetable { phase startsOn } replaces correctionReason } } }`, {}, SECOND_BUREAU);
    expect(queue.data!.bureauChanges).toEqual([{ id: change.id, enrolmentRules: [expect.objectContaining({
      year: 2026, stage: 'PRIMARY', papers: ['户口簿', '不动产权证书'], replaces: null, correctionReason: null,
      timetable: [{ phase: '网上报名', startsOn: '2026-07-01' }, { phase: '审核', startsOn: '2026-07-11' }],
    })] }]);
    expect((await harness.client.request(APPROVE_CHANGE, { id: change.id }, SECOND_BUREAU)).errors).toBeUndefined();
    expect(await rulesOf()).toEqual([expect.objectContaining({
      version: 1, status: 'PUBLISHED', papers: ['户口簿', '不动产权证书'], migrantPapers: ['居住证'], correctionReason: null,
      timetable: [{ phase: '网上报名', startsOn: '2026-07-01', endsOn: '2026-07-10' }, { phase: '审核', startsOn: '2026-07-11', endsOn: '2026-07-20' }],
    })]);
  });

  it('when the published rules are changed without a correction reason, then BAD_USER_INPUT names correctionReason; with one, version 2 publishes with it and version 1 is SUPERSEDED', async () => {
    const moved = form({ timetable: [{ phase: '网上报名', startsOn: '2026-07-03', endsOn: '2026-07-12' }] });
    const refused = await save(moved);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.correctionReason' });
    expect(refused.errors![0]!.message).toContain('更正原因');

    const change = (await save({ ...moved, correctionReason: '报名时间推迟两天' })).data!.saveEnrolmentRules;
    expect(change.summary).toContain('第 1 版 → 第 2 版');
    const queue = await harness.client.request(`{ bureauChanges(districtCode: "${DISTRICT}", status: SUBMITTED) { enrolmentRules { replaces replacesVersion correctionReason } } }`, {}, SECOND_BUREAU);
    expect(queue.data!.bureauChanges[0].enrolmentRules).toEqual([{ replaces: `ENROLMENT_RULES:${DISTRICT}:2026:PRIMARY@v1`, replacesVersion: 1, correctionReason: '报名时间推迟两天' }]);
    expect((await harness.client.request(APPROVE_CHANGE, { id: change.id }, SECOND_BUREAU)).errors).toBeUndefined();
    const [v2, v1] = await rulesOf();
    expect(v2).toMatchObject({ version: 2, status: 'PUBLISHED', correctionReason: '报名时间推迟两天', timetable: [{ startsOn: '2026-07-03' }] });
    expect(v1).toMatchObject({ version: 1, status: 'SUPERSEDED' });
  });

  it('when the form equals the rules in force, then BAD_USER_INPUT says nothing changed and nothing is submitted', async () => {
    const before = await harness.count('review_events');
    const res = await save(form({ timetable: [{ phase: '网上报名', startsOn: '2026-07-03', endsOn: '2026-07-12' }], correctionReason: '报名时间推迟两天' }));
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(res.errors![0]!.message).toContain('第 2 版完全相同');
    expect(await harness.count('review_events')).toBe(before);
  });

  it('when the interpretation is missing or a phase ends before it starts, then BAD_USER_INPUT names the field as the form shows it, and nothing is submitted', async () => {
    const before = await harness.count('review_events');
    const bare = await save(form({ stage: 'JUNIOR', interpretation: null }));
    expect(errorOf(bare)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.interpretation' });
    expect(bare.errors![0]!.message).toContain('政策解读');
    const backwards = await save(form({ stage: 'JUNIOR', timetable: [{ phase: '网上报名', startsOn: '2026-07-10', endsOn: '2026-07-01' }] }));
    expect(errorOf(backwards)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.timetable' });
    const badDate = await save(form({ stage: 'JUNIOR', timetable: [{ phase: '网上报名', startsOn: '2026-02-30', endsOn: '2026-07-01' }] }));
    expect(errorOf(badDate)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.timetable[0].startsOn' });
    expect(await harness.count('review_events')).toBe(before);
  });

  it('when the same form is sent twice while it waits, then the same change comes back; a different one is CONFLICT naming the waiting change', async () => {
    const first = (await save(form({ stage: 'JUNIOR', title: '兖州区2026年初中招生工作方案' }))).data!.saveEnrolmentRules;
    const again = (await save(form({ stage: 'JUNIOR', title: '兖州区2026年初中招生工作方案' }))).data!.saveEnrolmentRules;
    expect(again.id).toBe(first.id);
    const other = await save(form({ stage: 'JUNIOR', title: '兖州区2026年初中招生工作方案（修订）' }));
    expect(errorOf(other)).toEqual({ code: 'CONFLICT', field: 'input' });
    expect(other.errors![0]!.message).toContain(first.id);
  });

  it('when a school or another district\'s bureau saves the district\'s rules, then FORBIDDEN, and the refusal is in the district\'s history', async () => {
    expect(errorOf(await save(form({ stage: 'SENIOR' }), schoolUser(SCHOOL_A))).code).toBe('FORBIDDEN');
    expect(errorOf(await save(form({ stage: 'SENIOR' }), OTHER_BUREAU)).code).toBe('FORBIDDEN');
    const history = await harness.client.request(`{ history(districtCode: "${DISTRICT}") { action } }`, {}, BUREAU);
    expect(history.data!.history.map((e: { action: string }) => e.action)).toContain('REFUSED_SAVE_RULES');
  });
});
