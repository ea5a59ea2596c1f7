import { checkCalendarDate, DATE_WINDOWS } from '@zsgk/validation';
import { z } from 'zod';
import { addDays, MAX_WINDOW_DAYS, MIN_WINDOW_DAYS, SUBJECT_KINDS, windowDays, type ConsultationFields } from './Consultation';
import { optionalPlainText, plainText } from './plainText';

/** A strict date (@zsgk/validation); the message names the field as the clerk sees it and as the API does, and quotes the value. */
const date = (label: string, field: string) =>
  z.string({ required_error: `${label}（${field}）必填` }).superRefine((value, ctx) => {
    const checked = checkCalendarDate(value, DATE_WINDOWS.rules);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: `${label}（${field}）应为 YYYY-MM-DD 格式的真实日期：${field} ${checked.reason}` });
  });

const schema = z
  .object({
    districtCode: z.string().regex(/^\d{6}$/, '区县代码应为 6 位数字'),
    subjectKind: z.enum(SUBJECT_KINDS),
    subjectId: optionalPlainText('草案记录编号', 200),
    title: plainText('标题', 300),
    draftText: optionalPlainText('草案文本', 100_000),
    basis: plainText('决策依据', 20_000),
    howToComment: plainText('意见反馈方式', 2_000),
    opensOn: date('开始日期', 'opensOn'),
    closesOn: date('截止日期', 'closesOn').nullish(),
    shortWindowReason: optionalPlainText('期限少于 30 日的理由', 2_000),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.draftText && !input.subjectId) {
      ctx.addIssue({ code: 'custom', path: ['draftText'], message: '请给出草案文本（draftText），或所征求意见的草案记录编号（subjectId）' });
    }
  });

export type ParsedConsultation =
  | { ok: true; value: Omit<ConsultationFields, 'consultationId' | 'phase' | 'feedback'> }
  | { ok: false; field: string; reason: string };

/**
 * Validates a consultation as the bureau opens it. The window defaults to 30 days (first and last
 * day included); a shorter one needs its reason, which is published with it. `today` (Beijing) is
 * the earliest opening day: a consultation is never published as having opened before it was.
 */
export function parseConsultation(raw: unknown, today: string): ParsedConsultation {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, field: issue.path.join('.'), reason: issue.message };
  }
  const { closesOn: givenClose, ...input } = parsed.data;
  const closesOn = givenClose ?? addDays(input.opensOn, MIN_WINDOW_DAYS - 1);
  if (input.opensOn < today) return { ok: false, field: 'opensOn', reason: `开始日期 ${input.opensOn} 早于今天（${today}）；征求意见自公布之日起算，请填写今天或以后的日期` };
  const days = windowDays(input.opensOn, closesOn);
  if (days < 1) return { ok: false, field: 'closesOn', reason: `截止日期 ${closesOn} 早于开始日期 ${input.opensOn}` };
  if (days > MAX_WINDOW_DAYS) return { ok: false, field: 'closesOn', reason: `征求意见期 ${days} 日，超过 ${MAX_WINDOW_DAYS} 日` };
  if (days < MIN_WINDOW_DAYS && !input.shortWindowReason) {
    return { ok: false, field: 'shortWindowReason', reason: `征求意见期 ${input.opensOn} 至 ${closesOn} 共 ${days} 日，少于 ${MIN_WINDOW_DAYS} 日；须填写缩短期限的理由（将一并公布）` };
  }
  return { ok: true, value: { ...input, closesOn } };
}
