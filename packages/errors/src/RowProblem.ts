import { zodIssueReason } from '@zsgk/messages';
import type { ZodIssue } from 'zod';

/** One problem with one row of an imported file: what a clerk needs to find and fix it. */
export interface RowProblem {
  /** 1-based row, as a spreadsheet counts. */
  row: number;
  /** Field (column) that is wrong, dotted for nested fields; null when the row as a whole is. */
  field: string | null;
  /** In Chinese: what is wrong and what to write instead. */
  reason: string;
}

/**
 * Turns a zod validation failure of one row into row problems with field paths, the reasons in
 * Chinese (@zsgk/messages zodIssueReason: 必填, 应为整数, 长度不超过 N 个字 …).
 */
export function rowProblemsFromZod(issues: ZodIssue[], row: number): RowProblem[] {
  return issues.map((issue) => ({
    row,
    field: issue.path.length ? issue.path.join('.') : null,
    reason: zodIssueReason(issue),
  }));
}
