import { approveOrThrow, BUREAU, IMPORT, REVIEWER, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
const EDITOR = { role: 'BUREAU', subject: 'clerk-edit', districtCode: '370812' } as const;
/** The register file as first imported: the "old file" a clerk later imports again. */
const oldFile = [schoolRow(1), schoolRow(2), schoolRow(3), schoolRow(4)];

beforeAll(async () => {
  harness = await startSchoolsServer();
  await harness.importApproved(oldFile);
  // Later work: a rename of school 1, a new phone for school 2, and school 3 closed.
  const writes = [
    'mutation { updateSchool(id: "3708120001", patch: { name: "兖州区第一实验小学" }) { change { id } } }',
    'mutation { updateSchool(id: "3708120002", patch: { enquiryPhone: "0537-3400002" }) { change { id } } }',
    'mutation { closeSchool(id: "3708120003", closedOn: "2026-07-31", reason: "并入第一实验小学") { change { id } } }',
  ];
  for (const write of writes) {
    const res = await harness.client.request(write, {}, EDITOR);
    await approveOrThrow(harness.client, Object.values(res.data!)[0].change.id, REVIEWER);
  }
});
afterAll(() => harness.stop());

const importFile = (rows: unknown[], extra: Record<string, unknown> = {}) =>
  harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify(rows), ...extra } }, BUREAU);
const read = async (id: string) => (await harness.client.request('query($id: ID!) { school(id: $id) { name enquiryPhone address status closedOn version } }', { id })).data!.school;

it('when an old register file is imported again, then each row that would undo a later edit or reopen a closed school is reported as a conflict, and nothing is submitted for them', async () => {
  const res = await importFile([...oldFile.slice(0, 3), schoolRow(4, { address: '兖州区建设路4号（新址）' })]);
  const report = res.data!.importSchools;
  expect(report).toMatchObject({ accepted: true, created: 0, updated: 1, unchanged: 0, conflicted: 3, baseline: expect.stringContaining('LAST_IMPORT') });
  expect(report.conflicts).toEqual([
    expect.objectContaining({ row: 1, schoolId: '3708120001', field: 'name', currentValue: '"兖州区第一实验小学"', fileValue: '"兖州区第1实验小学"', changedBy: 'clerk-edit', changedInVersion: 2, confirmed: false }),
    expect.objectContaining({ row: 2, schoolId: '3708120002', field: 'enquiryPhone', currentValue: '"0537-3400002"', fileValue: '"0537-3412345"', changedBy: 'clerk-edit', changedInVersion: 2 }),
    expect.objectContaining({ row: 3, schoolId: '3708120003', field: 'status', currentValue: '"CLOSED"', fileValue: '"OPEN"', reason: expect.stringContaining('reopenSchool') }),
  ]);
  expect(Date.parse(report.conflicts[0].changedAt)).not.toBeNaN();
  await approveOrThrow(harness.client, report.change.id);
  expect(await read('3708120001')).toMatchObject({ name: '兖州区第一实验小学', version: 2 });
  expect(await read('3708120002')).toMatchObject({ enquiryPhone: '0537-3400002', version: 2 });
  expect(await read('3708120003')).toMatchObject({ status: 'CLOSED', closedOn: '2026-07-31' });
  expect(await read('3708120004')).toMatchObject({ address: '兖州区建设路4号（新址）', version: 2 });
});

it('when the bureau confirms rows, then only those are applied, and a confirmed row still never reopens a closed school', async () => {
  const baseline = '2020-01-01T00:00:00+08:00';
  const res = await importFile(oldFile.slice(0, 3), { confirmRows: [1, 3], baseline });
  const report = res.data!.importSchools;
  expect(report).toMatchObject({ accepted: true, updated: 1, conflicted: 1, unchanged: 1, baseline: expect.stringContaining('ARGUMENT') });
  expect(report.conflicts.map((c: any) => [c.row, c.field, c.confirmed])).toEqual([[1, 'name', true], [2, 'enquiryPhone', false], [3, 'status', true]]);
  await approveOrThrow(harness.client, report.change.id);
  expect(await read('3708120001')).toMatchObject({ name: '兖州区第1实验小学', version: 3 });
  expect(await read('3708120002')).toMatchObject({ enquiryPhone: '0537-3400002' });
  expect(await read('3708120003')).toMatchObject({ status: 'CLOSED', version: 2 });
});

it('when rows carry the register version they were exported from, then only edits after that version conflict', async () => {
  const current = await read('3708120002');
  const rows = [{ ...schoolRow(2, { enquiryPhone: '0537-3400002', website: 'https://example.edu.cn/' }), version: current.version }];
  const report = (await importFile(rows)).data!.importSchools;
  expect(report).toMatchObject({ accepted: true, updated: 1, conflicted: 0, conflicts: [] });
  const stale = (await importFile([{ ...schoolRow(2), version: 1 }])).data!.importSchools;
  expect(stale.conflicts).toEqual([expect.objectContaining({ row: 1, field: 'enquiryPhone', changedInVersion: 2 })]);
});

it('when a file says it was exported after the later edits, then its rows do not conflict', async () => {
  const file = { baseline: new Date().toISOString(), schools: [schoolRow(2, { enquiryPhone: '0537-3400099' })] };
  const report = (await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify(file) } }, BUREAU)).data!.importSchools;
  expect(report).toMatchObject({ accepted: true, updated: 1, conflicted: 0, baseline: expect.stringContaining('FILE') });
});

it('when a file row would close an open school, then it is a conflict too: closing happens only through closeSchool', async () => {
  const rows = [schoolRow(4, { address: '兖州区建设路4号（新址）', status: 'CLOSED', closedOn: '2026-08-01', closureReason: '撤并', enquiryPhone: null })];
  const report = (await importFile(rows, { baseline: new Date().toISOString() })).data!.importSchools;
  expect(report).toMatchObject({ updated: 0, conflicted: 1 });
  expect(report.conflicts).toEqual([expect.objectContaining({ field: 'status', reason: expect.stringContaining('closeSchool') })]);
});

it('when the baseline is not a real time, then the argument is named', async () => {
  const res = await importFile(oldFile, { baseline: '2026-02-30T00:00:00Z' });
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baseline' });
});
