import { describe, expect, it } from '@jest/globals';
import { roundDates, workingDaysUntil } from './workingDaysUntil';

describe('workingDaysUntil', () => {
  // Friday 2 October 2026 is in the National Day holiday: the ladder from the calendar skips to 9 October.
  const ladder = ['2026-10-09', '2026-10-12', '2026-10-13'];

  it('when the due date is within the ladder, then the days are counted on the holiday calendar', () => {
    expect(workingDaysUntil('2026-09-30', ladder, '2026-10-12')).toBe(2);
    expect(workingDaysUntil('2026-09-30', ladder, '2026-10-05')).toBe(1);
  });

  it('when the due date is today or past, then 0; beyond the ladder, null', () => {
    expect(workingDaysUntil('2026-09-30', ladder, '2026-09-30')).toBe(0);
    expect(workingDaysUntil('2026-09-30', ladder, '2026-11-30')).toBeNull();
  });
});

describe('roundDates', () => {
  it('when the timetable has phases in any order, then the round runs from the earliest start to the latest end', () => {
    expect(roundDates([{ startsOn: '2026-07-10', endsOn: '2026-07-20' }, { startsOn: '2026-06-20', endsOn: '2026-06-30' }])).toEqual({ opensOn: '2026-06-20', closesOn: '2026-07-20' });
  });
});
