import { z } from 'zod';
import { calendarDate } from './calendarDate';

/** Landline with area code (0537-3412345), mobile (13912345678), or the 12345 government hotline. */
export const PHONE_PATTERN = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|12345)$/;

/**
 * Trimmed, non-empty text of at most `max` characters without control characters (they break
 * exports and hide text from reviewers). Formula-looking text (`=cmd|…`) stays plain text: nothing
 * here evaluates it.
 */
export const safeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'must not contain control characters');

/** safeText or absent; absent becomes null. */
export const optionalText = (max: number) =>
  safeText(max)
    .nullish()
    .transform((v) => v ?? null);

/** A Chinese phone number or absent (null). */
export const phoneField = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, 'must be a landline with area code (0537-1234567), a mobile number or 12345')
  .nullish()
  .transform((v) => v ?? null);

/**
 * A real calendar date written YYYY-MM-DD, years 1800–2100. Prefer `calendarDate(DATE_WINDOWS.…)`,
 * which names the window the field needs.
 */
export const isoDate = calendarDate({ minYear: 1800, maxYear: 2100 });

export const schoolId = z.string().trim().regex(/^\d{10}$/, 'must be the 10-digit national school code (学校标识码)');
export const districtCode = z.string().trim().regex(/^\d{6}$/, 'must be a 6-digit division code');
