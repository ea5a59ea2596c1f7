import { findDivision } from '@zsgk/divisions';
import { AppError } from '@zsgk/errors';
import type { SchoolFilter } from '../register/School';

const MAX_PAGE = 500;
const MAX_TEXT = 50;

export function checkSchoolId(id: string, path: string): string {
  if (!/^\d{10}$/.test(id)) throw new AppError('BAD_USER_INPUT', 'A school id is the 10-digit national school code.', { path });
  return id;
}

/** A 6-digit code that names a real prefecture or county (GB/T 2260, from the maintained npm list). */
export function checkDistrictCode(code: string, path: string): string {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', 'districtCode must be a 6-digit division code.', { path });
  if (!findDivision(code)) throw new AppError('BAD_USER_INPUT', `${code} is not a Chinese prefecture or county division code (GB/T 2260).`, { path });
  return code;
}

export function checkFirst(first: number | null | undefined): number {
  const value = first ?? 50;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE) throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}.`, { path: 'first' });
  return value;
}

/** Checks a list filter; the text is trimmed and must be plain, short text (it is searched for literally). */
export function checkFilter(filter: SchoolFilter | null | undefined): SchoolFilter {
  const checked: SchoolFilter = { ...(filter ?? {}) };
  if (checked.districtCode != null && !/^\d{6}$/.test(checked.districtCode)) {
    throw new AppError('BAD_USER_INPUT', 'districtCode must be 6 digits.', { path: 'filter.districtCode' });
  }
  if (checked.bbox) {
    const { minLng, minLat, maxLng, maxLat } = checked.bbox;
    if (minLng > maxLng) throw new AppError('BAD_USER_INPUT', 'minLng must not be east of maxLng.', { path: 'filter.bbox.minLng' });
    if (minLat > maxLat) throw new AppError('BAD_USER_INPUT', 'minLat must not be north of maxLat.', { path: 'filter.bbox.minLat' });
    if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) throw new AppError('BAD_USER_INPUT', 'Latitudes lie between -90 and 90.', { path: 'filter.bbox' });
  }
  if (checked.text != null) {
    const text = checked.text.trim();
    if (text.length === 0 || text.length > MAX_TEXT) throw new AppError('BAD_USER_INPUT', `text must be 1–${MAX_TEXT} characters.`, { path: 'filter.text' });
    if (/[\u0000-\u001f\u007f]/.test(text)) throw new AppError('BAD_USER_INPUT', 'text must not contain control characters.', { path: 'filter.text' });
    checked.text = text;
  }
  return checked;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`school:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^school:\d{10}$/.test(decoded)) throw new AppError('BAD_USER_INPUT', 'after is not a cursor this API returned.', { path: 'after' });
  return decoded.slice('school:'.length);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An import baseline: an ISO 8601 date or time with its offset (a real calendar date, 2000 or later, not in the future). */
export function checkBaseline(value: string, path: string): Date {
  const m = ISO_TIME.exec(value.trim());
  const time = m ? new Date(m[4] ? value.trim() : `${value.trim()}T00:00:00+08:00`) : null;
  const calendar = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const real = calendar && calendar.getUTCMonth() === Number(m![2]) - 1 && calendar.getUTCDate() === Number(m![3]);
  if (!time || Number.isNaN(time.getTime()) || !real || (m![4] && Number(m![4]) > 23)) {
    throw new AppError('BAD_USER_INPUT', `baseline 「${value}」 is not an ISO 8601 time such as 2026-03-01T08:00:00+08:00.`, { path });
  }
  if (time.getUTCFullYear() < 2000 || time.getTime() > Date.now() + 60_000) {
    throw new AppError('BAD_USER_INPUT', `baseline ${value} must lie between 2000 and now.`, { path });
  }
  return time;
}
