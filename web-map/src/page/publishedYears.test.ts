import { describe, expect, test } from '@jest/globals';
import type { ZoneSetSummary } from '../DistrictMap';
import { chooseYear, publishedYears } from './publishedYears';

const set = (year: number, stage: ZoneSetSummary['stage'], status: ZoneSetSummary['status'], version = 1): ZoneSetSummary => ({
  year, stage, status, version, publishedAt: `${year - 1}-05-01T00:00:00Z`, sourceDocument: null,
});

describe('publishedYears', () => {
  test('when next year\'s zones are published, then both years are offered, newest first', () => {
    expect(publishedYears([set(2026, 'PRIMARY', 'PUBLISHED'), set(2027, 'PRIMARY', 'PUBLISHED'), set(2027, 'JUNIOR', 'PUBLISHED')])).toEqual([2027, 2026]);
  });

  test('when a year has only a superseded version, then it is not offered', () => {
    expect(publishedYears([set(2026, 'PRIMARY', 'SUPERSEDED'), set(2025, 'PRIMARY', 'PUBLISHED')])).toEqual([2025]);
  });
});

describe('chooseYear', () => {
  test('when the URL asks for a published year, then that year is shown; otherwise the newest', () => {
    expect(chooseYear([2026, 2025], 2025)).toBe(2025);
    expect(chooseYear([2026, 2025], 2019)).toBe(2026);
    expect(chooseYear([], null)).toBeNull();
  });
});
