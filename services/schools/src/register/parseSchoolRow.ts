import { rowProblemsFromZod, type RowProblem } from '@zsgk/errors';
import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import { districtCode, optionalText, phoneField as phone, safeText as text, schoolId } from '@zsgk/validation';
import { z } from 'zod';
import { OWNERSHIPS, SCHOOL_STATUSES, STAGES, type SchoolFields } from './School';

const rowSchema = z
  .object({
    id: schoolId,
    name: text(100),
    shortName: optionalText(30),
    stages: z.array(z.enum(STAGES)).min(1, 'must list at least one stage'),
    ownership: z.enum(OWNERSHIPS),
    districtCode,
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


export type ParsedRow = { ok: true; school: SchoolFields } | { ok: false; problems: RowProblem[] };

/**
 * Checks one imported row and returns the school in WGS-84, or every problem with its field.
 * `row` is 1-based, as a clerk counts in a spreadsheet.
 */
export function parseSchoolRow(raw: unknown, row: number, districtCode: string, crs: Crs): ParsedRow {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: rowProblemsFromZod(parsed.error.issues, row) };
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
