import type { Dayjs } from 'dayjs';

/** The 审计 page's filter as the officer sets it. */
export interface AuditFilterValues {
  who?: string;
  operation?: string;
  outcome?: 'OK' | 'ERROR';
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/**
 * GET /audit's query for a filter and page: every filter goes to the gateway, which applies it in the
 * database query. Dates are whole days in the officer's (Beijing) calendar: from the first day's
 * midnight to the midnight after the last day.
 */
export function auditSearchParams(filter: AuditFilterValues, page: number, pageSize: number): URLSearchParams {
  const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  const who = filter.who?.trim();
  if (who) params.set('who', who);
  if (filter.operation) params.set('operation', filter.operation);
  if (filter.outcome) params.set('outcome', filter.outcome);
  const [from, to] = filter.dates ?? [];
  if (from) params.set('from', from.startOf('day').toISOString());
  if (to) params.set('to', to.add(1, 'day').startOf('day').toISOString());
  return params;
}
