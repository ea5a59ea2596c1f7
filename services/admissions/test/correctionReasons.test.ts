import {
  APPROVE, APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RULES, importApproved, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const A = schoolUser(SCHOOL_A);
const ok = async (query: string, variables: Record<string, unknown>, identity?: object) => {
  const res = await harness.client.request(query, variables, identity as never);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0] as any;
};
/** What an anonymous caller reads: each version's number, status and reason. */
const anonymous = (query: string) => ok(query, {});
const SAVE_TRANSFER = `mutation($input: TransferReportInput!) { saveTransferReport(input: $input, submit: true) { id } }`;
const SAVE_SCHOOL_RULES = `mutation($input: SchoolRulesInput!) { saveSchoolRules(input: $input, submit: true) { id } }`;
const PUBLISH_LIST = `mutation($input: NamedListInput!) { publishNamedList(input: $input) { id published { recordId } } }`;
const SAVE_POLICY = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id } }`;
const PUBLISH_POLICY = `mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }`;
const SET_EXPIRY = `mutation($id: ID!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: "2030-12-31", reason: "上级文件调整，2030 年底废止") { id } }`;
const publishSubmission = async (mutation: string, input: Record<string, unknown>) => ok(APPROVE, { id: (await ok(mutation, { input }, A)).id }, BUREAU);
const approveChange = (id: string) => ok(APPROVE_CHANGE, { id }, SECOND_BUREAU);
const VERSIONS = (reason: string | null, version: number, status: string) => ({ version, status, correctionReason: reason });

describe('corrections explained in public: every superseding version carries its reason, readable by anyone, and logged', () => {
  it('when enrolment rules are corrected, then the public reads the reason on the record and its history', async () => {
    const row = { year: 2026, stage: 'PRIMARY', title: '方案', admissionMethod: '就近入学', interpretation: '解读' };
    await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', [row]);
    await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', [{ ...row, admissionMethod: '就近免试入学', correctionReason: '招生方式表述更正' }]);
    const versions = await anonymous(`{ enrolmentRules(districtCode: "${DISTRICT}", year: 2026, stage: PRIMARY, includeSuperseded: true) { version status correctionReason } }`);
    expect(versions).toEqual([VERSIONS('招生方式表述更正', 2, 'PUBLISHED'), VERSIONS(null, 1, 'SUPERSEDED')]);
  });

  it('when a school corrects its transfer figures and its school rules, then both histories show the reasons', async () => {
    const transfer = { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2026, term: 'AUTUMN', transfersIn: [{ reason: 'FAMILY_MOVE', count: 2 }] };
    await publishSubmission(SAVE_TRANSFER, transfer);
    await publishSubmission(SAVE_TRANSFER, { ...transfer, transfersIn: [{ reason: 'FAMILY_MOVE', count: 3 }], correctionReason: '漏报一名转入学生' });
    expect(await anonymous(`{ transferReportVersions(schoolId: "${SCHOOL_A}", year: 2026, term: AUTUMN) { version status correctionReason } }`))
      .toEqual([VERSIONS('漏报一名转入学生', 2, 'PUBLISHED'), VERSIONS(null, 1, 'SUPERSEDED')]);

    const rules = { districtCode: DISTRICT, schoolId: SCHOOL_A, year: 2026, stage: 'PRIMARY', rules: ['按划片招生'] };
    await publishSubmission(SAVE_SCHOOL_RULES, rules);
    await publishSubmission(SAVE_SCHOOL_RULES, { ...rules, rules: ['按划片招生', '双胞胎可同校就读'], correctionReason: '补充双胞胎入学规定' });
    expect(await anonymous(`{ schoolRulesVersions(schoolId: "${SCHOOL_A}", year: 2026, stage: PRIMARY) { version status correctionReason } }`))
      .toEqual([VERSIONS('补充双胞胎入学规定', 2, 'PUBLISHED'), VERSIONS(null, 1, 'SUPERSEDED')]);
  });

  it('when a named list is corrected and a policy document expires, then their histories show the reasons, and the log content of each CORRECTED version holds it', async () => {
    const list = { districtCode: DISTRICT, schoolId: SCHOOL_A, kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY', title: '录取名单', entries: [{ name: '张三明' }] };
    await approveChange((await ok(PUBLISH_LIST, { input: list }, BUREAU)).id);
    const corrected = await approveChange((await ok(PUBLISH_LIST, { input: { ...list, entries: [{ name: '张三明' }, { name: '李四' }], correctionReason: '漏登一名学生' } }, BUREAU)).id);
    expect(await anonymous(`{ namedListVersions(id: "${corrected.published[0].recordId}") { version status correctionReason } }`))
      .toEqual([VERSIONS('漏登一名学生', 2, 'PUBLISHED'), VERSIONS(null, 1, 'SUPERSEDED')]);

    const policy = { districtCode: DISTRICT, documentNumber: '兖教发〔2026〕5号', title: '军人子女入学优待', issuer: '教育局', categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '解读' };
    const id = (await ok(SAVE_POLICY, { input: policy }, BUREAU)).id;
    await approveChange((await ok(PUBLISH_POLICY, { id }, BUREAU)).id);
    await approveChange((await ok(SET_EXPIRY, { id }, BUREAU)).id);
    expect(await anonymous(`{ policyDocumentVersions(id: "${id}") { version status effectiveUntil correctionReason } }`)).toEqual([
      { ...VERSIONS('上级文件调整，2030 年底废止', 2, 'PUBLISHED'), effectiveUntil: '2030-12-31' },
      { ...VERSIONS(null, 1, 'SUPERSEDED'), effectiveUntil: null },
    ]);

    // The new version's PUBLISHED entry is the logged content of the correction, reason included.
    const entries = await harness.logEntries();
    const replaced = entries.filter((e) => e.event === 'CORRECTED' || e.event === 'SUPERSEDED').map((e) => e.kind).sort();
    expect(replaced).toEqual(['ENROLMENT_RULES', 'NAMED_LIST', 'POLICY_DOCUMENT', 'SCHOOL_RULES', 'TRANSFER']);
    for (const entry of entries.filter((e) => e.event === 'PUBLISHED' && e.version === 2)) {
      const res = await anonymous(`{ _entities(representations: [{ __typename: "PublicationLogEntry", kind: "${entry.kind}", recordId: "${entry.recordId}", version: 2 }]) { ... on PublicationLogEntry { admissionsContent } } }`);
      expect({ kind: entry.kind, reason: JSON.parse(res[0].admissionsContent).correctionReason }).toEqual({ kind: entry.kind, reason: expect.stringMatching(/.+/) });
    }
  });
});
