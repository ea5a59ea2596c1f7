import { findFreePort } from '@zsgk/db';
import { BUREAU, DISTRICT, IMPORT_RESULTS, resultInput, resultRow, SAVE_RESULT, SCHOOL_A, SCHOOL_B, schoolUser, startAdmissionsServer } from './admissionsServer';

describe('where a school’s district comes from', () => {
  it('when SCHOOLS_URL is unset, then a school the bureau has published records for submits under that district, and an unknown school is refused', async () => {
    const harness = await startAdmissionsServer();
    try {
      await harness.client.request(IMPORT_RESULTS, { input: { districtCode: DISTRICT, content: JSON.stringify([resultRow({ schoolId: SCHOOL_A })]) } }, BUREAU);
      const known = await harness.client.request(SAVE_RESULT, { input: resultInput() }, schoolUser(SCHOOL_A));
      expect(known.data!.saveAdmissionResult).toMatchObject({ status: 'DRAFT', districtCode: DISTRICT, districtVerifiedBy: 'BUREAU_RECORDS' });

      const unknown = await harness.client.request(SAVE_RESULT, { input: resultInput({ schoolId: SCHOOL_B }) }, schoolUser(SCHOOL_B));
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.schoolId' });
      expect(unknown.errors![0]!.message).toContain('SCHOOLS_URL');
    } finally {
      await harness.stop();
    }
  });

  it('when the schools service at SCHOOLS_URL does not answer, then the submission is refused as SCHOOLS_UNAVAILABLE (no fallback)', async () => {
    const harness = await startAdmissionsServer({ schoolsUrl: `http://127.0.0.1:${await findFreePort()}/graphql` });
    try {
      const res = await harness.client.request(SAVE_RESULT, { input: resultInput() }, schoolUser(SCHOOL_A));
      expect(res.errors![0]!.extensions!.code).toBe('SCHOOLS_UNAVAILABLE');
      expect(await harness.count('submissions')).toBe(0);
    } finally {
      await harness.stop();
    }
  });
});
