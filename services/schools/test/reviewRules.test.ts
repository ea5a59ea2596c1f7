import { openDistrictSettings } from '@zsgk/publication';
import { APPROVE, BUREAU, IMPORT, REVIEWER, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

const submit = async (rows: unknown[], districtCode = '370812', identity: any = BUREAU) =>
  (await harness.client.request(IMPORT, { input: { districtCode, format: 'JSON', content: JSON.stringify(rows) } }, identity)).data!.importSchools.change.id as string;
const statusOf = async (id: string, identity: any = REVIEWER) =>
  (await harness.client.request('query($id: ID!) { registerChange(id: $id) { status returnReason reviewedBy } }', { id }, identity)).data!.registerChange;

it('when the submitter approves their own register change, then it is FORBIDDEN and nothing is published', async () => {
  const id = await submit([schoolRow(1)]);
  const res = await harness.client.request(APPROVE, { id }, BUREAU);
  expect(res.errors![0]).toMatchObject({ message: expect.stringContaining('须由本区另一名工作人员审核'), extensions: { code: 'FORBIDDEN' } });
  expect(await statusOf(id)).toMatchObject({ status: 'SUBMITTED' });
  expect((await harness.client.request('{ school(id: "3708120001") { id } }')).data!.school).toBeNull();
});

it('when a second officer returns a change with a reason, then it is RETURNED, listed so, and can no longer be approved', async () => {
  const id = await submit([schoolRow(2)]);
  const returned = await harness.client.request('mutation($id: ID!) { returnRegisterChange(id: $id, reason: "地址有误") { status returnReason } }', { id }, REVIEWER);
  expect(returned.data!.returnRegisterChange).toEqual({ status: 'RETURNED', returnReason: '地址有误' });
  const listed = await harness.client.request('{ registerChanges(districtCode: "370812", status: RETURNED) { id summary submittedBy reviewedBy } }', {}, BUREAU);
  expect(listed.data!.registerChanges).toEqual([expect.objectContaining({ id, submittedBy: 'clerk-1', reviewedBy: 'reviewer-1' })]);
  const late = await harness.client.request(APPROVE, { id }, { ...REVIEWER, subject: 'reviewer-2' });
  expect(late.errors![0]!.extensions!.code).toBe('CONFLICT');
});

it('when the district has published its single-officer setting, then the submitter may approve their own change', async () => {
  const tianjin = { role: 'BUREAU', subject: 'tj-only', districtCode: '120116' } as const;
  await openDistrictSettings(harness.database.connection, harness.ledgerDb).publish({
    districtCode: '120116',
    singleOfficerAllowed: true,
    reason: '本区仅一名工作人员',
    actor: 'tj-only',
  });
  const id = await submit([schoolRow(3, { id: '1201160003', districtCode: '120116', location: { lng: 117.7, lat: 39.0 } })], '120116', tianjin);
  const res = await harness.client.request(APPROVE, { id }, tianjin);
  expect(res.data!.approveRegisterChange).toMatchObject({ status: 'PUBLISHED', reviewedBy: 'tj-only' });
});
