import type { ResultFields } from '../admissions/Admission';

/** What a summary needs of one in-force result: no names, no text. */
export interface ResultFigures {
  schoolId: string;
  round: number;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  /** The explanation's reason code; null without an explanation. */
  reasonCode: string | null;
}

export const figuresOf = (r: Pick<ResultFields, 'schoolId' | 'round' | 'plannedSeats' | 'applicants' | 'admitted' | 'explanation'>): ResultFigures => ({
  schoolId: r.schoolId, round: r.round, plannedSeats: r.plannedSeats, applicants: r.applicants, admitted: r.admitted, reasonCode: r.explanation?.reasonCode ?? null,
});

/**
 * Figures of a whole district, year and stage packed as one text, a line per result:
 * `schoolId,round,planned,applicants,admitted,reasonCode`. FerretDB 1.x reads one 1.5 MB string
 * (50,000 schools) in ~50 ms, but takes seconds to scan 150,000 small documents or to decode
 * 50,000-element arrays (measured: README), so summaries read this instead of the results.
 */
export function encodeFigures(rows: ResultFigures[]): string {
  return rows.map((r) => `${r.schoolId},${r.round},${r.plannedSeats},${r.applicants},${r.admitted},${r.reasonCode ?? ''}`).join('\n');
}

export function decodeFigures(text: string): ResultFigures[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [schoolId, round, plannedSeats, applicants, admitted, reasonCode] = line.split(',');
    return { schoolId: schoolId!, round: Number(round), plannedSeats: Number(plannedSeats), applicants: Number(applicants), admitted: Number(admitted), reasonCode: reasonCode || null };
  });
}

/** `rows` with `updates` applied: a result per school and round, the update winning. */
export function mergeFigures(rows: ResultFigures[], updates: ResultFigures[]): ResultFigures[] {
  const byKey = new Map(rows.map((r) => [`${r.schoolId}:${r.round}`, r]));
  for (const u of updates) byKey.set(`${u.schoolId}:${u.round}`, u);
  return [...byKey.values()].sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.round - b.round);
}
