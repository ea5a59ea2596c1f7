import { BUREAU, IMPORT, schoolRow, startSchoolsServer } from './schoolsServer';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
  await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'JSON', content: JSON.stringify([schoolRow(1)]) } }, BUREAU);
});
afterAll(() => harness.stop());

it('when several clerks update the same school at once, then each write either lands with its history or fails with CONFLICT', async () => {
  const results = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      harness.client.request('mutation($p: SchoolPatch!) { updateSchool(id: "3708120001", patch: $p) { school { version } } }', { p: { name: `并发改名${i}` } }, {
        ...BUREAU,
        subject: `clerk-${i}`,
      }),
    ),
  );
  const landed = results.filter((r) => !r.errors).length;
  expect(landed).toBeGreaterThanOrEqual(1);
  for (const failed of results.filter((r) => r.errors)) expect(failed.errors![0]!.extensions!.code).toBe('CONFLICT');
  const school = (await harness.client.request('{ school(id: "3708120001") { version history { version } } }')).data!.school;
  expect(school.version).toBe(1 + landed);
  expect(school.history.map((h: { version: number }) => h.version)).toEqual(Array.from({ length: landed }, (_, i) => landed - i));
});
