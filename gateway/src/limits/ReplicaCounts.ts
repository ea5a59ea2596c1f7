import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';

/** One replica's admitted requests for one client and window: written by that replica only. */
export interface CountDocument {
  _id: string;
  /** `<client address>|<window index>`. */
  key: string;
  replica: string;
  count: number;
  expireAt: Date;
}

/**
 * The rate limit's counts shared by gateway replicas, in the gateway's own database (collection
 * `rate_limit_counts`). Each replica writes only its own document per client and window (`$set` of its
 * total, never `$inc`), so the counts stay right on FerretDB, whose upserts are not atomic under
 * concurrency, and one replica's write never races another's. Reading sums the other replicas'.
 */
export class ReplicaCounts {
  /** `collection` is called on each use, so a connection still opening is fine; `replica` names this process's documents. */
  constructor(private readonly collection: () => mongo.Collection<CountDocument>, private readonly replica: string = randomUUID()) {}

  async ensureIndexes(): Promise<void> {
    await this.collection().createIndex({ key: 1 });
  }

  /**
   * Writes this replica's totals (`own`, key → admitted) and returns the other replicas' totals for
   * `keys`. One bulk write and one find, whatever the number of clients.
   */
  async exchange(own: Map<string, number>, keys: string[], expireAt: Date): Promise<Map<string, number>> {
    const collection = this.collection();
    if (own.size) {
      await collection.bulkWrite(
        [...own].map(([key, count]) => ({
          updateOne: { filter: { _id: `${key}#${this.replica}` }, update: { $set: { key, replica: this.replica, count, expireAt } }, upsert: true },
        })),
        { ordered: false },
      );
    }
    const others = new Map<string, number>();
    if (!keys.length) return others;
    for await (const doc of collection.find({ key: { $in: keys }, replica: { $ne: this.replica } }, { projection: { key: 1, count: 1 } })) {
      others.set(doc.key, (others.get(doc.key) ?? 0) + doc.count);
    }
    return others;
  }

  /** Removes windows that have ended (FerretDB 1.x has no TTL index). */
  async removeExpired(now: Date): Promise<number> {
    return (await this.collection().deleteMany({ expireAt: { $lt: now } })).deletedCount;
  }
}
