import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority to `niceness` (0–19, higher yields more), so the thread
 * that answers lookups wins the CPU while a check runs. Linux schedules threads one by one and
 * `setpriority` on a thread id changes that thread alone; Node gives no thread id, but
 * `/proc/thread-self` names it. Elsewhere (no /proc) it does nothing and says so: a worker thread
 * cannot be niced portably. Raising no privileges: only ever lowers.
 *
 * @example lowerThreadPriority(10) // true on Linux
 */
export function lowerThreadPriority(niceness: number): boolean {
  if (niceness <= 0) return false;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    setPriority(threadId, Math.min(19, niceness));
    return true;
  } catch {
    return false;
  }
}
