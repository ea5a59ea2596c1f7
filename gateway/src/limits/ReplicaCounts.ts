import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';

/** What one replica admitted for one client: written by that replica only. */
export interface CountDocument {
  _id: string;
  /** The client address. */
  key: string;
  replica: string;
  /** Admitted since the replica first saw the client (monotonic while the replica runs). */
  total: number;
  /** Admitted in the replica's current window for the client, which ends at `windowEndsAt`. */
  windowCount: number;
  windowEndsAt: Date;
  expireAt: Date;
}

export type ReplicaCount = Pick<CountDocument, 'replica' | 'total' | 'windowCount' | 'windowEndsAt'>;

/**
 * The rate limit's counts shared by gateway replicas, in the gateway's own database (collection
 * `rate_limit_counts`). Each replica writes only its own document per client (`$set` of its totals,
 * never `$inc`), so the counts stay right on FerretDB, whose upserts are not atomic under
 * concurrency, and one replica's write never races another's. Reading returns the other replicas'.
 */
export class ReplicaCounts {
  /** `collection` is called on each use, so a connection still opening is fine; `replica` names this process's documents. */
  constructor(private readonly collection: () => mongo.Collection<CountDocument>, readonly replica: string = randomUUID()) {}

  async ensureIndexes(): Promise<void> {
    await this.collection().createIndex({ key: 1 });
  }

  /**
   * Writes this replica's counts (`own`, client → counts) and returns the other replicas' counts for
   * `keys`. One bulk write and one find, whatever the number of clients.
   */
  async exchange(own: Map<string, Omit<ReplicaCount, 'replica'>>, keys: string[], expireAt: Date): Promise<Map<string, ReplicaCount[]>> {
    const collection = this.collection();
    if (own.size) {
      await collection.bulkWrite(
        [...own].map(([key, counts]) => ({
          updateOne: { filter: { _id: `${key}#${this.replica}` }, update: { $set: { key, replica: this.replica, ...counts, expireAt } }, upsert: true },
        })),
        { ordered: false },
      );
    }
    const others = new Map<string, ReplicaCount[]>();
    if (!keys.length) return others;
    const projection = { key: 1, replica: 1, total: 1, windowCount: 1, windowEndsAt: 1 };
    for await (const doc of collection.find({ key: { $in: keys }, replica: { $ne: this.replica } }, { projection })) {
      const list = others.get(doc.key) ?? [];
      list.push({ replica: doc.replica, total: doc.total, windowCount: doc.windowCount, windowEndsAt: doc.windowEndsAt });
      others.set(doc.key, list);
    }
    return others;
  }

  /** Removes the counts of clients no replica has seen for a while (FerretDB 1.x has no TTL index). */
  async removeExpired(now: Date): Promise<number> {
    return (await this.collection().deleteMany({ expireAt: { $lt: now } })).deletedCount;
  }
}
