import { approveOrThrow, APPROVE, BUREAU, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
  await harness.importApproved([schoolRow(1), schoolRow(2)]);
});
afterAll(() => harness.stop());

const officer = (i: number) => ({ ...BUREAU, subject: `officer-${i}` });
const READ = '{ school(id: "3708120001") { version name history { version recordStatus } } }';

const submitRename = async (id: string, name: string, by: { role: 'BUREAU'; subject: string; districtCode: string } = BUREAU) => {
  const res = await harness.client.request('mutation($id: ID!, $p: SchoolPatch!) { updateSchool(id: $id, patch: $p) { change { id } } }', { id, p: { name } }, by);
  return res.data!.updateSchool.change.id as string;
};

it('when six officers approve one register change at once, then exactly one succeeds, the others get CONFLICT, and one version is in force', async () => {
  const id = await submitRename('3708120001', '并发批准后的名字');
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => harness.client.request(APPROVE, { id }, officer(i))));
  const winners = results.filter((r) => !r.errors);
  expect(winners).toHaveLength(1);
  for (const loser of results.filter((r) => r.errors)) expect(loser.errors![0]!.extensions!.code).toBe('CONFLICT');
  expect(winners[0]!.data!.approveRegisterChange).toMatchObject({ status: 'PUBLISHED', publishedRecords: ['SCHOOL:3708120001@v2'] });
  const school = (await harness.client.request(READ)).data!.school;
  expect(school).toMatchObject({ version: 2, name: '并发批准后的名字' });
  expect(school.history).toEqual([{ version: 1, recordStatus: 'SUPERSEDED' }]);
});

it('when six changes of the same field are approved at once, then one is published and the others are refused with CONFLICT, versions staying contiguous', async () => {
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push(await submitRename('3708120002', `并发改名${i}`, officer(i)));
  const results = await Promise.all(ids.map((id, i) => harness.client.request(APPROVE, { id }, officer(i + 10))));
  const winners = results.filter((r) => !r.errors && r.data!.approveRegisterChange.conflicts.length === 0);
  expect(winners).toHaveLength(1);
  for (const other of results.filter((r) => !winners.includes(r))) {
    // Refused before approval (the school changed since it was submitted), or approved but lost the race for the version.
    if (other.errors) expect(other.errors[0]!.extensions!.code).toBe('CONFLICT');
    else expect(other.data!.approveRegisterChange.conflicts).toEqual([expect.objectContaining({ schoolId: '3708120002', fields: ['name'] })]);
  }
  const school = (await harness.client.request('{ school(id: "3708120002") { version name history { version recordStatus } } }')).data!.school;
  expect(school.version).toBe(2);
  expect(school.name).toBe(`并发改名${ids.indexOf(winners[0]!.data!.approveRegisterChange.id)}`);
  expect(school.history).toEqual([{ version: 1, recordStatus: 'SUPERSEDED' }]);
});

it('when two changes of different fields were submitted against the same version, then both are published, the second on top of the first', async () => {
  const rename = await submitRename('3708120001', '先发布的名字');
  const phone = (
    await harness.client.request('mutation { updateSchool(id: "3708120001", patch: { enquiryPhone: "0537-3499999" }) { change { id } } }', {}, officer(20))
  ).data!.updateSchool.change.id;
  await approveOrThrow(harness.client, rename, officer(21));
  expect(await approveOrThrow(harness.client, phone, officer(22))).toMatchObject({ status: 'PUBLISHED', publishedRecords: ['SCHOOL:3708120001@v4'], conflicts: [] });
  const school = (await harness.client.request('{ school(id: "3708120001") { version name enquiryPhone } }')).data!.school;
  expect(school).toEqual({ version: 4, name: '先发布的名字', enquiryPhone: '0537-3499999' });
});
