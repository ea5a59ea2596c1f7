import { AppError } from '@zsgk/errors';
import type { Connection } from 'mongoose';
import { RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible';

/** How many comments are taken per hour. */
export interface CommentLimits {
  /** The same text (after normalisation) on one consultation: repeats return the first receipt, but not endlessly. */
  sameTextPerHour: number;
  /** All comments on one consultation: a flood guard (the subgraph sees no client address; see README). */
  perConsultationPerHour: number;
}

export const DEFAULT_COMMENT_LIMITS: CommentLimits = { sameTextPerHour: 5, perConsultationPerHour: 600 };

const HOUR = 3600;
const TABLE = 'consultation_rate_limits';

/**
 * Rate limits of public comments, counted in the service's own database with rate-limiter-flexible's
 * Mongo store (collection `consultation_rate_limits`), so every replica shares the counts. On FerretDB
 * 1.x its findOneAndUpdate is not atomic under concurrency, so each process counts one consultation's
 * comments one at a time (see oneAtATime); the limits are exact within a replica.
 */
export class CommentRateLimiter {
  private readonly sameText: RateLimiterMongo;
  private readonly perConsultation: RateLimiterMongo;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly connection: Connection, readonly limits: CommentLimits = DEFAULT_COMMENT_LIMITS) {
    const store = { storeClient: connection.db, tableName: TABLE, disableIndexesCreation: true, duration: HOUR };
    this.sameText = new RateLimiterMongo({ ...store, keyPrefix: 'same-text', points: limits.sameTextPerHour });
    this.perConsultation = new RateLimiterMongo({ ...store, keyPrefix: 'consultation', points: limits.perConsultationPerHour });
  }

  /**
   * The store's unique index on `key`, created here rather than in the background so a failure stops
   * the start. Its TTL index is not: FerretDB 1.x answers "expireAfterSeconds is not implemented yet".
   * An expired count is replaced on its key's next use (the limiter's own path), and the start clears
   * the expired ones.
   */
  async ensureIndexes(): Promise<void> {
    const counts = this.connection.collection(TABLE);
    await counts.createIndex({ key: 1 }, { unique: true });
    await counts.deleteMany({ expire: { $lt: new Date() } });
  }

  /** Takes one point from each limit, or throws RATE_LIMITED saying which and when to retry. */
  consume(consultationId: string, textKey: string): Promise<void> {
    return this.oneAtATime(consultationId, async () => {
      await take(this.sameText, `${consultationId}:${textKey}`, `同一内容的意见 1 小时内最多提交 ${this.limits.sameTextPerHour} 次`);
      await take(this.perConsultation, consultationId, `本次征求意见 1 小时内最多接收 ${this.limits.perConsultationPerHour} 条意见`);
    });
  }

  /**
   * Runs one consultation's counting one call at a time in this process. Why: the store counts with
   * findOneAndUpdate + $inc, which FerretDB 1.x does not apply atomically; 40 parallel comments against
   * a limit of 10 all passed without this (measured, test/consultationRateLimit.test.ts). Replicas
   * still race each other, so across replicas a simultaneous burst may pass a few over the limit.
   */
  private oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(run, run);
    const settled = next.then(() => undefined, () => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

async function take(limiter: RateLimiterMongo, key: string, rule: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', `提交过于频繁：${rule}；请 ${retryAfterSeconds} 秒后再试`, { details: { retryAfterSeconds } });
  }
}
