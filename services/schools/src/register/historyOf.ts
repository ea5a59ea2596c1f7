import type { SchoolVersion } from './School';
import type { SchoolRecord } from './SchoolRecord';

/**
 * A school's earlier versions, newest first, from all its published records: every version but the
 * highest (the one in force), each with who replaced it, when, and which fields that change altered
 * (taken from the next version, so a half-finished supersede still reads right).
 */
export function historyOf(records: SchoolRecord[]): SchoolVersion[] {
  const sorted = [...records].sort((a, b) => a.version - b.version);
  return sorted
    .slice(0, -1)
    .map((record, i): SchoolVersion => {
      const next = sorted[i + 1]!;
      return { ...record, supersededAt: next.updatedAt, supersededBy: next.updatedBy, changedFields: next.changedFields };
    })
    .reverse();
}
