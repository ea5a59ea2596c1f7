import { TRANSFER_REASONS, type TransferFields, type TransferReason } from '../admissions/Admission';

export interface TransfersFigures {
  transfersIn: number;
  transfersOut: number;
  byReason: { reason: TransferReason; transfersIn: number; transfersOut: number }[];
  schoolsReported: number;
  /** Roster schools with no published report for the term. */
  withoutReport: string[];
}

/** District transfer figures for one term from the schools' published reports. */
export function summarizeTransfers(reports: Pick<TransferFields, 'schoolId' | 'transfersIn' | 'transfersOut'>[], roster: string[]): TransfersFigures {
  const byReason = new Map(TRANSFER_REASONS.map((reason) => [reason, { reason, transfersIn: 0, transfersOut: 0 }]));
  for (const r of reports) {
    for (const t of r.transfersIn) byReason.get(t.reason)!.transfersIn += t.count;
    for (const t of r.transfersOut) byReason.get(t.reason)!.transfersOut += t.count;
  }
  const rows = [...byReason.values()];
  const reported = new Set(reports.map((r) => r.schoolId));
  return {
    transfersIn: rows.reduce((n, r) => n + r.transfersIn, 0),
    transfersOut: rows.reduce((n, r) => n + r.transfersOut, 0),
    byReason: rows.filter((r) => r.transfersIn + r.transfersOut > 0),
    schoolsReported: reported.size,
    withoutReport: roster.filter((id) => !reported.has(id)).sort(),
  };
}
