import { AppError } from '@zsgk/errors';
import { z } from 'zod';

/** What GET /audit was asked for, checked: every filter narrows, all are optional. */
export interface AuditQuery {
  /** Part of the acting account's name, or of the account an event happened to (case-insensitive, literal). */
  who?: string;
  /** One operation: a root mutation field (importSchools) or an account event (SIGN_IN_FAILED). */
  operation?: string;
  outcome?: 'OK' | 'ERROR';
  /** Inclusive start. */
  from?: Date;
  /** Exclusive end. */
  to?: Date;
  /** 1-based page of `pageSize` entries, newest first. */
  page: number;
  pageSize: number;
}

const instant = (label: string) =>
  z
    .string()
    .refine((text) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) && !Number.isNaN(Date.parse(text)), `${label}必须是 ISO 8601 日期或时间，例如 2026-06-01 或 2026-06-01T00:00:00+08:00`)
    .transform((text) => new Date(text));
const whole = (label: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${label}必须是正整数`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `${label}必须在 1–${max} 之间`);

const schema = z
  .object({
    who: z.string().trim().max(100, '操作人过长（最多 100 个字符）').optional(),
    operation: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,79}$/, '操作必须是接口名称或账户事件，例如 importSchools、SIGN_IN_FAILED').optional(),
    outcome: z.enum(['OK', 'ERROR'], { errorMap: () => ({ message: '结果必须是 OK（成功）或 ERROR（失败）' }) }).optional(),
    from: instant('开始时间').optional(),
    to: instant('结束时间').optional(),
    /** Kept for older callers: `before` is `to`. */
    before: instant('before').optional(),
    page: whole('页码', 100_000).optional(),
    pageSize: whole('每页条数', 1000).optional(),
    /** Kept for older callers: `limit` is `pageSize`. */
    limit: whole('limit', 1000).optional(),
  })
  .strict();

/**
 * The query string of GET /audit as an AuditQuery, or BAD_USER_INPUT naming the first wrong parameter
 * in Chinese. A parameter given twice (an array) or unknown is refused, not guessed at.
 */
export function parseAuditQuery(query: Record<string, unknown>): AuditQuery {
  const result = schema.safeParse(query);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') throw new AppError('BAD_USER_INPUT', `不支持的查询参数：${issue.keys.join('、')}（可用：who、operation、outcome、from、to、page、pageSize）`, { path: issue.keys[0] });
    const field = String(issue.path[0] ?? 'query');
    const message = issue.code === 'invalid_type' ? `参数 ${field} 只能给一次，且必须是文字` : issue.message;
    throw new AppError('BAD_USER_INPUT', message, { path: field });
  }
  const { who, operation, outcome, from, to, before, page, pageSize, limit } = result.data;
  const end = to ?? before;
  if (from && end && from >= end) throw new AppError('BAD_USER_INPUT', '开始时间必须早于结束时间', { path: 'from' });
  return {
    ...(who ? { who } : {}),
    ...(operation ? { operation } : {}),
    ...(outcome ? { outcome } : {}),
    ...(from ? { from } : {}),
    ...(end ? { to: end } : {}),
    page: page ?? 1,
    pageSize: pageSize ?? limit ?? 100,
  };
}
