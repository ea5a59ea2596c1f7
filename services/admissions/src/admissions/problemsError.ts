import { AppError, type RowProblem } from '@zsgk/errors';
import { fieldLabel } from '@zsgk/messages';

/**
 * Row problems of one record as one BAD_USER_INPUT, its path the first problem's field under `base` ('id' names the item reviewed).
 * The message names each field as the form does (录取人数：不能小于 0); `details.problems` keep the API's field names.
 */
export function problemsError(problems: RowProblem[], base = 'input'): AppError {
  const first = problems[0]!;
  const path = base === 'input' && first.field ? `input.${first.field}` : base;
  const message = problems.map((p) => (p.field ? `${fieldLabel(p.field)}：${p.reason}` : p.reason)).join('；');
  return new AppError('BAD_USER_INPUT', message, { path, details: { problems: problems.map(({ field, reason }) => ({ field, reason })) } });
}
