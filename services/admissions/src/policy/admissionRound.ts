/** The admission round a result belongs to: the days a preferential policy must cover. */
export interface AdmissionRound {
  opensOn: string;
  closesOn: string;
  /** TIMETABLE: from the enrolment rules' timetable; DEFAULT: no published timetable (see below). */
  source: 'TIMETABLE' | 'DEFAULT';
}

/**
 * The round of a school year and stage, from the published enrolment rules' timetable: it opens on
 * the first day of its first phase and closes on the last day of its last. Without a published
 * timetable the round is taken to run from 1 June to 1 September of the school year: registration
 * opens in June in every district we know, and 1 September is the day admissions take effect, so a
 * policy must have been published before June and be in force until September.
 */
export function admissionRound(year: number, timetable: { startsOn: string; endsOn: string }[] | null): AdmissionRound {
  if (timetable && timetable.length > 0) {
    const opensOn = timetable.reduce((first, p) => (p.startsOn < first ? p.startsOn : first), timetable[0]!.startsOn);
    const closesOn = timetable.reduce((last, p) => (p.endsOn > last ? p.endsOn : last), timetable[0]!.endsOn);
    return { opensOn, closesOn, source: 'TIMETABLE' };
  }
  return { opensOn: `${year}-06-01`, closesOn: `${year}-09-01`, source: 'DEFAULT' };
}
