import { BUREAU, DISTRICT, IMPORT_RESULTS, resultInput, resultRow, SAVE_RESULT, SCHOOL_A, schoolUser, startAdmissionsServer } from './admissionsServer';
import { startSchoolRegisterStub } from './schoolRegisterStub';

let register: Awaited<ReturnType<typeof startSchoolRegisterStub>>;
let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
const SAVE_POLICY = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id documentNumber published status } }`;
const PUBLISH_POLICY = `mutation($id: ID!) { publishPolicyDocument(id: $id) { id published } }`;
const policy = (documentNumber: string, overrides: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, documentNumber, title: `${documentNumber} 关于军人子女入学优待的实施办法`, issuer: '兖州区教育和体育局',
  categories: ['MILITARY_FAMILY'], effectiveFrom: '2024-01-01', interpretation: '军人子女可在驻地就近入学', ...overrides,
});
const preferential = (policyDocumentNumber: string) => [{ category: 'MILITARY_FAMILY', count: 3, policyDocumentNumber }];

beforeAll(async () => {
  register = await startSchoolRegisterStub({ [SCHOOL_A]: { districtCode: DISTRICT, stages: ['PRIMARY'] } });
  harness = await startAdmissionsServer({ schoolsUrl: register.url });
  const c = harness.client;
  const draft = await c.request(SAVE_POLICY, { input: policy('兖教发〔2026〕1号') }, BUREAU); // stays unpublished
  expect(draft.data!.savePolicyDocument).toMatchObject({ published: false, status: 'DRAFT' });
  for (const [number, extra] of [['兖教发〔2024〕9号', { effectiveUntil: '2025-12-31' }], ['兖教发〔2026〕2号', {}]] as const) {
    const saved = await c.request(SAVE_POLICY, { input: policy(number, extra) }, BUREAU);
    await c.request(PUBLISH_POLICY, { id: saved.data!.savePolicyDocument.id }, BUREAU);
  }
});
afterAll(async () => {
  await harness.stop();
  await register.stop();
});

const submit = (number: string) => harness.client.request(SAVE_RESULT, { input: resultInput({ preferential: preferential(number) }), submit: true }, schoolUser(SCHOOL_A));

describe('preferential admissions cite published, in-force policy documents', () => {
  it('when a school cites an unpublished document, then it is refused naming the document', async () => {
    const res = await submit('兖教发〔2026〕1号');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.preferential.0.policyDocumentNumber' });
    expect(res.errors![0]!.message).toContain('兖教发〔2026〕1号');
    expect(res.errors![0]!.message).toContain('not published');
  });

  it('when a school cites an expired document, then it is refused naming the document and its expiry', async () => {
    const res = await submit('兖教发〔2024〕9号');
    expect(res.errors![0]!.message).toMatch(/兖教发〔2024〕9号.*已失效.*2025-12-31/);
  });

  it('when a school cites a document never filed, then it is refused naming it', async () => {
    expect((await submit('鲁教基字〔2020〕1号')).errors![0]!.message).toContain('鲁教基字〔2020〕1号');
  });

  it('when the bureau imports results citing an expired document, then the row is refused naming it', async () => {
    const rows = [resultRow({ year: 2026, preferential: preferential('兖教发〔2024〕9号') })];
    const res = await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify(rows) } }, BUREAU);
    expect(res.data!.importAdmissionResults.problems).toEqual([{ row: 1, field: 'preferential.0.policyDocumentNumber', reason: expect.stringContaining('兖教发〔2024〕9号') }]);
  });

  it('when a school cites a published document in force, then it is accepted and the result links the document', async () => {
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
});
