import { optionalText, phoneField, safeText, schoolId } from '@zsgk/validation';
import { z } from 'zod';
import { STAGES, TERMS, TRANSFER_REASONS, type PlanFields, type SchoolRulesFields, type TransferFields } from './Admission';
import { count, parseWith, textList, year, type Correction, type Parsed } from './parseRows';

const byReason = z
  .array(z.object({ reason: z.enum(TRANSFER_REASONS), count }).strict())
  .max(TRANSFER_REASONS.length)
  .default([])
  .refine((rows) => new Set(rows.map((r) => r.reason)).size === rows.length, '同一原因填了两次；每个原因只填一行，人数合并');

const transferSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string().optional(),
      schoolId,
      year: year(now),
      term: z.enum(TERMS),
      transfersIn: byReason,
      transfersOut: byReason,
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict();

const schoolRulesSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string().optional(),
      schoolId,
      year: year(now),
      stage: z.enum(STAGES),
      rules: textList(2000),
      papers: textList(300),
      notes: optionalText(10_000),
      consultationPhone: phoneField,
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict()
    .refine((r) => r.rules.length + r.papers.length > 0 || r.notes !== null, { message: '招生细则、所需材料、备注至少填写一项', path: ['rules'] });

const planSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string().optional(),
      schoolId,
      year: year(now),
      stage: z.enum(STAGES),
      plannedSeats: count,
      plannedClasses: z.number().int('应为整数').min(0, '不能小于 0').max(500, '不能大于 500').nullish().transform((v) => v ?? null),
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict();

/** A school's transfer figures for one term (转学), as drafted by the school. */
export function parseTransferRow(raw: unknown, row: number, districtCode: string, now = new Date()): Parsed<TransferFields & Correction> {
  return parseWith(transferSchema(now), raw, row, districtCode);
}

/** School-level rules added to the district's enrolment rules. */
export function parseSchoolRulesRow(raw: unknown, row: number, districtCode: string, now = new Date()): Parsed<SchoolRulesFields & Correction> {
  return parseWith(schoolRulesSchema(now), raw, row, districtCode);
}

/** A school's enrolment plan (招生计划) for one year and stage. */
export function parsePlanRow(raw: unknown, row: number, districtCode: string, now = new Date()): Parsed<PlanFields & Correction> {
  return parseWith(planSchema(now), raw, row, districtCode);
}
