import { describe, expect, test } from '@jest/globals';
import { offSeason } from './offSeason';

const rules2026 = {
  year: 2026,
  issuedOn: '2026-05-12',
  publishedAt: '2026-05-14T02:00:00.000Z',
  timetable: [
    { phase: '网上报名', startsOn: '2026-06-20', endsOn: '2026-06-26' },
    { phase: '录取公示', startsOn: '2026-07-15', endsOn: '2026-07-20' },
  ],
};
const may2025 = { year: 2025, issuedOn: '2025-05-08', publishedAt: '2025-05-09T02:00:00.000Z' };

describe('offSeason', () => {
  test('when a phase has not ended yet (its last day included), then it is not off-season', () => {
    expect(offSeason(rules2026, { previous: may2025, next: null }, '2026-06-21')).toBeNull();
    expect(offSeason(rules2026, { previous: may2025, next: null }, '2026-07-20')).toBeNull();
  });

  test('when every phase has ended and last year was issued in the same month, then "usually in May" with both years', () => {
    expect(offSeason(rules2026, { previous: may2025, next: null }, '2026-12-03')).toEqual({
      endedOn: '2026-07-20',
      next: { kind: 'USUALLY', year: 2027, month: 5, years: [2025, 2026] },
    });
  });

  test('when last year was issued in another month, or there is no last year, then only "not yet published" and this year\'s date', () => {
    const april = { ...may2025, issuedOn: '2025-04-28' };
    expect(offSeason(rules2026, { previous: april, next: null }, '2026-12-03')?.next).toEqual({ kind: 'NOT_YET', year: 2027, lastPublished: '2026-05-12' });
    expect(offSeason(rules2026, { previous: null, next: null }, '2026-12-03')?.next).toEqual({ kind: 'NOT_YET', year: 2027, lastPublished: '2026-05-12' });
  });

  test('when next year\'s rules are published, then it says so with their date, never "not yet"', () => {
    const next = { year: 2027, issuedOn: null, publishedAt: '2026-11-30T08:00:00.000Z' };
    expect(offSeason(rules2026, { previous: may2025, next }, '2026-12-03')?.next).toEqual({ kind: 'PUBLISHED', year: 2027, date: '2026-11-30' });
  });

  test('when there are no rules or no timetable, then nothing is said', () => {
    expect(offSeason(null, { previous: null, next: null }, '2026-12-03')).toBeNull();
    expect(offSeason({ ...rules2026, timetable: [] }, { previous: null, next: null }, '2026-12-03')).toBeNull();
  });
});
