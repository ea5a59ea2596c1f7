import { BUREAU, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

const OTHER_BUREAU = { role: 'BUREAU', subject: 'clerk-9', districtCode: '120116' } as const;
const RESULT = 'school { id name status closedOn closureReason version enquiryPhone } warnings';
const CREATE = `mutation($input: SchoolInput!, $crs: Crs) { createSchool(input: $input, crs: $crs) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $patch: SchoolPatch!) { updateSchool(id: $id, patch: $patch) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $on: String!, $reason: String!) { closeSchool(id: $id, closedOn: $on, reason: $reason) { ${RESULT} } }`;
const HISTORY = `query($id: ID!) { school(id: $id) { version updatedBy history {
  version writtenAt writtenBy supersededAt supersededBy changedFields name enquiryPhone status } } }`;

const create = (n: number, overrides: Record<string, unknown> = {}, identity: any = BUREAU) => {
  const { sampleData: _drop, ...input } = schoolRow(n, overrides);
  return harness.client.request(CREATE, { input }, identity);
};

describe('editing one school', () => {
  it('when a bureau creates a school, then it is stored as version 1, and creating the same code again is refused', async () => {
    const res = await create(1);
    expect(res.data!.createSchool.school).toMatchObject({ id: '3708120001', name: '兖州区第1实验小学', status: 'OPEN', version: 1 });
    const again = await create(1);
    expect(again.errors![0]).toMatchObject({ message: expect.stringContaining('already registered'), extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } });
  });

  it('when a school is updated twice, then its history holds both earlier versions with who, when and which fields changed', async () => {
    await create(2);
    const first = await harness.client.request(UPDATE, { id: '3708120002', patch: { name: '兖州区第二实验小学' } }, BUREAU);
    expect(first.data!.updateSchool.school).toMatchObject({ name: '兖州区第二实验小学', version: 2 });
    const clerk2 = { ...BUREAU, subject: 'clerk-2' };
    const second = await harness.client.request(UPDATE, { id: '3708120002', patch: { enquiryPhone: '0537-3400000', shortName: '二实小' } }, clerk2);
    expect(second.data!.updateSchool.school).toMatchObject({ enquiryPhone: '0537-3400000', version: 3 });

    const res = await harness.client.request(HISTORY, { id: '3708120002' }, BUREAU);
    const school = res.data!.school;
    expect(school).toMatchObject({ version: 3, updatedBy: 'clerk-2' });
    expect(school.history).toEqual([
      expect.objectContaining({ version: 2, name: '兖州区第二实验小学', enquiryPhone: '0537-3412345', writtenBy: 'clerk-1', supersededBy: 'clerk-2', changedFields: ['shortName', 'enquiryPhone'] }),
      expect.objectContaining({ version: 1, name: '兖州区第2实验小学', writtenBy: 'clerk-1', supersededBy: 'clerk-1', changedFields: ['name'] }),
    ]);
    expect(Date.parse(school.history[0].supersededAt)).toBeGreaterThanOrEqual(Date.parse(school.history[1].supersededAt));
    expect(school.history[1].writtenAt <= school.history[1].supersededAt).toBe(true);
  });

  it('when the public reads the history, then it sees the versions but not the clerks who wrote them', async () => {
    const res = await harness.client.request(HISTORY, { id: '3708120002' });
    expect(res.data!.school.updatedBy).toBeNull();
    expect(res.data!.school.history.map((v: any) => [v.version, v.writtenBy, v.supersededBy])).toEqual([[2, null, null], [1, null, null]]);
  });

  it('when an update changes nothing, then no version is written', async () => {
    await create(3);
    const res = await harness.client.request(UPDATE, { id: '3708120003', patch: { name: '兖州区第3实验小学' } }, BUREAU);
    expect(res.data!.updateSchool.school.version).toBe(1);
    expect((await harness.client.request(HISTORY, { id: '3708120003' })).data!.school.history).toEqual([]);
  });

  it('when a school is closed, then it stays readable and listed, marked CLOSED with date and reason', async () => {
    await create(4);
    const res = await harness.client.request(CLOSE, { id: '3708120004', on: '2026-07-31', reason: '并入兖州区实验小学' }, BUREAU);
    expect(res.data!.closeSchool.school).toMatchObject({ status: 'CLOSED', closedOn: '2026-07-31', closureReason: '并入兖州区实验小学', version: 2 });
    const read = await harness.client.request('{ school(id: "3708120004") { name status closedOn } schools(filter: { status: CLOSED }) { nodes { id } } }');
    expect(read.data!.school).toEqual({ name: '兖州区第4实验小学', status: 'CLOSED', closedOn: '2026-07-31' });
    expect(read.data!.schools.nodes).toEqual([{ id: '3708120004' }]);
    const again = await harness.client.request(CLOSE, { id: '3708120004', on: '2026-08-01', reason: 'x' }, BUREAU);
    expect(again.errors![0]!.message).toContain('already closed');
  });

  it('when a closed school is reopened, then its closing date and reason are cleared and kept in its history', async () => {
    await create(5);
    await harness.client.request(CLOSE, { id: '3708120005', on: '2026-07-31', reason: '校舍改造' }, BUREAU);
    const res = await harness.client.request(UPDATE, { id: '3708120005', patch: { status: 'OPEN' } }, BUREAU);
    expect(res.data!.updateSchool.school).toMatchObject({ status: 'OPEN', closedOn: null, closureReason: null, version: 3 });
    const history = (await harness.client.request(HISTORY, { id: '3708120005' })).data!.school.history;
    expect(history[0]).toMatchObject({ version: 2, status: 'CLOSED', changedFields: ['status', 'closedOn', 'closureReason'] });
  });

  it('when closing or updating with bad values, then the argument is named and nothing changes', async () => {
    await create(6, { openedOn: '2020-09-01' });
    const badDate = await harness.client.request(CLOSE, { id: '3708120006', on: '2026-02-30', reason: '撤并' }, BUREAU);
    expect(badDate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const beforeOpening = await harness.client.request(CLOSE, { id: '3708120006', on: '2019-01-01', reason: '撤并' }, BUREAU);
    expect(beforeOpening.errors![0]).toMatchObject({ message: expect.stringContaining('before the opening date'), extensions: { field: 'closedOn' } });
    const badPhone = await harness.client.request(UPDATE, { id: '3708120006', patch: { enquiryPhone: '12' } }, BUREAU);
    expect(badPhone.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.enquiryPhone' });
    const clearRequired = await harness.client.request(UPDATE, { id: '3708120006', patch: { supervisionPhone: null } }, BUREAU);
    expect(clearRequired.errors![0]).toMatchObject({ message: expect.stringContaining('required for an OPEN school'), extensions: { field: 'patch.supervisionPhone' } });
    const closeViaPatch = await harness.client.request(UPDATE, { id: '3708120006', patch: { status: 'CLOSED' } }, BUREAU);
    expect(closeViaPatch.errors![0]!.extensions).toMatchObject({ field: 'patch.status' });
    const read = await harness.client.request(HISTORY, { id: '3708120006' });
    expect(read.data!.school.version).toBe(1);
  });

  it('when a location is given in GCJ-02, then it is stored in WGS-84', async () => {
    const res = await create(7, { location: { lng: 116.8, lat: 35.55 } });
    expect(res.errors).toBeUndefined();
    const gcj = await harness.client.request(
      'mutation($input: SchoolInput!) { createSchool(input: $input, crs: GCJ02) { school { location { lng lat } } } }',
      { input: (({ sampleData: _s, ...rest }) => rest)(schoolRow(8, { location: { lng: 116.8, lat: 35.55 } })) },
      BUREAU,
    );
    const { lng, lat } = gcj.data!.createSchool.school.location;
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
  expect(queries.filter((q) => q.startsWith('school_history.'))).toEqual(['school_history.find']);
});
