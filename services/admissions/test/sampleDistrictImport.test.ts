import { generateDistrict, readDemoBoundary } from '@zsgk/demo-district';
import { IMPORT_RESULTS, IMPORT_RULES, importApproved, startAdmissionsServer } from './admissionsServer';

let harness: Awaited<ReturnType<typeof startAdmissionsServer>>;
const boundary = readDemoBoundary('370812');
const demo = generateDistrict({ boundary: boundary.wgs84, districtCode: '370812', districtName: boundary.name });
beforeAll(async () => {
  harness = await startAdmissionsServer({ register: Object.fromEntries(demo.schools.map((s) => [s.id, { districtCode: '370812', stages: s.stages }])) });
});
afterAll(() => harness.stop());

it('when the sample district’s rules and results are imported as the demo loader does (one officer submits, another approves), then both are published and the bureau can summarise them', async () => {
  const clerk = { role: 'BUREAU', subject: 'demo-clerk', districtCode: '370812' } as const;
  const reviewer = { role: 'BUREAU', subject: 'demo-reviewer', districtCode: '370812' } as const;
  const rules = await importApproved(harness.client, IMPORT_RULES, 'importEnrolmentRules', demo.rules, clerk, reviewer);
  expect(rules.approved).toMatchObject({ status: 'PUBLISHED' });
  const results = await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', demo.results, clerk, reviewer);
  expect(results.report).toMatchObject({ accepted: true, created: demo.results.length });
  expect(results.approved!.published).toHaveLength(demo.results.length);
  expect((await importApproved(harness.client, IMPORT_RESULTS, 'importAdmissionResults', demo.results, clerk, reviewer)).report).toMatchObject({ accepted: true, created: 0 });

  const summary = await harness.client.request(`{ admissionsSummary(districtCode: "370812", year: 2025, stage: PRIMARY) { totals { schools admitted } rosterSource } }`, {}, reviewer);
  const primary2025 = demo.results.filter((r) => r.year === 2025 && r.stage === 'PRIMARY');
  expect(summary.data!.admissionsSummary.totals).toEqual({
    schools: new Set(primary2025.map((r) => r.schoolId)).size,
    admitted: primary2025.reduce((n, r) => n + r.admitted, 0),
  });
  // Every version published is in the district's log, exactly once.
  const entries = await harness.logEntries('370812');
  expect(entries.filter((e) => e.event === 'PUBLISHED')).toHaveLength(demo.rules.length + demo.results.length);
});
