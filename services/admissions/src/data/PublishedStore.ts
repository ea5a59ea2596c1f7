import { AppError } from '@zsgk/errors';
import { isDuplicateKeyError, versionId } from '@zsgk/publication';
import type { FilterQuery, Model } from 'mongoose';
import type { Published } from '../admissions/Admission';
import type { StoredVersion, VersionChange } from '../publication/VersionChange';

/** Stored shape: the record's fields plus versioning; `key` identifies the record across versions. */
export type PublishedDoc<F> = StoredVersion<F>;

/** Schema fields of the versioning every published collection carries (shapes are checked on input; the schema indexes and keeps unknown keys out). */
export const versioningFields = {
  _id: String,
  key: { type: String, index: true },
  version: Number,
  status: { type: String, index: true },
  publishedAt: Date,
  publishedBy: String,
  correctionReason: { type: String, default: null },
  supersedes: { type: String, default: null },
  source: { type: String, default: null },
  /** The date the decision was made, changed or expired (YYYY-MM-DD, Beijing), copied from the review item or submission; absent on versions published before it was recorded (no default: their content and hash stay as logged). */
  decidedOn: String,
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

  /**
   * Inserts each change as version `previous.version + 1` with the deterministic id
   * versionId(kind, key, version): the compare-and-set of publication. Where that id exists already,
   * it is this source's own earlier attempt (returned as stored, so a retry is idempotent) or
   * another publication's (CONFLICT: another version was published meanwhile; nothing of this
   * attempt stays in force).
   */
  async insertVersions(kind: string, changes: VersionChange<F>[], at: Date, actor: string, source: string): Promise<StoredVersion<F>[]> {
    const docs = changes.map((change) => {
      const version = (change.previous?.version ?? 0) + 1;
      return {
        ...change.fields, _id: versionId(kind, change.key, version), key: change.key, version, status: 'PUBLISHED', publishedAt: at,
        publishedBy: actor, correctionReason: change.correctionReason, supersedes: change.previous?.id ?? null, source,
      };
    });
    const ids = docs.map((d) => d._id);
    // Another publication's version at one of these ids: refuse before writing anything.
    const existing = await this.findVersions(ids);
    if ([...existing.values()].some((v) => v.source !== source)) throw conflict(docs, existing, source);
    try {
      await this.model.insertMany(docs, { ordered: false });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const stored = await this.findVersions(ids);
    if (docs.some((d) => stored.get(d._id)?.source !== source)) {
      // Lost a race on some key after the check: undo this attempt's versions (never logged, the
      // change never marked published), so a batch is not left half in force.
      await this.model.deleteMany({ _id: { $in: ids }, source } as FilterQuery<PublishedDoc<F>>);
      throw conflict(docs, stored, source);
    }
    return docs.map((d) => stored.get(d._id)!);
  }

  /** Marks versions SUPERSEDED (idempotent); they stay readable. */
  async supersede(ids: string[]): Promise<void> {
    if (ids.length) await this.model.updateMany({ _id: { $in: ids } } as FilterQuery<PublishedDoc<F>>, { $set: { status: 'SUPERSEDED' } });
  }

  /** Stored versions by id, as stored (what the publication log hashes). */
  async findVersions(ids: string[]): Promise<Map<string, StoredVersion<F>>> {
    if (ids.length === 0) return new Map();
    const docs = await this.model.find({ _id: { $in: ids } } as FilterQuery<PublishedDoc<F>>).lean<StoredVersion<F>[]>();
    return new Map(docs.map((d) => [d._id, d]));
  }

  /** One stored version by id, as stored, or null. */
  async findVersion(id: string): Promise<StoredVersion<F> | null> {
    return (await this.findVersions([id])).get(id) ?? null;
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
  const { _id, key: _key, supersedes: _s, source: _source, ...rest } = doc;
  return { ...(rest as unknown as F & Omit<Published, 'id'>), id: _id };
}

function conflict(docs: { _id: string; key: string; version: number }[], stored: Map<string, { source: string | null }>, source: string): AppError {
  const foreign = docs.filter((d) => stored.has(d._id) && stored.get(d._id)!.source !== source);
  const names = foreign.slice(0, 5).map((d) => `${d.key} 第 ${d.version} 版`).join('、');
  return new AppError('CONFLICT', `${names} 已由另一次发布写入（another version was published meanwhile）；请按现行版本重新提交。`, {
    path: 'id',
    details: { recordIds: foreign.map((d) => d._id) },
  });
}
