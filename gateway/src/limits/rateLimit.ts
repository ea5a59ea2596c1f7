import { countRateLimitRefusal, currentRequest, type Metrics } from '@zsgk/observability';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ReplicaCounts } from './ReplicaCounts';

export interface RateLimitOptions {
  /** Sustained requests per second per client address. */
  perSecond: number;
  /** Requests a client may make in one window (`burst / perSecond` seconds, at least 1). */
  burst: number;
  /**
   * Counts shared by the gateway's replicas; left out: each process limits on its own. The
   * collection is read when the limiter first syncs, so a connection still opening is fine.
   */
  shared?: { counts: ReplicaCounts; syncIntervalMs?: number };
}

export interface RateLimiter extends RequestHandler {
  /** Whether the shared store answered the last sync (always true without one). */
  sharedStoreUp(): boolean;
  /** Runs one sync now (tests; the timer runs it every `syncIntervalMs`). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** Longest a sync may wait for the database before the limiter counts it as down. */
const SYNC_TIMEOUT_MS = 5_000;
const CLEAN_EVERY_SYNCS = 60;

/**
 * Requests per client address in fixed windows aligned on the clock (window = `burst / perSecond` s,
 * `burst` requests each), counted by rate-limiter-flexible's in-memory limiter, so a request never
 * waits for the database. With `shared`, every `syncIntervalMs` (default 250 ms) the replica writes
 * what it admitted per client and window and adds what the other replicas admitted since the last
 * sync (the library's `penalty`), so replicas together give a client one allowance. Only clients
 * seen since the last sync are read back. The bound: a client gets at most the allowance plus what
 * the other replicas admitted it in their last unsynced interval (with 2 replicas and a client spread
 * evenly at r req/s: ≤ burst + r × interval / 2); one returning to a replica after a pause is
 * brought up to date one interval later.
 * When the database does not answer, each replica keeps limiting alone (per process: at most
 * replicas × burst per window), logs it once and `rate_limit_shared_store_up` reads 0 until it is
 * back. Over the limit: 429 with Retry-After (seconds) and a JSON GraphQL error; counted in
 * rate_limit_refusals_total. Addresses come from `req.ip`: set express's `trust proxy` behind a
 * load balancer.
 */
export function rateLimit(options: RateLimitOptions): RateLimiter {
  const windowSeconds = Math.max(1, Math.round(options.burst / options.perSecond));
  const windowMs = windowSeconds * 1000;
  const local = new RateLimiterMemory({ points: options.burst, duration: windowSeconds });
  const shared = options.shared && new SharedSync(options.shared.counts, local, windowMs);
  const timer = shared && setInterval(() => void shared.sync(), options.shared!.syncIntervalMs ?? 250);
  timer?.unref();
  const observed = new WeakSet<Metrics>();

  const handler: RequestHandler = (req, res, next) => {
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    const key = `${req.ip ?? 'unknown'}|${window}`;
    if (shared) observeStore(observed, shared);
    local.consume(key).then(
      () => {
        shared?.admitted(key, window);
        next();
      },
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const retryAfter = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
        countRateLimitRefusal(req.baseUrl);
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [{ message: `Too many requests from this address; retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED' } }],
        });
      },
    );
  };
  return Object.assign(handler, {
    sharedStoreUp: () => shared?.up ?? true,
    sync: async () => shared?.sync(),
    close: async () => {
      if (timer) clearInterval(timer);
      await shared?.sync();
    },
  });
}

/** Registers the store's gauge on the metrics of the process serving the request, once. */
function observeStore(observed: WeakSet<Metrics>, shared: SharedSync): void {
  const metrics = currentRequest()?.observability.metrics;
  if (!metrics || observed.has(metrics)) return;
  observed.add(metrics);
  metrics.gauge('rate_limit_shared_store_up', '1 while the rate limit\'s counts are shared with the other gateway replicas; 0: limits are per process (the database did not answer).', () => (shared.up ? 1 : 0));
  metrics.gauge('rate_limit_shared_store_failures', 'Syncs of the shared rate-limit counts that failed since start.', () => shared.failures);
}

/** This replica's admitted counts per client and window, exchanged with the other replicas'. */
class SharedSync {
  up = true;
  failures = 0;
  /** key → this replica's admitted total (current and unsynced windows). */
  private readonly own = new Map<string, { count: number; window: number; dirty: boolean }>();
  /** key → the other replicas' total already added to the local limiter. */
  private readonly seen = new Map<string, number>();
  private running: Promise<void> | undefined;
  private syncs = 0;
  private indexed = false;

  constructor(private readonly counts: ReplicaCounts, private readonly local: RateLimiterMemory, private readonly windowMs: number) {}

  admitted(key: string, window: number): void {
    const entry = this.own.get(key);
    if (entry) {
      entry.count++;
      entry.dirty = true;
    } else this.own.set(key, { count: 1, window, dirty: true });
  }

  sync(): Promise<void> {
    this.running ??= this.exchange().finally(() => (this.running = undefined));
    return this.running;
  }

  private async exchange(): Promise<void> {
    const now = Date.now();
    const current = Math.floor(now / this.windowMs);
    const dirty = new Map<string, number>();
    const active: string[] = [];
    for (const [key, entry] of this.own) {
      if (entry.dirty) dirty.set(key, entry.count);
      // Only clients seen here since the last sync: one that stays away needs no update until it is back.
      if (entry.dirty && entry.window === current) active.push(key);
    }
    try {
      const others = await withTimeout(async () => {
        if (!this.indexed) await this.counts.ensureIndexes().then(() => (this.indexed = true));
        const totals = await this.counts.exchange(dirty, active, new Date((current + 2) * this.windowMs));
        if (++this.syncs % CLEAN_EVERY_SYNCS === 0) await this.counts.removeExpired(new Date(now));
        return totals;
      });
      for (const key of dirty.keys()) {
        const entry = this.own.get(key);
        if (entry && entry.count === dirty.get(key)) entry.dirty = false;
      }
      for (const [key, total] of others) {
        const added = total - (this.seen.get(key) ?? 0);
        if (added > 0) await this.local.penalty(key, added);
        this.seen.set(key, total);
      }
      if (!this.up) console.info('[rateLimit] the shared rate-limit store answers again: limits are shared by the replicas');
      this.up = true;
    } catch (error) {
      this.failures++;
      if (this.up) console.warn(`[rateLimit] the shared rate-limit store did not answer (${(error as Error).message}); limiting per process until it is back`);
      this.up = false;
    }
    for (const [key, entry] of this.own) {
      if (entry.window < current && !entry.dirty) {
        this.own.delete(key);
        this.seen.delete(key);
      }
    }
    // A window the store never took (down for the whole window) is forgotten once it is long past.
    for (const [key, entry] of this.own) {
      if (entry.window < current - 1) {
        this.own.delete(key);
        this.seen.delete(key);
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
