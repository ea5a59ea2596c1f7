import type { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ReplicaCount, ReplicaCounts } from './ReplicaCounts';

/** Longest a sync may wait for the database before the limiter counts it as down. */
const SYNC_TIMEOUT_MS = 5_000;
const CLEAN_EVERY_SYNCS = 60;

interface OwnCounts {
  total: number;
  windowCount: number;
  windowEndsAt: number;
  dirty: boolean;
}

/**
 * One replica's side of the shared rate limit: what it admitted per client, exchanged with the other
 * replicas' through ReplicaCounts; what they admitted since the last exchange is added to the local
 * limiter (the library's `penalty`). A client met for the first time is charged what the others
 * admitted in their windows still running. Only clients seen since the last sync are exchanged.
 */
export class ReplicaSync {
  up = true;
  failures = 0;
  private readonly own = new Map<string, OwnCounts>();
  /** client → other replica → the total already charged here. */
  private readonly charged = new Map<string, Map<string, number>>();
  private running: Promise<void> | undefined;
  private syncs = 0;
  private indexed = false;

  constructor(private readonly counts: ReplicaCounts, private readonly local: RateLimiterMemory, private readonly windowMs: number) {}

  /** Records one request admitted for `key`; `admitted` is the local limiter's answer. */
  admitted(key: string, admitted: RateLimiterRes, now = Date.now()): void {
    const entry = this.own.get(key) ?? { total: 0, windowCount: 0, windowEndsAt: 0, dirty: true };
    const endsAt = now + admitted.msBeforeNext;
    if (endsAt > entry.windowEndsAt + 1_000 || entry.windowEndsAt <= now) entry.windowCount = 0; // a new window began
    entry.windowEndsAt = endsAt;
    entry.windowCount++;
    entry.total++;
    entry.dirty = true;
    this.own.set(key, entry);
  }

  sync(): Promise<void> {
    this.running ??= this.exchange().finally(() => (this.running = undefined));
    return this.running;
  }

  private async exchange(): Promise<void> {
    const now = Date.now();
    const dirty = new Map<string, Omit<ReplicaCount, 'replica'>>();
    for (const [key, e] of this.own) if (e.dirty) dirty.set(key, { total: e.total, windowCount: e.windowCount, windowEndsAt: new Date(e.windowEndsAt) });
    if (!dirty.size && this.syncs % CLEAN_EVERY_SYNCS !== CLEAN_EVERY_SYNCS - 1) {
      this.syncs++;
      return this.forgetIdle(now);
    }
    try {
      const others = await withTimeout(async () => {
        if (!this.indexed) await this.counts.ensureIndexes().then(() => (this.indexed = true));
        const found = await this.counts.exchange(dirty, [...dirty.keys()], new Date(now + 3 * this.windowMs));
        if (++this.syncs % CLEAN_EVERY_SYNCS === 0) await this.counts.removeExpired(new Date(now));
        return found;
      });
      for (const [key, sent] of dirty) {
        const entry = this.own.get(key);
        if (entry && entry.total === sent.total) entry.dirty = false;
      }
      for (const [key, counts] of others) {
        const added = this.charge(key, counts, now);
        if (added > 0) await this.local.penalty(key, added);
      }
      if (!this.up) console.info('[rateLimit] the shared rate-limit store answers again: limits are shared by the replicas');
      this.up = true;
    } catch (error) {
      this.failures++;
      if (this.up) console.warn(`[rateLimit] the shared rate-limit store did not answer (${(error as Error).message}); limiting per process until it is back`);
      this.up = false;
    }
    this.forgetIdle(now);
  }

  /** What the other replicas admitted `key` since it was last charged here. */
  private charge(key: string, counts: ReplicaCount[], now: number): number {
    const charged = this.charged.get(key) ?? new Map<string, number>();
    this.charged.set(key, charged);
    let added = 0;
    for (const other of counts) {
      const before = charged.get(other.replica);
      // First met here, or that replica forgot the client and counts afresh: its running window only.
      if (before === undefined || other.total < before) added += other.windowEndsAt.getTime() > now ? other.windowCount : 0;
      else added += other.total - before;
      charged.set(other.replica, other.total);
    }
    return added;
  }

  /** Forgets clients whose window here ended a window ago and whose counts were written. */
  private forgetIdle(now: number): void {
    for (const [key, entry] of this.own) {
      if (!entry.dirty && entry.windowEndsAt < now - this.windowMs) {
        this.own.delete(key);
        this.charged.delete(key);
      }
    }
  }
}

function withTimeout<T>(run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${SYNC_TIMEOUT_MS} ms`)), SYNC_TIMEOUT_MS);
  });
  return Promise.race([run(), timeout]).finally(() => clearTimeout(timer));
}
