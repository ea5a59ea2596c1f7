import { AppError, type RowProblem } from '@zsgk/errors';

/** Row problems of one record as one BAD_USER_INPUT, its path the first problem's field under `base` ('id' names the item reviewed). */
export function problemsError(problems: RowProblem[], base = 'input'): AppError {
  const first = problems[0]!;
  const path = base === 'input' && first.field ? `input.${first.field}` : base;
  const message = problems.map((p) => (p.field ? `${p.field} ${p.reason}` : p.reason)).join('; ');
  return new AppError('BAD_USER_INPUT', message, { path, details: { problems: problems.map(({ field, reason }) => ({ field, reason })) } });
}
