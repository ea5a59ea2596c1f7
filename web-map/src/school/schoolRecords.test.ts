import { describe, expect, test } from '@jest/globals';
import type { SchoolPage, SchoolRecord } from './SchoolPage';
import { schoolRecords } from './schoolRecords';

const published = { version: 1, correctionReason: null, publishedAt: '2026-07-01T00:00:00Z', sampleData: false };
const school = {
  id: '2137081007', recordId: 'SCHOOL:2137081007@v1', contentHash: 'a'.repeat(64), version: 1,
  catchments: [
    { id: 'z1', stage: 'PRIMARY', version: 1, recordId: 'ZONE_SET:370812:2026:PRIMARY@v1', contentHash: 'b'.repeat(64) },
    { id: 'z2', stage: 'PRIMARY', version: 1, recordId: 'ZONE_SET:370812:2026:PRIMARY@v1', contentHash: 'b'.repeat(64) },
  ],
  enrolmentPlans: [],
  admissions: [{ ...published, id: 'ADMISSION_RESULT:k@v2', year: 2027, stage: 'PRIMARY', recordId: 'ADMISSION_RESULT:k@v2', contentHash: 'c'.repeat(64) }],
  schoolRules: [],
  transfers: [{ ...published, id: 'TRANSFER:2137081007:2026:AUTUMN@v1', recordId: 'TRANSFER:2137081007:2026:AUTUMN@v1', contentHash: 'd'.repeat(64), year: 2026, term: 'AUTUMN' }],
  namedLists: [{ ...published, id: 'NAMED_LIST:x@v1', recordId: 'NAMED_LIST:x@v1', contentHash: null, title: '名单' }],
} as unknown as SchoolRecord;
const page = (policyDocuments: unknown[]): SchoolPage => ({ school, policyDocuments, previous: new Map(), year: 2026 }) as unknown as SchoolPage;

describe('schoolRecords (what the school page lists with hashes and checks)', () => {
  test('when two zones share a zone set, then the set is listed once, and every record keeps the hash its service serves (null when the stored version is missing)', () => {
    const records = schoolRecords(page([{ documentNumber: '兖教发〔2026〕41号', recordId: 'POLICY_DOCUMENT:370812/兖教发〔2026〕41号@v1', contentHash: 'e'.repeat(64) }]));
    expect(records.map((r) => [r.recordId, r.contentHash])).toEqual([
      ['SCHOOL:2137081007@v1', 'a'.repeat(64)],
      ['ZONE_SET:370812:2026:PRIMARY@v1', 'b'.repeat(64)],
      ['ADMISSION_RESULT:k@v2', 'c'.repeat(64)],
      ['TRANSFER:2137081007:2026:AUTUMN@v1', 'd'.repeat(64)],
      ['NAMED_LIST:x@v1', null],
      ['POLICY_DOCUMENT:370812/兖教发〔2026〕41号@v1', 'e'.repeat(64)],
    ]);
  });

  test('when a policy document is a draft (no recordId), then it is not listed', () => {
    expect(schoolRecords(page([{ documentNumber: 'x', recordId: null, contentHash: null }])).some((r) => r.recordId.startsWith('POLICY_DOCUMENT'))).toBe(false);
  });
});
