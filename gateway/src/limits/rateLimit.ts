import { countRateLimitRefusal, currentRequest, type Metrics } from '@zsgk/observability';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ReplicaCounts } from './ReplicaCounts';
import { ReplicaSync } from './ReplicaSync';

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
  /**
   * Counts kept in Redis instead (exact: one atomic round trip per request, ~0.2 ms on a LAN), with
   * an in-memory insurance limiter while Redis does not answer. Takes precedence over `shared`.
   */
  redis?: Redis;
}

export interface RateLimiter extends RequestHandler {
  /** Whether the shared store answered the last sync (always true without one). */
  sharedStoreUp(): boolean;
  /** Runs one sync now (tests; the timer runs it every `syncIntervalMs`). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Requests per client address: `burst` per window of `burst / perSecond` seconds (at least 1) from
 * the client's first request, counted by rate-limiter-flexible's in-memory limiter, so a request
 * never waits for the database. With `shared`, every `syncIntervalMs` (default 250 ms) the replica
 * writes what it admitted per client and adds what the other replicas admitted since the last sync
 * (ReplicaSync), so replicas together give a client one allowance. The bound: a client gets at most
 * the allowance plus what the other replicas admitted it between syncs (the interval and the sync's
 * round trip; with 2 replicas and a client spread evenly at r req/s: ≤ burst + r × (interval + round
 * trip) / 2); a client returning to a replica after a pause is brought up to date one interval later.
 * When the database does not answer, each replica keeps limiting alone (per process: at most
 * replicas × burst per window), logs it once and `rate_limit_shared_store_up` reads 0 until it is
 * back. Over the limit: 429 with Retry-After (seconds) and a JSON GraphQL error; counted in
 * rate_limit_refusals_total. Addresses come from `req.ip`: set express's `trust proxy` behind a load
 * balancer.
 */
export function rateLimit(options: RateLimitOptions): RateLimiter {
  const windowSeconds = Math.max(1, Math.round(options.burst / options.perSecond));
  const local = new RateLimiterMemory({ points: options.burst, duration: windowSeconds });
  const viaRedis = options.redis && redisLimiter(options.redis, local, options.burst, windowSeconds);
  const limiter = viaRedis?.limiter ?? local;
  const shared = options.shared && !viaRedis ? new ReplicaSync(options.shared.counts, local, windowSeconds * 1000) : undefined;
  const store = viaRedis?.state ?? shared;
  const timer = shared && setInterval(() => void shared.sync(), options.shared!.syncIntervalMs ?? 250);
  timer?.unref();
  const observed = new WeakSet<Metrics>();

  const handler: RequestHandler = (req, res, next) => {
    const key = req.ip ?? 'unknown';
    if (store) observeStore(observed, store);
    limiter.consume(key).then(
      (admitted: RateLimiterRes) => {
        shared?.admitted(key, admitted);
        next();
      },
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        countRateLimitRefusal(req.baseUrl);
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [{ message: `Too many requests from this address; retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED' } }],
        });
      },
    );
  };
  return Object.assign(handler, {
    sharedStoreUp: () => store?.up ?? true,
    sync: async () => shared?.sync(),
    close: async () => {
      if (timer) clearInterval(timer);
      await shared?.sync();
    },
  });
}

/** Registers the store's gauge on the metrics of the process serving the request, once. */
function observeStore(observed: WeakSet<Metrics>, shared: StoreState): void {
  const metrics = currentRequest()?.observability.metrics;
  if (!metrics || observed.has(metrics)) return;
  observed.add(metrics);
  metrics.gauge('rate_limit_shared_store_up', '1 while the rate limit\'s counts are shared with the other gateway replicas; 0: limits are per process (the database did not answer).', () => (shared.up ? 1 : 0));
  metrics.gauge('rate_limit_shared_store_failures', 'Failed syncs of the shared rate-limit counts (or Redis errors) since start.', () => shared.failures);
}

/**
 * rate-limiter-flexible's Redis limiter: blocks a client in memory once it is over (no round trip for
 * a flood), and counts in `insurance` (per process) while Redis does not answer, saying so once.
 */
function redisLimiter(client: Redis, insurance: RateLimiterMemory, points: number, duration: number): { limiter: RateLimiterRedis; state: StoreState } {
  const state = { up: true, failures: 0 };
  client.on('error', (error: Error) => {
    state.failures++;
    if (state.up) console.warn(`[rateLimit] Redis did not answer (${error.message}); limiting per process until it is back`);
    state.up = false;
  });
  client.on('ready', () => {
    if (!state.up) console.info('[rateLimit] Redis answers again: limits are shared by the replicas');
    state.up = true;
  });
  const limiter = new RateLimiterRedis({ storeClient: client, keyPrefix: 'zsgk-rate', points, duration, inMemoryBlockOnConsumed: points, insuranceLimiter: insurance, rejectIfRedisNotReady: true });
  return { limiter, state };
}

/** Whether the store shared by the replicas answers, and how often it did not. */
interface StoreState {
  readonly up: boolean;
  readonly failures: number;
}
