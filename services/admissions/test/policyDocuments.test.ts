import {
  APPROVE_CHANGE, BUREAU, DISTRICT, IMPORT_RESULTS, importApproved, resultInput, resultRow, SAVE_RESULT, SCHOOL_A, schoolUser, SECOND_BUREAU, startAdmissionsServer,
} from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
const SAVE_POLICY = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id documentNumber published status version } }`;
const PUBLISH_POLICY = `mutation($id: ID!) { publishPolicyDocument(id: $id) { id status } }`;
const SET_EXPIRY = `mutation($id: ID!, $until: String!) { setPolicyDocumentExpiry(id: $id, effectiveUntil: $until) { id status summary } }`;
const POLICY = `{ policyDocuments(districtCode: "${DISTRICT}") { id documentNumber effectiveUntil version recordId correctionReason status(on: "2027-10-01") } }`;
const policy = (documentNumber: string, overrides: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, documentNumber, title: `${documentNumber} 关于军人子女入学优待的实施办法`, issuer: '兖州区教育和体育局',
  categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '军人子女可在驻地就近入学', ...overrides,
});
const preferential = (policyDocumentNumber: string) => [{ category: 'MILITARY_FAMILY', count: 3, policyDocumentNumber }];
const approve = async (id: string) => {
  const res = await harness.client.request(APPROVE_CHANGE, { id }, SECOND_BUREAU);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.approveBureauChange;
};
const publishPolicy = async (number: string, extra: Record<string, unknown> = {}) => {
  const saved = await harness.client.request(SAVE_POLICY, { input: policy(number, extra) }, BUREAU);
  const submitted = await harness.client.request(PUBLISH_POLICY, { id: saved.data!.savePolicyDocument.id }, BUREAU);
  return approve(submitted.data!.publishPolicyDocument.id);
};

// Documents are published today (the test's clock); the default round of 2027 opens on 2027-06-01, after it.
beforeAll(async () => {
  harness = await startAdmissionsServer();
  const draft = await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕1号') }, BUREAU); // stays unpublished
  expect(draft.data!.savePolicyDocument).toMatchObject({ published: false, status: 'DRAFT', version: 0 });
  await publishPolicy('兖教发〔2024〕9号', { effectiveUntil: '2025-12-31' });
  await publishPolicy('兖教发〔2026〕2号');
});
afterAll(() => harness.stop());

const submit = (number: string, year = 2027) =>
  harness.client.request(SAVE_RESULT, { input: resultInput({ year, preferential: preferential(number) }), submit: true }, schoolUser(SCHOOL_A));

describe('preferential admissions cite policy documents published before the round and in force over it', () => {
  it('when a school cites an unpublished document, then it is refused naming the document', async () => {
    const res = await submit('兖教发〔2026〕1号');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.preferential.0.policyDocumentNumber' });
    expect(res.errors![0]!.message).toContain('兖教发〔2026〕1号');
    expect(res.errors![0]!.message).toContain('尚未公布');
  });

  it('when a school cites a document submitted for publication but not yet approved, then it is still refused as not published', async () => {
    const saved = await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕5号') }, BUREAU);
    const submitted = await harness.client.request(PUBLISH_POLICY, { id: saved.data!.savePolicyDocument.id }, BUREAU);
    expect(submitted.data!.publishPolicyDocument.status).toBe('SUBMITTED');
    expect((await submit('兖教发〔2026〕5号')).errors![0]!.message).toContain('尚未公布');
  });

  it('when a school cites an expired document, then it is refused naming the document and its expiry', async () => {
    const res = await submit('兖教发〔2024〕9号');
    expect(res.errors![0]!.message).toMatch(/兖教发〔2024〕9号.*已失效.*2025-12-31/);
  });

  it('when a result applies a document in a round that opened before the document was published, then it is refused naming both dates', async () => {
    const res = await submit('兖教发〔2026〕2号', 2026);
    expect(res.errors![0]!.message).toMatch(/兖教发〔2026〕2号.*公布于 \d{4}-\d{2}-\d{2}，未早于招生开始日 2026-06-01/);
  });

  it('when a school cites a document never filed, then it is refused naming it', async () => {
    expect((await submit('鲁教基字〔2020〕1号')).errors![0]!.message).toContain('鲁教基字〔2020〕1号');
  });

  it('when the bureau imports results citing an expired document, then the row is refused naming it', async () => {
    const rows = [resultRow({ year: 2027, preferential: preferential('兖教发〔2024〕9号') })];
    const res = await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify(rows) } }, BUREAU);
    expect(res.data!.importAdmissionResults.problems).toEqual([{ row: 1, field: 'preferential.0.policyDocumentNumber', reason: expect.stringContaining('兖教发〔2024〕9号') }]);
  });

  it('when a school cites a published document in force over the round, then it is accepted and the result links the document', async () => {
    const res = await submit('兖教发〔2026〕2号');
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveAdmissionResult.admissionResult.preferential).toEqual(preferential('兖教发〔2026〕2号'));
  });
});

describe('policy documents', () => {
  it('when the public lists documents, then the expired one is still there, marked 已失效, and drafts are not', async () => {
    const res = await harness.client.request(`{ policyDocuments(districtCode: "${DISTRICT}") { documentNumber status statusLabel effectiveUntil } }`);
    expect(res.data!.policyDocuments).toEqual(
      expect.arrayContaining([
        { documentNumber: '兖教发〔2024〕9号', status: 'EXPIRED', statusLabel: '已失效', effectiveUntil: '2025-12-31' },
        expect.objectContaining({ documentNumber: '兖教发〔2026〕2号', statusLabel: '现行有效' }),
      ]),
    );
    expect(res.data!.policyDocuments).toHaveLength(2);
  });

  it('when the bureau tries to edit a published document, then it is refused: published documents are never edited', async () => {
    const res = await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕2号', { title: '改过的标题' }) }, BUREAU);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.documentNumber' });
  });

  it('when an expiry would end a document before the round of a published admission citing it, then it is refused (CONFLICT naming the record); a later one publishes version 2, logged EXPIRED', async () => {
    await publishPolicy('兖教发〔2026〕7号');
    const citing = resultRow({ schoolId: '2137081003', year: 2027, preferential: preferential('兖教发〔2026〕7号') });
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [citing]);
    const id = `${DISTRICT}/兖教发〔2026〕7号`;

    const refused = await harness.client.request(SET_EXPIRY, { id, until: '2027-07-01' }, BUREAU);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'effectiveUntil' });
    expect(refused.errors![0]!.message).toContain('2137081003:2027:PRIMARY:1');

    const later = await harness.client.request(SET_EXPIRY, { id, until: '2027-12-31' }, BUREAU);
    expect(later.data!.setPolicyDocumentExpiry.status).toBe('SUBMITTED');
    const unchanged = (await harness.client.request(POLICY, { id })).data!.policyDocuments.find((d: any) => d.id === id);
    expect(unchanged).toMatchObject({ effectiveUntil: null, version: 1 }); // nothing changes before approval
    const published = await approve(later.data!.setPolicyDocumentExpiry.id);
    expect(published.published).toEqual([expect.objectContaining({ recordId: `POLICY_DOCUMENT:${id}@v2`, version: 2 })]);
    const now = (await harness.client.request(POLICY, { id })).data!.policyDocuments.find((d: any) => d.id === id);
    expect(now).toMatchObject({ effectiveUntil: '2027-12-31', version: 2, recordId: `POLICY_DOCUMENT:${id}@v2`, correctionReason: expect.stringContaining('2027-12-31') });
    const events = (await harness.logEntries()).filter((e) => e.kind === 'POLICY_DOCUMENT' && e.recordId.startsWith(`POLICY_DOCUMENT:${id}@`)).map((e) => `${e.version}:${e.event}`);
    expect(events).toEqual(['1:PUBLISHED', '2:PUBLISHED', '2:EXPIRED', '1:SUPERSEDED']);
  });

  it('when an expiry is approved after a citing admission was published meanwhile, then the approval is refused (CONFLICT) and nothing is published', async () => {
    await publishPolicy('兖教发〔2026〕8号');
    const id = `${DISTRICT}/兖教发〔2026〕8号`;
    const pending = (await harness.client.request(SET_EXPIRY, { id, until: '2027-07-01' }, BUREAU)).data!.setPolicyDocumentExpiry;
    await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', [resultRow({ schoolId: '2137081004', year: 2027, preferential: preferential('兖教发〔2026〕8号') })]);
    const res = await harness.client.request(APPROVE_CHANGE, { id: pending.id }, SECOND_BUREAU);
    expect(res.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(res.errors![0]!.message).toContain('2137081004:2027:PRIMARY:1');
    expect((await harness.client.request(POLICY, { id })).data!.policyDocuments.find((d: any) => d.id === id)).toMatchObject({ effectiveUntil: null, version: 1 });
  });
});
