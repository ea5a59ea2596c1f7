import { APPROVE_CHANGE, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const bureau = { role: 'BUREAU', subject: 'clerk', districtCode: '370812' } as const;
const IMPORT = `mutation($input: AdmissionsImportInput!) { importEnrolmentRules(input: $input) { accepted problems { row field reason } review { id } } }`;
const rules = (links: Record<string, unknown>) => ({
  year: 2026,
  stage: 'PRIMARY',
  title: '兖州区2026年义务教育学校招生工作方案',
  admissionMethod: '就近免试入学',
  ...links,
});
const send = (row: unknown) => harness.client.request(IMPORT, { input: { districtCode: '370812', content: JSON.stringify([row]) } }, bureau);

describe('links to the source document and its interpretation', () => {
  it.each([['javascript:alert(1)'], ['http://example.gov.cn/doc'], ['data:text/html,<b>x</b>'], ['not a url']])(
    'when a link is %s, then the row is refused naming the field',
    async (url) => {
      const res = await send(rules({ sourceUrl: url, interpretation: '招生政策解读' }));
      expect(res.data!.importEnrolmentRules).toMatchObject({ accepted: false, problems: [{ row: 1, field: 'sourceUrl', reason: expect.stringContaining('https') }] });
    },
  );

  it('when the links are https, then they are published with the rules', async () => {
    const links = { sourceUrl: 'https://www.yanzhou.gov.cn/zsfa/2026.html', interpretationUrl: 'https://www.yanzhou.gov.cn/zsfa/2026-jd.html' };
    const submitted = (await send(rules(links))).data!.importEnrolmentRules;
    expect(submitted.accepted).toBe(true);
    await harness.client.request(APPROVE_CHANGE, { id: submitted.review.id }, { role: 'BUREAU', subject: 'second', districtCode: '370812' });
    const read = await harness.client.request('{ enrolmentRules(districtCode: "370812", year: 2026, stage: PRIMARY) { sourceUrl interpretationUrl } }');
    expect(read.data!.enrolmentRules).toEqual([links]);
  });
});
