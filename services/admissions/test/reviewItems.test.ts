import {
  APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RESULTS, importApproved, OTHER_BUREAU, resultRow, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const ok = async (query: string, variables: Record<string, unknown> = {}, identity?: object) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0] as any;
};
const PEOPLE = [
  { name: '张三明', idNumber: '37081220150101123X', category: 'MILITARY_FAMILY' },
  { name: '欧阳娜娜', idNumber: null, category: 'MARTYR_CHILD' },
];
const LIST = { districtCode: DISTRICT, kind: 'POLICY_PREFERENCE', year: 2026, stage: 'JUNIOR', title: '2026年政策性照顾学生名单', entries: PEOPLE };
const PUBLISH_LIST = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { id } }`;
const ITEMS = (unmasked: boolean) => `query($d: String!) { bureauChanges(districtCode: $d, status: SUBMITTED) {
  id kind items { kind recordKey content correctionReason replaces replacesVersion replacedContent entries(unmasked: ${unmasked}) { name idNumber category masked } } } }`;
let listChangeId = '';
const waiting = async (id: string, unmasked = false, identity: object = SECOND_BUREAU) => ((await ok(ITEMS(unmasked), { d: DISTRICT }, identity)) as any[]).find((c) => c.id === id);

describe('BureauChange.items: what the reviewer approves is what they see', () => {
  it('when a named list waits for review, then its people are listed masked against the list in force, and unmasked only for the district bureau on request', async () => {
    const first = await ok(PUBLISH_LIST, { input: LIST }, BUREAU);
    const [item] = (await waiting(first.id)).items;
    expect(item).toMatchObject({ kind: 'NAMED_LIST', recordKey: `${DISTRICT}:-:POLICY_PREFERENCE:2026:JUNIOR`, replaces: null, replacedContent: null, correctionReason: null });
    expect(item.entries).toEqual([
      { name: '张*明', idNumber: '370812********123X', category: 'MILITARY_FAMILY', masked: true },
      { name: '欧**娜', idNumber: null, category: 'MARTYR_CHILD', masked: true },
    ]);
    // The content is the masked list; the digest's salt is never served.
    expect(item.content).not.toMatch(/张三明|37081220150101123X|entriesSalt/);
    expect(JSON.parse(item.content)).toMatchObject({ title: LIST.title, entries: [{ name: '张*明' }, { name: '欧**娜' }] });

    const unmasked = (await waiting(first.id, true)).items[0].entries;
    expect(unmasked[0]).toEqual({ ...PEOPLE[0], masked: false });
    const reads = await ok(`{ history(districtCode: "${DISTRICT}", entityId: "${first.id}") { action actor } }`, {}, BUREAU);
    expect(reads).toContainEqual({ action: 'READ_UNMASKED', actor: 'reviewer-2' });

    await ok(APPROVE_CHANGE, { id: first.id }, SECOND_BUREAU);
    const correction = await ok(PUBLISH_LIST, { input: { ...LIST, entries: [...PEOPLE, { name: '李四', category: 'OTHER' }], correctionReason: '漏登一名学生' } }, BUREAU);
    listChangeId = correction.id;
    const [corrected] = (await waiting(correction.id)).items;
    expect(corrected).toMatchObject({ correctionReason: '漏登一名学生', replacesVersion: 1, replaces: expect.stringMatching(/^NAMED_LIST:.*@v1$/) });
    expect(corrected.entries.map((e: { name: string }) => e.name)).toEqual(['张*明', '欧**娜', '李*']);
    expect(JSON.parse(corrected.replacedContent).entries.map((e: { name: string }) => e.name)).toEqual(['张*明', '欧**娜']);
  });

  it('when the district bureau reads one change by id, then it gets its items; anyone else asking for it, or the queue, or its people unmasked, is refused and no name comes back', async () => {
    const ONE = (unmasked: boolean) => `query($id: ID!) { bureauChange(id: $id) { id items { entries(unmasked: ${unmasked}) { name } } } }`;
    expect((await ok(ONE(false), { id: listChangeId }, SECOND_BUREAU)).items[0].entries.map((e: { name: string }) => e.name)).toEqual(['张*明', '欧**娜', '李*']);
    expect(await ok(ONE(false), { id: 'NAMED_LIST:none#1' }, SECOND_BUREAU)).toBeNull();
    for (const identity of [undefined, schoolUser(SCHOOL_A), OTHER_BUREAU]) {
      for (const unmasked of [false, true]) {
        for (const res of [await harness.client.request(ITEMS(unmasked), { d: DISTRICT }, identity as never), await harness.client.request(ONE(unmasked), { id: listChangeId }, identity as never)]) {
          expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
          expect(JSON.stringify(res)).not.toMatch(/张|李四/);
        }
      }
    }
  });

  it('when a result import with a correction waits for review, then each row is an item with its figures and the version it replaces', async () => {
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow()]);
    const submitted = await harness.client.request(IMPORT_RESULTS, {
      input: { districtCode: DISTRICT, content: JSON.stringify([resultRow({ plannedSeats: 200, admitted: 200, correctionReason: '计划数录入错误' }), resultRow({ schoolId: '2137081002' })]) },
    }, BUREAU as never);
    const items = (await waiting(submitted.data!.importAdmissionResults.review.id)).items;
    expect(items).toHaveLength(2);
    const [corrected, added] = [...items].sort((a: any, b: any) => a.recordKey.localeCompare(b.recordKey));
    expect(corrected).toMatchObject({ kind: 'ADMISSION_RESULT', recordKey: `${SCHOOL_A}:2025:PRIMARY:1`, correctionReason: '计划数录入错误', replacesVersion: 1, entries: [] });
    expect(JSON.parse(corrected.content)).toMatchObject({ schoolId: SCHOOL_A, plannedSeats: 200, admitted: 200, applicants: 201 });
    expect(JSON.parse(corrected.replacedContent)).toMatchObject({ version: 1, plannedSeats: 180, admitted: 180 });
    expect(added).toMatchObject({ replaces: null, replacedContent: null, correctionReason: null });
  });
});

describe('contentHash on every published record type', () => {
  it('when transfers, school rules, a named list and a policy document are published, then each contentHash equals its PUBLISHED log entry’s content hash', async () => {
    const school = schoolUser(SCHOOL_A);
    const publishSubmission = async (mutation: string, input: object) => ok(APPROVE, { id: (await ok(mutation, { input }, school)).id }, BUREAU);
    await publishSubmission(`mutation($input: TransferReportInput!) { saveTransferReport(input: $input, submit: true) { id } }`,
      { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2026, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 2 }] });
    await publishSubmission(`mutation($input: SchoolRulesInput!) { saveSchoolRules(input: $input, submit: true) { id } }`,
      { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2026, stage: 'PRIMARY', rules: ['按划片招生'] });
    const policy = { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕7号', title: '军人子女入学优待', issuer: '教育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '解读' };
    const policyId = (await ok(`mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`, { input: policy }, BUREAU)).id;
    await ok(APPROVE_CHANGE, { id: (await ok(`mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }`, { id: policyId }, BUREAU)).id }, SECOND_BUREAU);

    const logged = new Map((await harness.logEntries()).filter((e) => e.event === 'PUBLISHED').map((e) => [e.recordId, e.contentHash]));
    const records = [
      ...(await ok(`{ transferReportVersions(schoolId: "${SCHOOL_A}", year: 2026, term: AUTUMN) { recordId contentHash } }`)),
      ...(await ok(`{ schoolRulesVersions(schoolId: "${SCHOOL_A}", year: 2026, stage: PRIMARY) { recordId contentHash } }`)),
      ...(await ok(`{ namedLists(districtCode: "${DISTRICT}", year: 2026) { recordId contentHash } }`)),
      ...(await ok(`{ policyDocuments(districtCode: "${DISTRICT}") { recordId contentHash } }`)),
    ] as { recordId: string; contentHash: string }[];
    expect(records.map((r) => r.recordId.split(':')[0]).sort()).toEqual(['NAMED_LIST', 'POLICY_DOCUMENT', 'SCHOOL_RULES', 'TRANSFER']);
    for (const r of records) expect({ recordId: r.recordId, contentHash: r.contentHash }).toEqual({ recordId: r.recordId, contentHash: logged.get(r.recordId) });

    // A stored list edited behind the system's back no longer matches its log entry.
    const list = records.find((r) => r.recordId.startsWith('NAMED_LIST'))!;
    await harness.database.connection.collection('named_lists').updateOne({ _id: list.recordId as never }, { $set: { 'entries.0.name': '张山明' } });
    const [changed] = await ok(`{ namedLists(districtCode: "${DISTRICT}", year: 2026) { recordId contentHash } }`);
    expect(changed.contentHash).not.toBe(logged.get(list.recordId));
  });
});
