import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, seconds) used so far by `pid` and its descendants (cluster workers), from
 * /proc. Under a loaded machine throughput says little; CPU per request says what a path costs.
 */
export function cpuSeconds(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  let ticks = 0;
  const pending = [pid];
  while (pending.length) {
    const current = pending.pop()!;
    ticks += stats.get(current)?.ticks ?? 0;
    for (const [child, { ppid }] of stats) if (ppid === current) pending.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}

/** The process whose command line contains every one of `parts` (e.g. the PostgreSQL postmaster of a port), if any. */
export function findProcess(parts: string[]): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (parts.every((part) => args.includes(part))) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
