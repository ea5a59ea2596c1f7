import { calendarDate, DATE_WINDOWS, optionalCalendarDate, optionalText, safeText } from '@zsgk/validation';
import { z } from 'zod';
import { PREFERENCE_CATEGORIES } from '../admissions/Admission';
import { httpsUrl } from '../admissions/parseRows';
import type { PolicyDocumentFields } from './PolicyDocument';

const schema = z
  .object({
    districtCode: z.string(),
    documentNumber: safeText(100),
    title: safeText(300),
    issuer: safeText(200),
    categories: z.array(z.enum(PREFERENCE_CATEGORIES)).min(1, 'must name at least one category').max(PREFERENCE_CATEGORIES.length),
    effectiveFrom: calendarDate(DATE_WINDOWS.policy),
    effectiveUntil: optionalCalendarDate(DATE_WINDOWS.policy),
    body: optionalText(100_000),
    interpretation: optionalText(50_000),
    interpretationUrl: httpsUrl,
    sampleData: z.boolean().default(false),
  })
  .strict()
  .refine((d) => d.effectiveUntil === null || d.effectiveUntil >= d.effectiveFrom, { message: 'must not be before effectiveFrom', path: ['effectiveUntil'] });

export type ParsedPolicy = { ok: true; value: PolicyDocumentFields } | { ok: false; field: string; reason: string };

/** Validates a policy document as the bureau drafts it; the first problem names its field. */
export function parsePolicyDocument(raw: unknown): ParsedPolicy {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: { ...parsed.data, categories: [...new Set(parsed.data.categories)] } };
  const issue = parsed.error.issues[0]!;
  return { ok: false, field: issue.path.join('.'), reason: issue.message };
}
