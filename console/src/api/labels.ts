import { enumLabels } from '@zsgk/messages';
import type { SubmissionKind, SubmissionStatus } from './generated/graphql';

/** The Chinese word for an API enum value (学段, 学期, 原因 …); the value itself when there is none. */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  return Object.hasOwn(enumLabels, value) ? enumLabels[value]! : value;
}

export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  RETURNED: '已退回',
  APPROVED: '已通过',
  PUBLISHED: '已发布',
};

export const submissionKindLabels: Record<SubmissionKind, string> = {
  ADMISSION_RESULT: '录取数据',
  TRANSFER: '转学情况',
  SCHOOL_RULES: '校级招生细则',
  ENROLMENT_PLAN: '招生计划',
};

/** Status tag colours, the same on every page. */
export const submissionStatusColours: Record<SubmissionStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'error',
  APPROVED: 'success',
  PUBLISHED: 'success',
};

/** `2026-07-18T08:00:00.000Z` → `2026-07-18 16:00` in Beijing time, as staff read times. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date).replace(/\//g, '-');
}

/** Today in Beijing, YYYY-MM-DD (the services count deadlines in Beijing days). */
export function beijingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The school year a date falls in, by its autumn: 2026-12-03 → 2026, 2027-03-01 → 2026. */
export function schoolYearOf(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}
