import { APPROVE_CHANGE, BUREAU, DISTRICT, OTHER_BUREAU, REVIEW_FIELDS, RETURN_CHANGE, SCHOOL_A, SCHOOL_B, schoolUser, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const CLERK = schoolUser(SCHOOL_A);
const PUBLISH = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { ${REVIEW_FIELDS} } }`;
const MINE = `query($schoolId: ID!) { schoolNamedListChanges(schoolId: $schoolId) { id status returnReason submittedBy items { entries { name idNumber masked } } } }`;
const list = (overrides: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, schoolId: SCHOOL_A, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '实验小学2026年录取名单',
  entries: [{ name: '张三明', idNumber: '37081220150101123X' }, { name: '李四', idNumber: null }], ...overrides,
});

describe('a school submits its own named list for the bureau to review', () => {
  it('when a school clerk submits its own school’s list, then it waits for the bureau’s review and the school reads it masked', async () => {
    const res = await harness.client.request(PUBLISH, { input: list() }, CLERK);
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishNamedList).toMatchObject({ kind: 'NAMED_LIST', status: 'SUBMITTED', submittedBy: CLERK.subject, published: [] });
    const mine = await harness.client.request(MINE, { schoolId: SCHOOL_A }, CLERK);
    expect(mine.data!.schoolNamedListChanges[0]).toMatchObject({ id: res.data!.publishNamedList.id, status: 'SUBMITTED' });
    expect(mine.data!.schoolNamedListChanges[0].items[0].entries).toEqual([
      { name: '张*明', idNumber: '370812********123X', masked: true },
      { name: '李*', idNumber: null, masked: true },
    ]);
    expect(JSON.stringify(mine)).not.toContain('张三明');
    expect(await harness.count('named_lists', { schoolId: SCHOOL_A })).toBe(0);
  });

  it('when a school clerk submits another school’s list, then it is FORBIDDEN, and nothing is queued', async () => {
    const res = await harness.client.request(PUBLISH, { input: list({ schoolId: SCHOOL_B, stage: 'JUNIOR' }) }, CLERK);
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(res.errors![0]!.message).toContain(SCHOOL_A);
    expect(await harness.count('review_events', { recordKey: { $regex: `${SCHOOL_B}:.*JUNIOR` } })).toBe(0);
    const other = await harness.client.request(MINE, { schoolId: SCHOOL_B }, CLERK);
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await harness.client.request(MINE, { schoolId: SCHOOL_A }, OTHER_BUREAU)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('when a school clerk asks its list unmasked, then it is refused', async () => {
    const res = await harness.client.request(`query($schoolId: ID!) { schoolNamedListChanges(schoolId: $schoolId) { items { entries(unmasked: true) { name } } } }`, { schoolId: SCHOOL_A }, CLERK);
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res)).not.toContain('张三明');
  });

  it('when the bureau returns a school’s list, then the school reads the reason; resubmitted and approved, it is published and the school reads it masked', async () => {
    const first = (await harness.client.request(MINE, { schoolId: SCHOOL_A }, CLERK)).data!.schoolNamedListChanges[0];
    const returned = await harness.client.request(RETURN_CHANGE, { id: first.id, reason: '标题缺少公示期限' }, BUREAU);
    expect(returned.data!.returnBureauChange.status).toBe('RETURNED');
    expect((await harness.client.request(MINE, { schoolId: SCHOOL_A }, CLERK)).data!.schoolNamedListChanges[0]).toMatchObject({ status: 'RETURNED', returnReason: '标题缺少公示期限' });

    const again = await harness.client.request(PUBLISH, { input: list({ title: '实验小学2026年录取名单（公示期5个工作日）' }) }, CLERK);
    const approved = await harness.client.request(APPROVE_CHANGE, { id: again.data!.publishNamedList.id }, BUREAU);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveBureauChange).toMatchObject({ status: 'PUBLISHED', reviewedBy: BUREAU.subject });
    const mine = (await harness.client.request(MINE, { schoolId: SCHOOL_A }, CLERK)).data!.schoolNamedListChanges;
    expect(mine.map((c: { status: string }) => c.status)).toEqual(['PUBLISHED', 'RETURNED']);
    const published = await harness.client.request(`{ namedLists(districtCode: "${DISTRICT}", year: 2026) { title school { id } entries { name masked } } }`, {}, CLERK);
    expect(published.data!.namedLists).toEqual([{ title: '实验小学2026年录取名单（公示期5个工作日）', school: { id: SCHOOL_A }, entries: [{ name: '张*明', masked: true }, { name: '李*', masked: true }] }]);
  });
});
