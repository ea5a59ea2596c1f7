import { findFreePort } from '@zsgk/db';
import { BUREAU, DISTRICT, IMPORT_RESULTS, resultInput, resultRow, SAVE_RESULT, startAdmissionsServer, schoolUser, SCHOOL_A } from './admissionsServer';

describe('where a school’s district comes from', () => {
  it('when SCHOOLS_URL is unset, then a bureau import naming a school is refused as SCHOOLS_UNAVAILABLE (fail closed), and nothing is submitted', async () => {
    const harness = await startAdmissionsServer({ withoutRegister: true });
    try {
      const res = await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([resultRow({ schoolId: SCHOOL_A })]) } }, BUREAU);
      expect(res.errors![0]!.extensions!.code).toBe('SCHOOLS_UNAVAILABLE');
      expect(res.errors![0]!.message).toContain('SCHOOLS_URL');
      expect(await harness.count('review_events')).toBe(0);
    } finally {
      await harness.stop();
    }
  });

  it('when the schools service at SCHOOLS_URL does not answer, then a submission and an import are refused as SCHOOLS_UNAVAILABLE (no fallback)', async () => {
    const harness = await startAdmissionsServer({ schoolsUrl: `http://127.0.0.1:${await findFreePort()}/graphql` });
    try {
      const res = await harness.client.request(SAVE_RESULT, { input: resultInput() }, schoolUser(SCHOOL_A));
      expect(res.errors![0]!.extensions!.code).toBe('SCHOOLS_UNAVAILABLE');
      expect(await harness.count('submissions')).toBe(0);
      const imported = await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([resultRow()]) } }, BUREAU);
      expect(imported.errors![0]!.extensions!.code).toBe('SCHOOLS_UNAVAILABLE');
      expect(await harness.count('review_events')).toBe(0);
    } finally {
      await harness.stop();
    }
  });
});
