import { approveOrThrow, BUREAU, REVIEWER, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

const OTHER_BUREAU = { role: 'BUREAU', subject: 'clerk-9', districtCode: '120116' } as const;
const RESULT = 'school { id name status closedOn closureReason version enquiryPhone } change { id status } warnings';
const CREATE = `mutation($input: SchoolInput!, $crs: Crs) { createSchool(input: $input, crs: $crs) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $patch: SchoolPatch!) { updateSchool(id: $id, patch: $patch) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $on: String!, $reason: String!) { closeSchool(id: $id, closedOn: $on, reason: $reason) { ${RESULT} } }`;
const HISTORY = `query($id: ID!) { school(id: $id) { version updatedBy history {
  version recordId recordStatus writtenAt writtenBy supersededAt supersededBy changedFields name enquiryPhone status } } }`;

const READ = 'query($id: ID!) { school(id: $id) { id name status closedOn closureReason version enquiryPhone location { lng lat } } }';

/** Sends a write, has the reviewer approve its change, and returns the school as then in force. */
const published = async (write: Promise<any>, field: string, reviewer: any = REVIEWER) => {
  const res = await write;
  if (res.errors) return res;
  const result = res.data[field];
  if (result.change) await approveOrThrow(harness.client, result.change.id, reviewer);
  const id = result.school?.id ?? result.change?.id.split(':')[1].split('#')[0];
  return { ...res, school: (await harness.client.request(READ, { id })).data!.school };
};

const create = (n: number, overrides: Record<string, unknown> = {}, identity: any = BUREAU) => {
  const { sampleData: _drop, ...input } = schoolRow(n, overrides);
  return published(harness.client.request(CREATE, { input }, identity), 'createSchool');
};
const update = (id: string, patch: Record<string, unknown>, identity: any = BUREAU, reviewer: any = REVIEWER) =>
  published(harness.client.request(UPDATE, { id, patch }, identity), 'updateSchool', reviewer);
const close = (id: string, on: string, reason: string, identity: any = BUREAU) =>
  published(harness.client.request(CLOSE, { id, on, reason }, identity), 'closeSchool');

describe('editing one school', () => {
  it('when a bureau creates a school, then it is stored as version 1, and creating the same code again is refused', async () => {
    const res = await create(1);
    expect(res.data!.createSchool).toMatchObject({ school: null, change: { id: 'SCHOOL:3708120001#1', status: 'SUBMITTED' } });
    expect(res.school).toMatchObject({ id: '3708120001', name: '兖州区第1实验小学', status: 'OPEN', version: 1 });
    const again = await create(1);
    expect(again.errors![0]).toMatchObject({ message: expect.stringContaining('学校标识码 3708120001 已经登记'), extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } });
  });

  it('when a school is updated twice, then its history holds both earlier versions with who, when and which fields changed', async () => {
    await create(2);
    const first = await update('3708120002', { name: '兖州区第二实验小学' });
    expect(first.data!.updateSchool.school).toMatchObject({ name: '兖州区第2实验小学', version: 1 });
    expect(first.school).toMatchObject({ name: '兖州区第二实验小学', version: 2 });
    const clerk2 = { ...BUREAU, subject: 'clerk-2' };
    const second = await update('3708120002', { enquiryPhone: '0537-3400000', shortName: '二实小' }, clerk2, BUREAU);
    expect(second.school).toMatchObject({ enquiryPhone: '0537-3400000', version: 3 });

    const res = await harness.client.request(HISTORY, { id: '3708120002' }, BUREAU);
    const school = res.data!.school;
    expect(school).toMatchObject({ version: 3, updatedBy: 'clerk-2' });
    expect(school.history).toEqual([
      expect.objectContaining({ version: 2, recordId: 'SCHOOL:3708120002@v2', recordStatus: 'SUPERSEDED', name: '兖州区第二实验小学', enquiryPhone: '0537-3412345', writtenBy: 'clerk-1', supersededBy: 'clerk-2', changedFields: ['shortName', 'enquiryPhone'] }),
      expect.objectContaining({ version: 1, recordId: 'SCHOOL:3708120002@v1', recordStatus: 'SUPERSEDED', name: '兖州区第2实验小学', writtenBy: 'clerk-1', supersededBy: 'clerk-1', changedFields: ['name'] }),
    ]);
    expect(Date.parse(school.history[0].supersededAt)).toBeGreaterThanOrEqual(Date.parse(school.history[1].supersededAt));
    expect(school.history[1].writtenAt <= school.history[1].supersededAt).toBe(true);
  });

  it('when the public reads the history, then it sees the versions but not the clerks who wrote them', async () => {
    const res = await harness.client.request(HISTORY, { id: '3708120002' });
    expect(res.data!.school.updatedBy).toBeNull();
    expect(res.data!.school.history.map((v: any) => [v.version, v.writtenBy, v.supersededBy])).toEqual([[2, null, null], [1, null, null]]);
  });

  it('when an update changes nothing, then nothing is submitted and no version is written', async () => {
    await create(3);
    const res = await harness.client.request(UPDATE, { id: '3708120003', patch: { name: '兖州区第3实验小学' } }, BUREAU);
    expect(res.data!.updateSchool).toMatchObject({ school: { version: 1 }, change: null });
    expect((await harness.client.request(HISTORY, { id: '3708120003' })).data!.school.history).toEqual([]);
  });

  it('when a school is closed, then it stays readable and listed, marked CLOSED with date and reason', async () => {
    await create(4);
    const res = await close('3708120004', '2026-07-31', '并入兖州区实验小学');
    expect(res.school).toMatchObject({ status: 'CLOSED', closedOn: '2026-07-31', closureReason: '并入兖州区实验小学', version: 2 });
    const read = await harness.client.request('{ school(id: "3708120004") { name status closedOn } schools(filter: { status: CLOSED }) { nodes { id } } }');
    expect(read.data!.school).toEqual({ name: '兖州区第4实验小学', status: 'CLOSED', closedOn: '2026-07-31' });
    expect(read.data!.schools.nodes).toEqual([{ id: '3708120004' }]);
    const again = await close('3708120004', '2026-08-01', 'x');
    expect(again.errors![0]!.message).toContain('无需再次撤销');
  });

  it('when a closed school is reopened with reopenSchool, then its closing date and reason are cleared and kept in its history', async () => {
    await create(5);
    await close('3708120005', '2026-07-31', '校舍改造');
    const viaPatch = await harness.client.request(UPDATE, { id: '3708120005', patch: { status: 'OPEN' } }, BUREAU);
    expect(viaPatch.errors![0]).toMatchObject({ message: expect.stringContaining('reopenSchool'), extensions: { code: 'BAD_USER_INPUT', field: 'patch.status' } });
    const REOPEN = `mutation($id: ID!) { reopenSchool(id: $id) { ${RESULT} } }`;
    const res = await published(harness.client.request(REOPEN, { id: '3708120005' }, BUREAU), 'reopenSchool');
    expect(res.school).toMatchObject({ status: 'OPEN', closedOn: null, closureReason: null, version: 3 });
    const history = (await harness.client.request(HISTORY, { id: '3708120005' })).data!.school.history;
    expect(history[0]).toMatchObject({ version: 2, status: 'CLOSED', changedFields: ['status', 'closedOn', 'closureReason'] });
  });

  it('when closing or updating with bad values, then the argument is named and nothing changes', async () => {
    await create(6, { openedOn: '2020-09-01' });
    const badDate = await harness.client.request(CLOSE, { id: '3708120006', on: '2026-02-30', reason: '撤并' }, BUREAU);
    expect(badDate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const beforeOpening = await harness.client.request(CLOSE, { id: '3708120006', on: '2019-01-01', reason: '撤并' }, BUREAU);
    expect(beforeOpening.errors![0]).toMatchObject({ message: expect.stringContaining('早于开办日期 2020-09-01'), extensions: { field: 'closedOn' } });
    const badPhone = await harness.client.request(UPDATE, { id: '3708120006', patch: { enquiryPhone: '12' } }, BUREAU);
    expect(badPhone.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.enquiryPhone' });
    const clearRequired = await harness.client.request(UPDATE, { id: '3708120006', patch: { supervisionPhone: null } }, BUREAU);
    expect(clearRequired.errors![0]).toMatchObject({ message: expect.stringContaining('正常办学的学校必须公开此项'), extensions: { field: 'patch.supervisionPhone' } });
    const closeViaPatch = await harness.client.request(UPDATE, { id: '3708120006', patch: { status: 'CLOSED' } }, BUREAU);
    expect(closeViaPatch.errors![0]!.extensions).toMatchObject({ field: 'patch.status' });
    const read = await harness.client.request(HISTORY, { id: '3708120006' });
    expect(read.data!.school.version).toBe(1);
  });

  it('when a location is given in GCJ-02, then it is stored in WGS-84', async () => {
    const res = await create(7, { location: { lng: 116.8, lat: 35.55 } });
    expect(res.errors).toBeUndefined();
    const gcj = await published(
      harness.client.request(
        'mutation($input: SchoolInput!) { createSchool(input: $input, crs: GCJ02) { school { id } change { id } } }',
        { input: (({ sampleData: _s, ...rest }) => rest)(schoolRow(8, { location: { lng: 116.8, lat: 35.55 } })) },
        BUREAU,
      ),
      'createSchool',
    );
    const { lng, lat } = gcj.school.location;
    expect(lng).toBeLessThan(116.8);
    expect(Math.abs(lng - 116.795)).toBeLessThan(0.003);
    expect(Math.abs(lat - 35.55)).toBeLessThan(0.003);
  });

  it('when another district, a school user or the public writes, then it is refused and nothing changes', async () => {
    await create(9);
    expect((await create(10, {}, OTHER_BUREAU)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await create(11, {}, null)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const other = await harness.client.request(UPDATE, { id: '3708120009', patch: { name: '改名' } }, OTHER_BUREAU);
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const school = await harness.client.request(CLOSE, { id: '3708120009', on: '2026-07-31', reason: 'x' }, { role: 'SCHOOL', subject: 's', schoolId: '3708120009' });
    expect(school.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await harness.client.request(CLOSE, { id: '3708120009', on: '2026-07-31', reason: 'x' });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const missing = await harness.client.request(UPDATE, { id: '3708129999', patch: { name: 'x' } }, BUREAU);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await harness.client.request(HISTORY, { id: '3708120009' })).data!.school.version).toBe(1);
  });
});

it('when a page of schools is listed with their histories, then the histories come in one database query', async () => {
  const queries: string[] = [];
  harness.database.connection.set('debug', (collection: string, method: string) => void queries.push(`${collection}.${method}`));
  const res = await harness.client.request('{ schools(first: 20) { nodes { id history { version } } } }');
  harness.database.connection.set('debug', false);
  expect(res.data!.schools.nodes.length).toBeGreaterThan(5);
  expect(res.data!.schools.nodes.find((n: any) => n.id === '3708120002').history.map((h: any) => h.version)).toEqual([2, 1]);
  expect(queries.filter((q) => q.startsWith('school_versions.'))).toEqual(['school_versions.find']);
});
