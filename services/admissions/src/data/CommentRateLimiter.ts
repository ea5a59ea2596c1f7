import { AppError } from '@zsgk/errors';
import type { Connection, mongo } from 'mongoose';

/** How many comments are taken per hour. */
export interface CommentLimits {
  /** The same text (after normalisation) on one consultation: repeats return the first receipt, but not endlessly. */
  sameTextPerHour: number;
  /** One client address on one consultation (the address the gateway signed; see @zsgk/identity); default 10. */
  perClientPerHour?: number;
  /** All comments on one consultation: a flood guard across addresses. */
  perConsultationPerHour: number;
}

export const DEFAULT_COMMENT_LIMITS: CommentLimits = { sameTextPerHour: 5, perClientPerHour: 10, perConsultationPerHour: 600 };

const HOUR_MS = 3_600_000;
/** Not `consultation_rate_limits` (the earlier store's counts, with a unique index on `key`): slots are documents of another shape. */
const TABLE = 'consultation_comment_slots';

/** One point taken: slot `n` (0 ≤ n < limit) of one rule and key, held for an hour. */
interface Slot {
  _id: string;
  /** `<rule>|<key>`: the slots counted together. */
  bucket: string;
  /** An hour after it was taken: then the slot is free again. */
  expireAt: Date;
}

/**
 * Rate limits of public comments, exact across replicas on FerretDB. Each point is a document whose
 * `_id` names its slot (rule, key, n < limit) and which holds it for an hour; taking a point inserts
 * a free slot (an expired one is deleted first), and the database's unique `_id` lets one insert win
 * each slot, so however many replicas race, at most `limit` points are held in any hour. Why not
 * rate-limiter-flexible's Mongo store: it counts with findOneAndUpdate + $inc, which FerretDB 1.x does
 * not apply atomically (40 parallel comments against a limit of 10 all passed; through two replicas,
 * each serialising its own, 15–17 passed). A refusal says when the oldest point frees; a comment
 * refused by a later rule gives its earlier points back.
 */
export class CommentRateLimiter {
  readonly limits: Required<CommentLimits>;

  constructor(private readonly connection: Connection, limits: CommentLimits = DEFAULT_COMMENT_LIMITS) {
    this.limits = { ...DEFAULT_COMMENT_LIMITS, ...limits } as Required<CommentLimits>;
  }

  /** Clears the slots that have freed (FerretDB 1.x has no TTL index); also run by the retention sweep. */
  async ensureIndexes(): Promise<void> {
    await this.slots().createIndex({ bucket: 1 });
    await this.removeExpired();
  }

  async removeExpired(now = new Date()): Promise<number> {
    return (await this.slots().deleteMany({ expireAt: { $lt: now } })).deletedCount;
  }

  /**
   * Takes one point from each limit, or throws RATE_LIMITED saying which and when to retry. Without
   * a client address (the subgraph called without the gateway's signed header) only the text and
   * consultation limits apply.
   */
  async consume(consultationId: string, textKey: string, clientAddress?: string): Promise<void> {
    const rules: Array<{ bucket: string; limit: number; rule: string }> = [
      { bucket: `same-text|${consultationId}:${textKey}`, limit: this.limits.sameTextPerHour, rule: `同一内容的意见 1 小时内最多提交 ${this.limits.sameTextPerHour} 次` },
      ...(clientAddress ? [{ bucket: `client|${consultationId}:${clientAddress}`, limit: this.limits.perClientPerHour, rule: `同一网络地址 1 小时内最多提交 ${this.limits.perClientPerHour} 条意见` }] : []),
      { bucket: `consultation|${consultationId}`, limit: this.limits.perConsultationPerHour, rule: `本次征求意见 1 小时内最多接收 ${this.limits.perConsultationPerHour} 条意见` },
    ];
    const taken: string[] = [];
    for (const { bucket, limit, rule } of rules) {
      const outcome = await this.take(bucket, limit);
      if (typeof outcome === 'string') {
        taken.push(outcome);
        continue;
      }
      if (taken.length) await this.slots().deleteMany({ _id: { $in: taken } });
      const retryAfterSeconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
      throw new AppError('RATE_LIMITED', `提交过于频繁：${rule}；请 ${retryAfterSeconds} 秒后再试`, { details: { retryAfterSeconds } });
    }
  }

  /** Inserts one free slot of `bucket` (the `_id` of the slot won), or says when the oldest held one frees. */
  private async take(bucket: string, limit: number): Promise<string | { retryAfterMs: number }> {
    const slots = this.slots();
    const now = new Date();
    const held = await slots.find({ bucket }, { projection: { _id: 1, expireAt: 1 } }).toArray();
    const live = held.filter((s) => s.expireAt > now);
    if (live.length < held.length) await slots.deleteMany({ bucket, expireAt: { $lte: now } });
    const used = new Set(live.map((s) => s._id));
    // Free slots in random order, so racing replicas mostly try different ones.
    const free = Array.from({ length: limit }, (_, n) => `${bucket}|${n}`).filter((id) => !used.has(id));
    for (let i = free.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [free[i], free[j]] = [free[j]!, free[i]!];
    }
    for (const _id of free) {
      try {
        await slots.insertOne({ _id, bucket, expireAt: new Date(now.getTime() + HOUR_MS) });
        return _id;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
    const oldest = live.reduce((min, s) => Math.min(min, s.expireAt.getTime()), now.getTime() + HOUR_MS);
    return { retryAfterMs: oldest - now.getTime() };
  }

  private slots(): mongo.Collection<Slot> {
    return this.connection.db!.collection<Slot>(TABLE);
  }
}
