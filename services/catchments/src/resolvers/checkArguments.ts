import { AppError } from '@zsgk/errors';

/** School years the system accepts: modern records only, and at most a couple of years ahead. */
export function checkYear(year: number | null | undefined, path: string, now = new Date()): void {
  if (year == null) return;
  const max = now.getUTCFullYear() + 2;
  if (!Number.isInteger(year) || year < 2000 || year > max) {
    throw new AppError('BAD_USER_INPUT', `year must be a school year between 2000 and ${max}.`, { path });
  }
}

export function checkDistrictCode(code: string, path: string): void {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', 'A district code has 6 digits.', { path });
}
