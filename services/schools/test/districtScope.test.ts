import { approveOrThrow, APPROVE, BUREAU, IMPORT, REVIEWER, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
const NEIGHBOUR = { role: 'BUREAU', subject: 'qf-clerk', districtCode: '370811' } as const;
const NEIGHBOUR_REVIEWER = { role: 'BUREAU', subject: 'qf-reviewer', districtCode: '370811' } as const;
const foreignRow = (n: number) => schoolRow(n, { id: String(3708110000 + n), districtCode: '370811', name: `任城区第${n}小学` });
let foreignChangeId: string;

beforeAll(async () => {
  harness = await startSchoolsServer();
  await harness.importApproved([schoolRow(1), schoolRow(2, { status: 'CLOSED', closedOn: '2025-07-31', closureReason: '撤并' })]);
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370811', format: 'JSON', content: JSON.stringify([foreignRow(1)]) } }, NEIGHBOUR);
  await approveOrThrow(harness.client, res.data!.importSchools.change.id, NEIGHBOUR_REVIEWER);
  const pending = await harness.client.request('mutation { updateSchool(id: "3708110001", patch: { name: "任城区第一小学" }) { change { id } } }', {}, NEIGHBOUR);
  foreignChangeId = pending.data!.updateSchool.change.id;
});
afterAll(() => harness.stop());

const auditOf = async (districtCode: string, identity: any) =>
  (await harness.client.request('query($d: String!) { registerAudit(districtCode: $d, first: 500) { actor actorDistrictCode action operation outcome errorCode schoolIds reviewId summary } }', { d: districtCode }, identity)).data!
    .registerAudit as any[];

const refusedIn370811 = async (operation: string) => (await auditOf('370811', NEIGHBOUR_REVIEWER)).filter((e) => e.operation === operation && e.outcome === 'REFUSED');

const REOPEN = 'mutation($id: ID!) { reopenSchool(id: $id) { change { id } } }';
const UPDATE = 'mutation($id: ID!) { updateSchool(id: $id, patch: { name: "改名" }) { change { id } } }';
const CLOSE = 'mutation($id: ID!) { closeSchool(id: $id, closedOn: "2026-07-31", reason: "撤并") { change { id } } }';

describe.each([
  ['updateSchool', UPDATE],
  ['closeSchool', CLOSE],
  ['reopenSchool', REOPEN],
])('%s across districts', (operation, mutation) => {
  it(`when a 370812 officer names a 370811 school, then ${operation} is FORBIDDEN naming the school and its district, and 370811's audit records it`, async () => {
    const res = await harness.client.request(mutation, { id: '3708110001' }, BUREAU);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708110001 属于 370811 区，不属于 370812 区', extensions: { code: 'FORBIDDEN', field: 'id' } });
    expect(await refusedIn370811(operation)).toEqual([
      expect.objectContaining({ actor: 'clerk-1', actorDistrictCode: '370812', errorCode: 'FORBIDDEN', schoolIds: ['3708110001'], summary: expect.stringContaining('3708110001') }),
    ]);
  });

  it(`when the school code is not in the register, then ${operation} is NOT_FOUND naming it, audited in the caller's district`, async () => {
    const res = await harness.client.request(mutation, { id: '3708129999' }, BUREAU);
    expect(res.errors![0]).toMatchObject({ message: '学校 3708129999 不在学校名册中', extensions: { code: 'NOT_FOUND', field: 'id' } });
    const audit = await auditOf('370812', REVIEWER);
    expect(audit.some((e) => e.operation === operation && e.errorCode === 'NOT_FOUND' && e.schoolIds[0] === '3708129999')).toBe(true);
  });
});

it('when a 370812 officer registers a school in 370811, then createSchool is FORBIDDEN naming it, and 370811 audits it', async () => {
  const { sampleData: _s, ...input } = foreignRow(5);
  const res = await harness.client.request('mutation($input: SchoolInput!) { createSchool(input: $input) { change { id } } }', { input }, BUREAU);
  expect(res.errors![0]).toMatchObject({ message: '学校 3708110005 属于 370811 区，不属于 370812 区', extensions: { code: 'FORBIDDEN' } });
  expect(await refusedIn370811('createSchool')).toEqual([expect.objectContaining({ actor: 'clerk-1', schoolIds: ['3708110005'] })]);
});

it('when a 370812 officer imports a file for 370811, then it is FORBIDDEN, and 370811 audits it', async () => {
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370811', format: 'JSON', content: JSON.stringify([foreignRow(6)]) } }, BUREAU);
  expect(res.errors![0]).toMatchObject({ message: '此导入文件属于 370811 区，不属于 370812 区', extensions: { code: 'FORBIDDEN' } });
  expect((await refusedIn370811('importSchools')).some((e) => e.summary.includes('此导入文件'))).toBe(true);
});

it("when a 370812 file has rows for 370811 schools, then those rows are refused by number, nothing is submitted, and 370811's audit names the rows", async () => {
  const rows = [schoolRow(3), { ...schoolRow(4), districtCode: '370811', id: '3708110007' }, { ...schoolRow(5), id: '3708110001' }];
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify(rows) } }, BUREAU);
  expect(res.data!.importSchools).toMatchObject({ accepted: false, change: null });
  expect(res.data!.importSchools.problems).toEqual([
    { row: 2, field: 'districtCode', reason: '学校 3708110007 属于 370811 区，不属于 370812 区' },
    { row: 3, field: 'districtCode', reason: '学校 3708110001 属于 370811 区，不属于 370812 区' },
  ]);
  const refused = (await refusedIn370811('importSchools')).filter((e) => e.summary.includes('第 2、3 行'));
  expect(refused).toEqual([expect.objectContaining({ errorCode: 'FORBIDDEN', schoolIds: ['3708110007', '3708110001'] })]);
});

it.each([
  ['approveRegisterChange', APPROVE],
  ['returnRegisterChange', 'mutation($id: ID!) { returnRegisterChange(id: $id, reason: "不同意") { id } }'],
])('when a 370812 officer acts on a 370811 register change, then %s is FORBIDDEN naming it, and 370811 audits it', async (operation, mutation) => {
  const res = await harness.client.request(mutation, { id: foreignChangeId }, REVIEWER);
  expect(res.errors![0]).toMatchObject({ message: `名册变更 ${foreignChangeId} 属于 370811 区，不属于 370812 区`, extensions: { code: 'FORBIDDEN' } });
  expect(await refusedIn370811(operation)).toEqual([expect.objectContaining({ actor: 'reviewer-1', reviewId: foreignChangeId })]);
  const still = await harness.client.request('query($id: ID!) { registerChange(id: $id) { status } }', { id: foreignChangeId }, NEIGHBOUR);
  expect(still.data!.registerChange.status).toBe('SUBMITTED');
});

it('when another district asks for a district\'s register changes or audit, then it is FORBIDDEN', async () => {
  for (const query of ['{ registerChanges(districtCode: "370811") { id } }', '{ registerAudit(districtCode: "370811") { at } }']) {
    expect((await harness.client.request(query, {}, BUREAU)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  }
});

it('when every write is audited, then the district sees who submitted, approved and published what', async () => {
  const audit = await auditOf('370812', REVIEWER);
  const actions = audit.filter((e) => e.outcome === 'OK').map((e) => `${e.action}:${e.actor}`);
  expect(actions).toEqual(expect.arrayContaining(['SUBMIT_IMPORT:clerk-1', 'APPROVE:reviewer-1', 'PUBLISH:reviewer-1']));
});
