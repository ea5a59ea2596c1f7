import { describe, expect, test } from '@jest/globals';
import { formatStages } from './formatStages';

describe('formatStages', () => {
  test('when a school offers primary and junior in any order, then it reads 小学、初中 and is named nine-year', () => {
    expect(formatStages(['JUNIOR', 'PRIMARY'])).toBe('小学、初中（九年一贯制）');
  });

  test('when a school offers junior and senior, then both stages are listed youngest first, with no nine-year label', () => {
    expect(formatStages(['SENIOR', 'JUNIOR'])).toBe('初中、高中');
  });

  test('when a school offers one stage, then only its name is given', () => {
    expect(formatStages(['SENIOR'])).toBe('高中');
  });
});
