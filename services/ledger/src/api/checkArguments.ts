import { AppError } from '@zsgk/errors';

export function checkDistrictCode(code: string, path = 'districtCode'): string {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', 'districtCode must be a 6-digit division code.', { path });
  return code;
}

export function checkIndex(value: number, path: string): number {
  if (!Number.isInteger(value) || value < 0) throw new AppError('BAD_USER_INPUT', `${path} must be a whole number ≥ 0.`, { path });
  return value;
}

export function checkCount(value: number, maxPage: number): number {
  if (!Number.isInteger(value) || value < 1 || value > maxPage) {
    throw new AppError('BAD_USER_INPUT', `count must be between 1 and ${maxPage}.`, { path: 'count' });
  }
  return value;
}

export function checkReason(reason: string): string {
  const text = reason.trim();
  if (text.length === 0 || text.length > 500) throw new AppError('BAD_USER_INPUT', '理由须为 1–500 个字符。', { path: 'reason' });
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw new AppError('BAD_USER_INPUT', '理由不能包含控制字符。', { path: 'reason' });
  return text;
}

export function checkRecordId(recordId: string): string {
  if (recordId.length === 0 || recordId.length > 200) throw new AppError('BAD_USER_INPUT', 'recordId must be 1–200 characters.', { path: 'recordId' });
  return recordId;
}

/** Parses a query-string number for the HTTP routes (absent → fallback). */
export function queryNumber(value: unknown, path: string, fallback?: number): number {
  if (value === undefined || value === '') {
    if (fallback === undefined) throw new AppError('BAD_USER_INPUT', `${path} is required.`, { path });
    return fallback;
  }
  const text = String(value);
  if (!/^\d{1,15}$/.test(text)) throw new AppError('BAD_USER_INPUT', `${path} must be a whole number ≥ 0.`, { path });
  return Number(text);
}
