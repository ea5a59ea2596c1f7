import type { TimetablePhase } from '../api/YearData';

export type PhaseState = 'DONE' | 'NOW' | 'LATER';

/**
 * Where each timetable phase stands on a day (YYYY-MM-DD; string order is date order).
 *
 * @example phaseStates([{ phase: '网上报名', startsOn: '2026-06-20', endsOn: '2026-06-26' }], '2026-06-21') // ['NOW']
 */
export function phaseStates(timetable: readonly TimetablePhase[], today: string): PhaseState[] {
  return timetable.map(({ startsOn, endsOn }) => (endsOn < today ? 'DONE' : startsOn > today ? 'LATER' : 'NOW'));
}

/** Today in Beijing (the timetable's dates are Beijing dates), whatever the browser's time zone. */
export function beijingToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}
