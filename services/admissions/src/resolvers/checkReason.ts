import { AppError } from '@zsgk/errors';
import { safeText } from '@zsgk/validation';

/** A reason typed by an officer (returning, expiring): plain text up to 1,000 characters, named by `path` when refused. */
export function checkReason(reason: string, path = 'reason'): string {
  const parsed = safeText(1000).safeParse(reason);
  if (!parsed.success) throw new AppError('BAD_USER_INPUT', `The reason ${parsed.error.issues[0]!.message}.`, { path });
  return parsed.data;
}
