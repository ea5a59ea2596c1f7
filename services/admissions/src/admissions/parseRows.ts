import { rowProblemsFromZod, type RowProblem } from '@zsgk/errors';
import { calendarDate, DATE_WINDOWS, optionalCalendarDate, optionalText, phoneField, safeText, schoolId } from '@zsgk/validation';
import { z } from 'zod';
import { DISCREPANCY_REASONS, PREFERENCE_CATEGORIES, STAGES, type ResultFields, type RulesFields } from './Admission';

/** Highest total score of the senior-high entrance exam (中考) that a cut-off may name. */
export const MAX_EXAM_SCORE = 750;
/** No school admits more than this in one round; larger numbers are typing errors. */
export const MAX_SEATS = 20_000;

export const year = (now: Date) =>
  z.number().int('应为四位数的年份，如 2026').min(2000, '不能早于 2000 年').max(now.getUTCFullYear() + 1, `不能晚于 ${now.getUTCFullYear() + 1} 年`);
/** An https link to a published document; anything else (javascript:, http:, data:) is refused. */
export const httpsUrl = z
  .string()
  .trim()
  .max(500, '长度不超过 500 个字')
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, '应为以 https:// 开头的网址，如 https://jyj.example.gov.cn/zsfa.html')
  .nullish()
  .transform((v) => v ?? null);
export const count = z.number().int('应为整数').min(0, '不能小于 0').max(MAX_SEATS, `不能大于 ${MAX_SEATS}；请核对是否多打了数字`);
/**
 * Rules and policy documents publish with their interpretation (解读) in the same publication
 * ("相关解读材料于文件公开时同步发布"): its text, an https link to it, or both.
 */
export const hasInterpretation = (r: { interpretation: string | null; interpretationUrl: string | null }) => r.interpretation !== null || r.interpretationUrl !== null;
export const INTERPRETATION_REQUIRED = {
  path: ['interpretation'],
  message: '必须与文件同步发布政策解读：请填写解读内容（interpretation）或解读链接（interpretationUrl），或两者都填',
};
export const textList = (max: number) => z.array(safeText(max)).max(100).default([]);

const rulesSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string().optional(),
      year: year(now),
      stage: z.enum(STAGES),
      title: safeText(200),
      documentNumber: optionalText(100),
      issuedOn: optionalCalendarDate(DATE_WINDOWS.rules),
      body: optionalText(50_000),
      interpretation: optionalText(50_000),
      sourceUrl: httpsUrl,
      interpretationUrl: httpsUrl,
      eligibility: textList(1000),
      papers: textList(300),
      migrantEligibility: textList(1000),
      migrantPapers: textList(300),
      timetable: z
        .array(z.object({ phase: safeText(100), startsOn: calendarDate(DATE_WINDOWS.rules), endsOn: calendarDate(DATE_WINDOWS.rules) }).strict())
        .max(50)
        .default([])
        .refine((phases) => phases.every((p) => p.startsOn <= p.endsOn), '每个阶段的结束日期不能早于开始日期'),
      admissionMethod: safeText(500),
      consultationPhone: phoneField,
      supervisionPhone: phoneField,
      petitionAddress: optionalText(200),
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict()
    .refine(hasInterpretation, INTERPRETATION_REQUIRED);

const resultSchema = (now: Date) =>
  z
    .object({
      districtCode: z.string().optional(),
      schoolId,
      year: year(now),
      stage: z.enum(STAGES),
      round: z.number().int().min(1).max(10).default(1),
      plannedSeats: count,
      applicants: count,
      admitted: count,
      cutoffScore: z.number().min(0).max(MAX_EXAM_SCORE, `不能高于中考满分 ${MAX_EXAM_SCORE}`).nullish().transform((v) => v ?? null),
      explanation: z
        .object({ reasonCode: z.enum(DISCREPANCY_REASONS), text: safeText(2000) })
        .strict()
        .nullish()
        .transform((v) => v ?? null),
      preferential: z
        .array(z.object({ category: z.enum(PREFERENCE_CATEGORIES), count, policyDocumentNumber: safeText(100) }).strict())
        .max(PREFERENCE_CATEGORIES.length * 5)
        .default([]),
      sampleData: z.boolean().default(false),
      correctionReason: optionalText(500),
    })
    .strict()
    .superRefine((row, ctx) => {
      const preferred = row.preferential.reduce((sum, p) => sum + p.count, 0);
      if (preferred > row.admitted) {
        ctx.addIssue({ code: 'custom', path: ['preferential'], message: `政策性照顾录取共 ${preferred} 人，多于录取人数 ${row.admitted}；请核对` });
      }
      if (row.cutoffScore !== null && row.stage !== 'SENIOR') {
        ctx.addIssue({ code: 'custom', path: ['cutoffScore'], message: '只有高中公布录取分数线；小学、初中、幼儿园请留空' });
      }
      if (row.admitted !== row.plannedSeats && !row.explanation) {
        ctx.addIssue({
          code: 'custom',
          path: ['explanation'],
          message: `录取人数（${row.admitted}）与计划招生数（${row.plannedSeats}）不一致，必须填写差异说明`,
        });
      }
    });

/** Why a published record is being replaced; required when a row changes a published one. */
export interface Correction {
  correctionReason: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

export function parseWith<T extends { districtCode?: string }>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  raw: unknown,
  row: number,
  districtCode: string,
): Parsed<Omit<T, 'districtCode'> & { districtCode: string }> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: rowProblemsFromZod(parsed.error.issues, row) };
  if (parsed.data.districtCode !== undefined && parsed.data.districtCode !== districtCode) {
    return { ok: false, problems: [{ row, field: 'districtCode', reason: `是 ${parsed.data.districtCode}，但本次导入的是 ${districtCode} 的数据；请改为 ${districtCode}，或由该区县导入` }] };
  }
  return { ok: true, value: { ...parsed.data, districtCode } };
}

export function parseRulesRow(raw: unknown, row: number, districtCode: string, now = new Date()): Parsed<RulesFields & Correction> {
  return parseWith(rulesSchema(now), raw, row, districtCode);
}

export function parseResultRow(raw: unknown, row: number, districtCode: string, now = new Date()): Parsed<ResultFields & Correction> {
  return parseWith(resultSchema(now), raw, row, districtCode);
}
