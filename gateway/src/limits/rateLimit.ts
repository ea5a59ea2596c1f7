import { countRateLimitRefusal } from '@zsgk/observability';
import type { RequestHandler } from 'express';

export interface RateLimitOptions {
  /** Sustained requests per second per client address. */
  perSecond: number;
  /** Requests a client may make at once before the rate applies. */
  burst: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  maxClients?: number;
}

/**
 * A token bucket per client address. Over the limit: 429 with Retry-After (seconds) and a JSON
 * GraphQL error saying when to retry. Addresses come from `req.ip`, so set express's `trust proxy`
 * when the gateway sits behind a load balancer. Each refusal counts in rate_limit_refusals_total.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxClients = options.maxClients ?? 100_000;
  return (req, res, next) => {
    const key = req.ip ?? 'unknown';
    const now = Date.now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: now };
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond);
    bucket.at = now;
    buckets.delete(key); // re-insert: Map order is then least recently seen first
    buckets.set(key, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      next();
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    countRateLimitRefusal(req.baseUrl);
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({
      errors: [{ message: `Too many requests from this address; retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED' } }],
    });
  };
}
