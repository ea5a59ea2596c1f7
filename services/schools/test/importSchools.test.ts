import { approveOrThrow, IMPORT, BUREAU, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

const importJson = (rows: unknown[], identity: any = BUREAU) =>
  harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify(rows) } }, identity ?? undefined);

const listIds = async () => {
  const res = await harness.client.request('{ schools(filter: { districtCode: "370812" }, first: 500) { totalCount nodes { id } } }');
  return res.data!.schools.nodes.map((n: { id: string }) => n.id);
};

describe('importSchools', () => {
  it('when a bureau imports valid rows, then they are listed once a second officer approves, and a second import changes nothing', async () => {
    const rows = [schoolRow(1), schoolRow(2), schoolRow(3)];
    const first = await importJson(rows);
    expect(first.data!.importSchools).toMatchObject({ accepted: true, created: 3, updated: 0, unchanged: 0, problems: [], change: { status: 'SUBMITTED', changeCount: 3 } });
    expect(await listIds()).toEqual([]);
    expect(await approveOrThrow(harness.client, first.data!.importSchools.change.id)).toMatchObject({ status: 'PUBLISHED', reviewedBy: 'reviewer-1' });
    expect(await listIds()).toEqual(['3708120001', '3708120002', '3708120003']);

    const again = await importJson(rows);
    expect(again.data!.importSchools).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 3, change: null });
  });

  it('when one row is malformed, then nothing of the file is written and the row and field are named', async () => {
    const before = await listIds();
    const rows = [schoolRow(10), schoolRow(11, { enquiryPhone: 'call us' }), schoolRow(12)];
    const res = await importJson(rows);
    expect(res.data!.importSchools.accepted).toBe(false);
    expect(res.data!.importSchools.problems).toEqual([
      { row: 2, field: 'enquiryPhone', reason: '不是有效的电话号码；请写带区号的固定电话（如 0537-1234567）、手机号或 12345' },
    ]);
    expect(await listIds()).toEqual(before);
  });

  it('when latitude and longitude are swapped, then the row is refused saying so', async () => {
    const res = await importJson([schoolRow(20, { location: { lng: 35.55, lat: 116.8 } })]);
    expect(res.data!.importSchools.problems[0]).toMatchObject({ row: 1, field: 'location', reason: expect.stringMatching(/^经度和纬度似乎填反了/) });
  });

  it('when the file is not JSON, then the error names the content argument', async () => {
    const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: '[{' } }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
  });

  it('when an anonymous caller or another district imports, then it is refused and nothing is written', async () => {
    const before = await listIds();
    const anonymous = await importJson([schoolRow(30)], null);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const other = await importJson([schoolRow(31)], { role: 'BUREAU', subject: 'x', districtCode: '120116' });
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const school = await importJson([schoolRow(32)], { role: 'SCHOOL', subject: 'x', schoolId: '3708120001' });
    expect(school.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await listIds()).toEqual(before);
  });
});
