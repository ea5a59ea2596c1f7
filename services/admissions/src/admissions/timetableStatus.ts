import type { RulesFields } from './Admission';

type Phase = RulesFields['timetable'][number];

export interface TimetableStatus {
  on: string;
  /** Phases running on the day. */
  current: Phase[];
  /** The next phase to start after the day, if any. */
  next: Phase | null;
  /** Calendar days from the day to the next phase's start. */
  daysUntilNext: number | null;
  /** True when every phase has ended. */
  finished: boolean;
}

/**
 * "What happens next and when": the phases running on a date and the next one to start.
 * @example timetableStatus([{ phase: '网上报名', startsOn: '2026-07-01', endsOn: '2026-07-10' }], '2026-06-20').next?.phase // '网上报名'
 */
export function timetableStatus(timetable: Phase[], on: string): TimetableStatus {
  const phases = [...timetable].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
  const next = phases.find((p) => p.startsOn > on) ?? null;
  const days = next ? Math.round((Date.parse(`${next.startsOn}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / 86_400_000) : null;
  return {
    on,
    current: phases.filter((p) => p.startsOn <= on && on <= p.endsOn),
    next,
    daysUntilNext: days,
    finished: phases.length > 0 && phases.every((p) => p.endsOn < on),
  };
}

/** The day the admission round closes: the end of the timetable's last phase. */
export function roundClosedOn(timetable: Phase[]): string | null {
  return timetable.reduce<string | null>((last, p) => (last === null || p.endsOn > last ? p.endsOn : last), null);
}
