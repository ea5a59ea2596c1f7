import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { DATE_WINDOWS, parseCalendarDate, type YearWindow } from '@zsgk/validation';
import { beijingDate } from '@zsgk/working-days';

/** Argument checks shared by the resolvers; each failure names the argument. */
export function checkDistrict(code: string, path = 'districtCode'): void {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', 'A district code has 6 digits.', { path });
}

/** A real calendar date written YYYY-MM-DD, its year inside `window` (by default that of a date asked about). */
export function checkDate(date: string, path: string, window: YearWindow = DATE_WINDOWS.asked): string {
  return parseCalendarDate(date, path, window);
}

/** The date asked about, or today in Beijing. */
export function dateOrToday(date: string | null | undefined, path: string): string {
  return date == null ? beijingDate() : checkDate(date, path);
}

export function checkYear(year: number, path = 'year'): void {
  const max = new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > max) throw new AppError('BAD_USER_INPUT', `Must be a year from 2000 to ${max}.`, { path });
}

export function checkFirst(first: number | null | undefined, max = 1000): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 0 || n > max) throw new AppError('BAD_USER_INPUT', `Must be 0 … ${max}.`, { path: 'first' });
  return n;
}

export function actorOf(identity: Identity): string {
  return identity.role === 'PUBLIC' ? 'anonymous' : identity.subject;
}

/** True for the bureau of `districtCode`. */
export function isBureauOf(identity: Identity, districtCode: string): boolean {
  return identity.role === 'BUREAU' && identity.districtCode === districtCode;
}

/** Plain copy of a GraphQL input object (null-prototype) for the zod schemas. */
export function plain(input: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}

/** Bureau-only reads (summaries, submissions, history): UNAUTHENTICATED for anonymous, FORBIDDEN for others. */
export function requireBureauReader(identity: Identity, districtCode: string): void {
  checkDistrict(districtCode);
  if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This needs a signed-in bureau user.');
  if (!isBureauOf(identity, districtCode)) throw new AppError('FORBIDDEN', `Only the education bureau of district ${districtCode} may read this.`, { path: 'districtCode' });
}
