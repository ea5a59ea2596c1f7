import { generateDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
beforeAll(async () => {
  harness = await startAdmissionsServer();
});
afterAll(() => harness.stop());

const IMPORT = (name: string) => `mutation($input: AdmissionsImportInput!) { ${name}(input: $input) { accepted created unchanged problems { row field reason } } }`;

it('when the sample district’s rules and results are imported as the demo loader does, then both are accepted and the bureau can summarise them', async () => {
  const boundary = readDemoBoundary('370812');
  const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
  const bureau = { role: 'BUREAU', subject: 'demo-loader', districtCode: '370812' } as const;
  const send = (name: string, rows: unknown[]) => harness.client.request(IMPORT(name), { input: { districtCode: '370812', content: JSON.stringify(rows) } }, bureau);

  expect((await send('importEnrolmentRules', demo.rules)).data!.importEnrolmentRules).toMatchObject({ accepted: true, problems: [] });
  expect((await send('importAdmissionResults', demo.results)).data!.importAdmissionResults).toMatchObject({ accepted: true, created: demo.results.length });
  expect((await send('importAdmissionResults', demo.results)).data!.importAdmissionResults).toMatchObject({ accepted: true, created: 0 });

  const summary = await harness.client.request(`{ admissionsSummary(districtCode: "370812", year: 2025, stage: PRIMARY) { totals { schools admitted } rosterSource } }`, {}, bureau);
  const primary2025 = demo.results.filter((r) => r.year === 2025 && r.stage === 'PRIMARY');
  expect(summary.data!.admissionsSummary.totals).toEqual({
    schools: new Set(primary2025.map((r) => r.schoolId)).size,
    admitted: primary2025.reduce((n, r) => n + r.admitted, 0),
  });
});
