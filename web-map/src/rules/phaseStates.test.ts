import { describe, expect, test } from '@jest/globals';
import { beijingToday, phaseStates } from './phaseStates';

const timetable = [
  { phase: '网上报名', startsOn: '2026-06-20', endsOn: '2026-06-26' },
  { phase: '电脑派位', startsOn: '2026-07-10', endsOn: '2026-07-10' },
];

describe('phaseStates', () => {
  test('when today is the last day of registration, then registration is now and the lottery later', () => {
    expect(phaseStates(timetable, '2026-06-26')).toEqual(['NOW', 'LATER']);
  });

  test('when today is a one-day phase, then that phase is now and the one before is done', () => {
    expect(phaseStates(timetable, '2026-07-10')).toEqual(['DONE', 'NOW']);
  });
});

describe('beijingToday', () => {
  test('when it is 17:00 UTC, then in Beijing it is already the next day', () => {
    expect(beijingToday(new Date('2026-06-19T17:00:00Z'))).toBe('2026-06-20');
  });
});
