import type { ResultFigures } from './figuresCodec';

export const GROUP_BYS = ['NONE', 'ROUND', 'DISCREPANCY_REASON', 'FILL_BAND'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];


export interface Totals {
  schools: number;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  /** admitted / plannedSeats, 3 decimals; null with no plan. */
  fillRate: number | null;
}

export interface SchoolFigures extends Omit<Totals, 'schools'> {
  schoolId: string;
  /** Reason code of the published explanation, if any. */
  reasonCode: string | null;
}

export interface AdmissionsFigures {
  totals: Totals;
  groups: { key: string; totals: Totals }[];
  oversubscribed: SchoolFigures[];
  undersubscribed: SchoolFigures[];
  explainedDiscrepancies: number;
  unexplainedDiscrepancies: SchoolFigures[];
  /** Schools of the roster with neither published figures nor an open submission. */
  withoutSubmission: string[];
}

/**
 * Bureau figures over a district's published results for one year and stage. Schools are summed over
 * rounds; over-/under-subscribed compare applicants with planned seats; a discrepancy is admitted ≠
 * planned, explained or not (imports refuse unexplained ones, but older data may hold some).
 */
export function summarizeAdmissions(results: ResultFigures[], roster: string[], submitted: Set<string>, groupBy: GroupBy): AdmissionsFigures {
  const bySchool = new Map<string, SchoolFigures>();
  for (const r of results) {
    const s = bySchool.get(r.schoolId) ?? { schoolId: r.schoolId, plannedSeats: 0, applicants: 0, admitted: 0, fillRate: null, reasonCode: null };
    s.plannedSeats += r.plannedSeats;
    s.applicants += r.applicants;
    s.admitted += r.admitted;
    s.reasonCode ??= r.reasonCode;
    bySchool.set(r.schoolId, s);
  }
  const schools = [...bySchool.values()].sort((a, b) => a.schoolId.localeCompare(b.schoolId));
  for (const s of schools) s.fillRate = rate(s.admitted, s.plannedSeats);

  const discrepant = schools.filter((s) => s.admitted !== s.plannedSeats);
  return {
    totals: totalsOf(schools),
    groups: groupBy === 'NONE' ? [] : groupsOf(results, groupBy),
    oversubscribed: schools.filter((s) => s.applicants > s.plannedSeats),
    undersubscribed: schools.filter((s) => s.applicants < s.plannedSeats),
    explainedDiscrepancies: discrepant.filter((s) => s.reasonCode).length,
    unexplainedDiscrepancies: discrepant.filter((s) => !s.reasonCode),
    withoutSubmission: roster.filter((id) => !bySchool.has(id) && !submitted.has(id)).sort(),
  };
}

function groupsOf(results: ResultFigures[], groupBy: Exclude<GroupBy, 'NONE'>): { key: string; totals: Totals }[] {
  const keyOf = (r: ResultFigures): string => {
    if (groupBy === 'ROUND') return String(r.round);
    if (groupBy === 'DISCREPANCY_REASON') return r.admitted === r.plannedSeats ? 'NONE' : (r.reasonCode ?? 'UNEXPLAINED');
    const fill = rate(r.admitted, r.plannedSeats);
    return fill === null ? 'NO_PLAN' : fill < 0.8 ? 'UNDER_80' : fill < 1 ? '80_TO_99' : fill === 1 ? 'FULL' : 'OVER_100';
  };
  const groups = new Map<string, { schoolIds: Set<string>; rows: ResultFigures[] }>();
  for (const r of results) {
    const g = groups.get(keyOf(r)) ?? { schoolIds: new Set(), rows: [] };
    g.schoolIds.add(r.schoolId);
    g.rows.push(r);
    groups.set(keyOf(r), g);
  }
  return [...groups]
    .map(([key, g]) => ({ key, totals: { ...totalsOf(g.rows), schools: g.schoolIds.size } }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function totalsOf(rows: Pick<ResultFigures, 'plannedSeats' | 'applicants' | 'admitted'>[]): Totals {
  let plannedSeats = 0;
  let applicants = 0;
  let admitted = 0;
  for (const r of rows) {
    plannedSeats += r.plannedSeats;
    applicants += r.applicants;
    admitted += r.admitted;
  }
  return { schools: rows.length, plannedSeats, applicants, admitted, fillRate: rate(admitted, plannedSeats) };
}

export function rate(admitted: number, planned: number): number | null {
  return planned > 0 ? Math.round((admitted / planned) * 1000) / 1000 : null;
}
