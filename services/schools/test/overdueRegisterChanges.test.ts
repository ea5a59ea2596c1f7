import { beijingDate } from '@zsgk/working-days';
import { approveOrThrow, BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

// Register changes decided on Friday 2026-09-25 are due 2026-10-29: 20 working days skip the
// Mid-Autumn / National Day holiday 2026 (9/25–27, 10/1–7) and count the make-up Saturday 10/10.
const DECIDED = '2026-09-25';
const DUE = '2026-10-29';
let harness: Awaited<ReturnType<typeof startSchoolsServer>>;

const ok = async (query: string, variables: Record<string, unknown>, identity: object = BUREAU) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data!)[0] as any;
};
const CLOCK = `query($d: String!, $asOf: String) { overdueRegisterChanges(districtCode: $d, asOf: $asOf) { asOf workingDays
  overdue { action label schoolIds change { id status decidedOn } state decidedOn dueOn publishedOn workingDaysOverdue calendarCovered missingCalendarYears }
  publishedLate { action decidedOn dueOn publishedOn } } }`;
const clock = (asOf?: string) => ok(CLOCK, { d: '370812', asOf });
const CREATE = `mutation($input: SchoolInput!, $d: String) { createSchool(input: $input, decidedOn: $d) { change { id } } }`;
const CLOSE = `mutation($id: ID!, $d: String) { closeSchool(id: $id, closedOn: "2026-09-30", reason: "生源不足，并入第1实验小学", decidedOn: $d) { change { id } } }`;
const UPDATE = `mutation($id: ID!, $d: String) { updateSchool(id: $id, patch: { enquiryPhone: "0537-3410000" }, decidedOn: $d) { change { id } } }`;
const newSchool = (n: number) => {
  const { sampleData: _drop, ...input } = schoolRow(n);
  return input;
};

beforeAll(async () => {
  harness = await startSchoolsServer();
  // 新增 by import, decided 9/25 and approved today: published late.
  const imported = await ok(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([schoolRow(1), schoolRow(2)]), decidedOn: DECIDED } });
  await approveOrThrow(harness.client, imported.change.id);
  // 新增 decided 9/25 and 撤销 decided 9/28, both waiting for review.
  await ok(CREATE, { input: newSchool(3), d: DECIDED });
  await ok(CLOSE, { id: schoolRow(2).id, d: '2026-09-28' });
  // 修改 decided today: on time, never listed.
  await ok(UPDATE, { id: schoolRow(1).id, d: null });
});
afterAll(() => harness.stop());

describe('the publication clock of register changes', () => {
  it('when the bureau asks on 2026-11-02, then 新增 and 撤销 decided before National Day are overdue, counted on the holiday calendar', async () => {
    const c = await clock('2026-11-02');
    expect(c).toMatchObject({ asOf: '2026-11-02', workingDays: 20 });
    expect(c.overdue.map((o: any) => [o.action, o.decidedOn, o.dueOn, o.workingDaysOverdue, o.calendarCovered, o.publishedOn]).sort()).toEqual([
      ['CLOSE', '2026-09-28', '2026-10-30', 1, true, null],
      ['CREATE', DECIDED, DUE, 2, true, null],
      // Approved today, after 11-02: on 11-02 it was still unpublished.
      ['IMPORT', DECIDED, DUE, 2, true, null],
    ]);
    const closing = c.overdue.find((o: any) => o.action === 'CLOSE');
    expect(closing).toMatchObject({ schoolIds: [schoolRow(2).id], state: 'OVERDUE', change: { status: 'SUBMITTED', decidedOn: '2026-09-28' } });
    expect(closing.label).toMatch(/撤销学校/);
  });

  it('when the bureau asks today, then the import approved after its deadline is published late, not overdue', async () => {
    const c = await clock();
    expect(c.publishedLate).toEqual([{ action: 'IMPORT', decidedOn: DECIDED, dueOn: DUE, publishedOn: beijingDate() }]);
    expect(c.overdue.map((o: any) => o.action).sort()).toEqual(['CLOSE', 'CREATE']);
  });

  it('when the days overdue run into 2027 (not on the calendar), then the items are flagged uncovered naming 2027', async () => {
    const c = await clock('2027-01-04');
    // The 修改 decided today is due by the end of December and overdue on 2027-01-04 as well.
    expect(c.overdue.map((o: any) => [o.calendarCovered, o.missingCalendarYears])).toEqual([[false, [2027]], [false, [2027]], [false, [2027]]]);
  });

  it('when decidedOn is in the future, then the write is refused in Chinese naming the field and nothing is submitted', async () => {
    const res = await harness.client.request(CREATE, { input: newSchool(4), d: '2099-01-01' }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedOn' });
    expect(res.errors![0]!.message).toMatch(/决定日期（decidedOn）2099-01-01 晚于今天/);
    const changes = await ok(`query { registerChanges(districtCode: "370812") { recordKey } }`, {});
    expect(changes.map((c: any) => c.recordKey)).not.toContain(schoolRow(4).id);
  });

  it('when another district or the public asks, then it is refused', async () => {
    expect((await harness.client.request(CLOCK, { d: '370812' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await harness.client.request(CLOCK, { d: '370812' }, { role: 'BUREAU', subject: 'x', districtCode: '120116' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
