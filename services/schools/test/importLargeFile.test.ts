import { BUREAU, IMPORT, startSchoolsServer } from './schoolsServer';
import { syntheticSchoolSheet } from './syntheticSchools';
import { utf8 } from './csvFiles';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

it('when a sheet of 10,000 schools is imported in one call, then all are stored, and importing it again changes nothing', async () => {
  const file = utf8(syntheticSchoolSheet(10_000));
  expect(file.length).toBeLessThan(20 * 1024 * 1024);
  const started = Date.now();
  const first = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64: file } }, BUREAU);
  const firstMs = Date.now() - started;
  expect(first.data!.importSchools).toMatchObject({ accepted: true, created: 10_000, problems: [] });
  const again = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64: file } }, BUREAU);
  expect(again.data!.importSchools).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 10_000 });
  const count = await harness.client.request('{ schools(filter: { districtCode: "370812" }, first: 1) { totalCount } }');
  expect(count.data!.schools.totalCount).toBe(10_000);
  // Reported, not asserted (timing depends on the machine): see the README's measured numbers.
  console.log(`10,000-row CSV import: ${firstMs} ms (${Math.round(10_000 / (firstMs / 1000))} rows/s)`);
}, 180_000);
