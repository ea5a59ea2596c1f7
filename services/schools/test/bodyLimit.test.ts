import { BUREAU, IMPORT, startSchoolsServer } from './schoolsServer';
import { csvRow, csvText, utf8 } from './csvFiles';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

it('when a 50 MB file is imported, then it is refused with a size error and the process answers the next request', async () => {
  const fiftyMegabytes = 'A'.repeat(50 * 1024 * 1024);
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64: fiftyMegabytes } }, BUREAU);
  expect(res.status).toBe(413);
  expect(res.errors![0]).toMatchObject({ message: expect.stringContaining('larger than the limit'), extensions: { code: 'PAYLOAD_TOO_LARGE' } });

  const next = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64: utf8(csvText([csvRow(1)])) } }, BUREAU);
  expect(next.data!.importSchools).toMatchObject({ accepted: true, created: 1 });
});
