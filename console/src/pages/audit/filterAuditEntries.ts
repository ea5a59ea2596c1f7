import type { AuditEntry } from './AuditEntry';

export interface AuditFilter {
  /** Part of the acting account's name, or of the account an event happened to. */
  who?: string;
  /** An operation (mutation field or account event). */
  operation?: string;
  outcome?: 'OK' | 'ERROR';
  /** Inclusive ISO instant. */
  from?: string;
}

/**
 * The filters GET /audit does not apply itself (it takes `limit` and `before` only): who, operation,
 * outcome and the start of the date range, over the entries it answered.
 */
export function filterAuditEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const who = filter.who?.trim().toLowerCase();
  return entries.filter((e) =>
    (!who || [e.subject, e.account].some((name) => name?.toLowerCase().includes(who))) &&
    (!filter.operation || e.fields.includes(filter.operation) || e.event === filter.operation) &&
    (!filter.outcome || e.outcome === filter.outcome) &&
    (!filter.from || e.at >= filter.from));
}
