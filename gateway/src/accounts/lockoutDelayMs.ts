/** Failed sign-ins in a row that lock an account. */
export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/**
 * How long an account stays locked after its `failures`-th failed sign-in in a row: nothing below 5,
 * then 1 minute, doubling with each further failure, at most 1 hour.
 *
 * @example lockoutDelayMs(5) // 60_000; lockoutDelayMs(7) // 240_000; lockoutDelayMs(20) // 3_600_000
 */
export function lockoutDelayMs(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - FAILURES_BEFORE_LOCK, 10));
}
