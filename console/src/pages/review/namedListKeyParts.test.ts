import { describe, expect, it } from '@jest/globals';
import { namedListKeyParts } from './namedListKeyParts';

describe('namedListKeyParts', () => {
  it('when a school\'s list key is read, then its parts come back', () => {
    expect(namedListKeyParts('370812:3708120001:POPULAR_SCHOOL_ADMISSION:2026:PRIMARY')).toEqual({ districtCode: '370812', schoolId: '3708120001', kind: 'POPULAR_SCHOOL_ADMISSION', year: 2026, stage: 'PRIMARY' });
  });

  it('when the list is the district\'s (no school), then schoolId is null; another kind of key is null', () => {
    expect(namedListKeyParts('370812:-:POLICY_PREFERENCE:2026:JUNIOR')?.schoolId).toBeNull();
    expect(namedListKeyParts('370812/兖教发〔2026〕3号')).toBeNull();
  });
});
