import { APPROVE_CHANGE, BUREAU, DISTRICT, SECOND_BUREAU, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const IMPORT = `mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted review { id } } }`;
const SAVE_POLICY = `mutation($input: PolicyDocumentInput!) { savePolicyDocument(input: $input) { id published } }`;
const PUBLISH_POLICY = `mutation($id: ID!) { publishPolicyDocument(id: $id) { id } }`;
const CONTENT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PublicationLogEntry { admissionsContent } } }`;
const rules = (extra: Record<string, unknown>) => ({ year: 2026, stage: 'JUNIOR', title: '兖州区2026年初中招生工作方案', admissionMethod: '就近免试入学', ...extra });
const importRules = (rows: unknown[]) => harness.client.request(IMPORT, { input: { districtCode: DISTRICT, content: JSON.stringify(rows) } }, BUREAU);
const policy = (documentNumber: string, extra: Record<string, unknown> = {}) => ({
  districtCode: DISTRICT, documentNumber, title: `${documentNumber} 关于消防救援人员子女入学优待的通知`, issuer: '兖州区教育和体育局',
  categories: ['FIRE_RESCUE_FAMILY'], effectiveFrom: '2024-01-01', ...extra,
});
const errorOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });
const loggedContent = async (kind: string) => {
  const entry = (await harness.logEntries()).filter((e) => e.kind === kind).at(-1)!;
  const res = await harness.client.request(CONTENT, { reps: [{ __typename: 'PublicationLogEntry', kind, recordId: entry.recordId, version: entry.version }] });
  return JSON.parse(res.data!._entities[0].admissionsContent);
};

describe('interpretation (解读) published with rules and policy documents', () => {
  it('when rules come without an interpretation, then the import is refused BAD_USER_INPUT naming the row\'s interpretation, and nothing is submitted', async () => {
    const res = await importRules([rules({ interpretation: '解读' }), rules({ stage: 'PRIMARY', sourceUrl: 'https://www.yanzhou.gov.cn/zsfa.html' })]);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.content[1].interpretation' });
    expect(res.errors![0]!.message).toContain('interpretationUrl');
    expect(await harness.count('review_events')).toBe(0);
  });

  it('when rules carry an interpretation as text or as an https link, then they publish, and the logged content holds it', async () => {
    const submitted = (await importRules([rules({ interpretation: '一问：学区怎么查？答：在招生地图上输入住址。' }), rules({ stage: 'PRIMARY', interpretationUrl: 'https://www.yanzhou.gov.cn/jd.html' })])).data!.importEnrolmentRules;
    expect(submitted.accepted).toBe(true);
    expect((await harness.client.request(APPROVE_CHANGE, { id: submitted.review.id }, SECOND_BUREAU)).errors).toBeUndefined();
    expect(await loggedContent('ENROLMENT_RULES')).toMatchObject({ interpretationUrl: 'https://www.yanzhou.gov.cn/jd.html' });
  });

  it('when a policy draft without an interpretation is published, then it is refused naming interpretation; with an https link it publishes and the log holds the link', async () => {
    const bare = (await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕21号') }, BUREAU)).data!.savePolicyDocument;
    expect(bare.published).toBe(false);
    const refused = await harness.client.request(PUBLISH_POLICY, { id: bare.id }, BUREAU);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'interpretation' });

    const http = await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕21号', { interpretationUrl: 'http://www.yanzhou.gov.cn/jd21.html' }) }, BUREAU);
    expect(errorOf(http)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.interpretationUrl' });
    await harness.client.request(SAVE_POLICY, { input: policy('兖教发〔2026〕21号', { interpretationUrl: 'https://www.yanzhou.gov.cn/jd21.html' }) }, BUREAU);
    const submitted = (await harness.client.request(PUBLISH_POLICY, { id: bare.id }, BUREAU)).data!.publishPolicyDocument;
    expect((await harness.client.request(APPROVE_CHANGE, { id: submitted.id }, SECOND_BUREAU)).errors).toBeUndefined();
    expect(await loggedContent('POLICY_DOCUMENT')).toMatchObject({ documentNumber: '兖教发〔2026〕21号', interpretationUrl: 'https://www.yanzhou.gov.cn/jd21.html' });
    const read = await harness.client.request(`{ policyDocuments(districtCode: "${DISTRICT}") { documentNumber interpretationUrl } }`);
    expect(read.data!.policyDocuments).toEqual([{ documentNumber: '兖教发〔2026〕21号', interpretationUrl: 'https://www.yanzhou.gov.cn/jd21.html' }]);
  });
});
