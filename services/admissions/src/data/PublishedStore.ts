import { randomUUID } from 'node:crypto';
import type { FilterQuery, Model } from 'mongoose';
import type { Published } from '../admissions/Admission';

/** Stored shape: the record's fields plus versioning; `key` identifies the record across versions. */
export type PublishedDoc<F> = F & {
  _id: string;
  key: string;
  version: number;
  status: 'PUBLISHED' | 'SUPERSEDED';
  publishedAt: Date;
  publishedBy: string;
  correctionReason: string | null;
  supersedes: string | null;
};

/**
 * Versioned, append-only storage of published records (rules, results). The only code that writes
 * them. A new version is inserted first and the old one marked SUPERSEDED after; readers take the
 * highest version per key, so the moment between the two writes is never seen as two records.
 */
export class PublishedStore<F extends object> {
  constructor(private readonly model: Model<PublishedDoc<F>>) {}

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  /** The record in force for each key. */
  async findInForce(keys: string[]): Promise<Map<string, F & Published>> {
    if (keys.length === 0) return new Map();
    const docs = await this.model.find({ key: { $in: keys }, status: 'PUBLISHED' } as FilterQuery<PublishedDoc<F>>).lean<PublishedDoc<F>[]>();
    return latestPerKey(docs);
  }

  /** Records matching `filter`, in force only unless `includeSuperseded`, newest version first. */
  async find(filter: Record<string, unknown>, includeSuperseded = false): Promise<(F & Published)[]> {
    const query = (includeSuperseded ? filter : { ...filter, status: 'PUBLISHED' }) as FilterQuery<PublishedDoc<F>>;
    const docs = await this.model.find(query).sort({ version: -1 }).lean<PublishedDoc<F>[]>();
    const records = includeSuperseded ? docs.map(toRecord) : [...latestPerKey(docs).values()];
    return records;
  }

  async publishVersions(
    changes: { key: string; fields: F; correctionReason: string | null; previous: (F & Published) | undefined }[],
    actor: string,
  ): Promise<string[]> {
    if (changes.length === 0) return [];
    const now = new Date();
    const ids = changes.map(() => randomUUID());
    await this.model.insertMany(
      changes.map((c, i) => ({
        ...c.fields,
        _id: ids[i],
        key: c.key,
        version: (c.previous?.version ?? 0) + 1,
        status: 'PUBLISHED',
        publishedAt: now,
        publishedBy: actor,
        correctionReason: c.correctionReason,
        supersedes: c.previous?.id ?? null,
      })),
      { ordered: true },
    );
    const superseded = changes.flatMap((c) => (c.previous ? [c.previous.id] : []));
    if (superseded.length) {
      await this.model.updateMany({ _id: { $in: superseded } } as FilterQuery<PublishedDoc<F>>, { $set: { status: 'SUPERSEDED' } });
    }
    return ids;
  }

  /**
   * In-force records matching `filter` with only `fields` read: for summaries over many schools.
   * No sort, so the database streams rows in storage order.
   */
  async findInForceFields<K extends keyof F & string>(filter: Record<string, unknown>, fields: K[]): Promise<(Pick<F, K> & { key: string })[]> {
    const projection = Object.fromEntries([...fields, 'key', 'version'].map((f) => [f, 1]));
    const docs = await this.model
      .find({ ...filter, status: 'PUBLISHED' } as FilterQuery<PublishedDoc<F>>, projection)
      .lean<(Pick<F, K> & { key: string; version: number })[]>();
    const latest = new Map<string, Pick<F, K> & { key: string; version: number }>();
    for (const doc of docs) {
      const seen = latest.get(doc.key);
      if (!seen || doc.version > seen.version) latest.set(doc.key, doc);
    }
    return [...latest.values()];
  }

  /** Distinct values of `field` over records (any status) matching `filter`. */
  async distinct(field: string, filter: Record<string, unknown>): Promise<string[]> {
    return (await this.model.distinct(field, filter as FilterQuery<PublishedDoc<F>>)) as string[];
  }

  /** Runs an aggregation pipeline over in-force records (FerretDB 1.x: $match, $group, $sum). */
  aggregate<T>(pipeline: Record<string, unknown>[]): Promise<T[]> {
    return this.model.aggregate<T>(pipeline as never[]).exec();
  }
}

function latestPerKey<F>(docs: PublishedDoc<F>[]): Map<string, F & Published> {
  const latest = new Map<string, PublishedDoc<F>>();
  for (const doc of docs) {
    const seen = latest.get(doc.key);
    if (!seen || doc.version > seen.version) latest.set(doc.key, doc);
  }
  return new Map([...latest].map(([key, doc]) => [key, toRecord(doc)]));
}

function toRecord<F>(doc: PublishedDoc<F>): F & Published {
  const { _id, key: _key, supersedes: _s, ...rest } = doc;
  return { ...(rest as unknown as F & Omit<Published, 'id'>), id: _id };
}
