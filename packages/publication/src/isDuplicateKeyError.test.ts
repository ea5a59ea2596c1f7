import { isDuplicateKeyError } from './isDuplicateKeyError';
import { versionId } from './versionId';

describe('isDuplicateKeyError', () => {
  it('when the error carries code 11000 directly, in writeErrors or as a cause, then it is a duplicate key', () => {
    expect(isDuplicateKeyError({ code: 11000 })).toBe(true);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 11000 }] })).toBe(true);
    expect(isDuplicateKeyError(new Error('wrapped', { cause: { code: 11000 } }))).toBe(true);
  });

  it('when the error is anything else, then it is not', () => {
    expect(isDuplicateKeyError(new Error('boom'))).toBe(false);
    expect(isDuplicateKeyError({ code: 121 })).toBe(false);
    expect(isDuplicateKeyError({ writeErrors: [{ code: 11000 }, { code: 121 }] })).toBe(false);
    expect(isDuplicateKeyError(null)).toBe(false);
  });
});

describe('versionId', () => {
  it('when given kind, key and version, then it is `${kind}:${key}@v${version}`; version 0 is refused', () => {
    expect(versionId('SCHOOL', '3708110001', 2)).toBe('SCHOOL:3708110001@v2');
    expect(() => versionId('SCHOOL', 'x', 0)).toThrow(RangeError);
  });
});
