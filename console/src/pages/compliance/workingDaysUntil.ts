/**
 * Working days from today to `date`, read off a ladder of due dates (ladder[k-1] = the date k working
 * days after today, from the admissions service's holiday calendar): 0 when `date` is today or past,
 * the smallest k whose due date reaches it, or null beyond the ladder.
 */
export function workingDaysUntil(today: string, ladder: readonly string[], date: string): number | null {
  if (date <= today) return 0;
  const k = ladder.findIndex((due) => due >= date);
  return k === -1 ? null : k + 1;
}

/** First and last day of the round's timetable (as the admissions service reads it), or nulls without one. */
export function roundDates(timetable: readonly { startsOn: string; endsOn: string }[]): { opensOn: string | null; closesOn: string | null } {
  if (timetable.length === 0) return { opensOn: null, closesOn: null };
  return {
    opensOn: timetable.map((p) => p.startsOn).reduce((a, b) => (b < a ? b : a)),
    closesOn: timetable.map((p) => p.endsOn).reduce((a, b) => (b > a ? b : a)),
  };
}
