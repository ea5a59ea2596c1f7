import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import { z } from 'zod';
import { OWNERSHIPS, SCHOOL_STATUSES, STAGES, type SchoolFields } from './School';

/** Landline with area code (0537-3412345), mobile (13912345678), or the 12345 government hotline. */
export const PHONE_PATTERN = /^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9}|12345)$/;

// Strings are trimmed, control characters refused: they break exports and hide text in review.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');
const optionalText = (max: number) => text(max).nullish().transform((v) => v ?? null);
const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, 'must be a landline with area code (0537-1234567), a mobile number or 12345')
  .nullish()
  .transform((v) => v ?? null);

const rowSchema = z
  .object({
    id: z.string().trim().regex(/^\d{10}$/, 'must be the 10-digit national school code (学校标识码)'),
    name: text(100),
    shortName: optionalText(30),
    stages: z.array(z.enum(STAGES)).min(1, 'must list at least one stage'),
    ownership: z.enum(OWNERSHIPS),
    districtCode: z.string().trim().regex(/^\d{6}$/, 'must be a 6-digit division code'),
    address: text(200),
    location: z.object({ lng: z.number(), lat: z.number() }).nullish().transform((v) => v ?? null),
    enquiryPhone: phone,
    supervisionPhone: phone,
    petitionAddress: optionalText(200),
    website: z.string().trim().url('must be a URL').max(300).nullish().transform((v) => v ?? null),
    status: z.enum(SCHOOL_STATUSES).default('OPEN'),
    sampleData: z.boolean().default(false),
  })
  .strict();

export interface RowProblem {
  row: number;
  field: string | null;
  reason: string;
}

export type ParsedRow = { ok: true; school: SchoolFields } | { ok: false; problems: RowProblem[] };

/**
 * Checks one imported row and returns the school in WGS-84, or every problem with its field.
 * `row` is 1-based, as a clerk counts in a spreadsheet.
 */
export function parseSchoolRow(raw: unknown, row: number, districtCode: string, crs: Crs): ParsedRow {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        row,
        field: issue.path.length ? issue.path.join('.') : null,
        reason: issue.code === 'unrecognized_keys' ? `unknown column(s): ${issue.keys.join(', ')}` : issue.message,
      })),
    };
  }
  const school = parsed.data;
  const problems: RowProblem[] = [];
  if (school.districtCode !== districtCode) {
    problems.push({ row, field: 'districtCode', reason: `is ${school.districtCode}, but this import is for ${districtCode}` });
  }
  if (school.status === 'OPEN') {
    for (const field of ['enquiryPhone', 'supervisionPhone', 'petitionAddress', 'location'] as const) {
      if (school[field] === null) problems.push({ row, field, reason: 'is required for an OPEN school (policy requires it published)' });
    }
  }
  if (school.location) {
    const reason = checkChinaPosition(school.location.lng, school.location.lat);
    if (reason) problems.push({ row, field: 'location', reason });
    else {
      const [lng, lat] = toWgs84([school.location.lng, school.location.lat], crs);
      school.location = { lng: round7(lng), lat: round7(lat) };
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, school: { ...school, stages: [...new Set(school.stages)] } };
}

// 1e-7 degrees is about a centimetre: enough, and keeps re-imports byte-identical.
function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}
