/** One entry of a district's publication log with the content its service serves for that version (parsed), as the report reads it. */
export interface LoggedVersion {
  index: number;
  kind: string;
  recordId: string;
  version: number;
  event: string;
  contentHash: string;
  at: string;
  /** Null when no service serves the version's content any more (or the kind's service was not reachable: then the report is refused). */
  content: Record<string, unknown> | null;
}

/** The start of a year in Beijing time (UTC+8), as an instant. */
export function beijingYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}
