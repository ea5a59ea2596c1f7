import { isDuplicateKeyError, versionId } from '@zsgk/publication';
import type { Model } from 'mongoose';
import type { VersionHead, VersionStore } from '../publication/VersionStore';

/** Fields every published-version document carries (zone sets, district boundaries, gazetteers). */
export interface VersionFields {
  _id: string;
  /** The record key the versions count under, e.g. `370812:2026:PRIMARY`. */
  key: string;
  version: number;
  /** The review item whose approval published it: how a retried publication finds its own version. */
  reviewId: string | null;
  status: 'PUBLISHED' | 'SUPERSEDED';
  publishedAt: Date;
  publishedBy: string;
}

/** The one version in force per key is the highest; a half-done publication never shows two. */
export async function inForceVersion<D extends VersionFields>(model: Model<D>, key: string): Promise<D | null> {
  return model.findOne({ key }).sort({ version: -1 }).lean<D>();
}

/** The in-force version of each key (by a projection without the heavy fields, then those documents). */
export async function inForceVersions<D extends VersionFields>(model: Model<D>, filter: Record<string, unknown> = {}): Promise<D[]> {
  const heads = await model.find(filter, { key: 1, version: 1 }).lean<Pick<D, '_id' | 'key' | 'version'>[]>();
  const best = new Map<string, Pick<D, '_id' | 'key' | 'version'>>();
  for (const head of heads) if ((best.get(head.key)?.version ?? -1) < head.version) best.set(head.key, head);
  if (best.size === 0) return [];
  return model.find({ _id: { $in: [...best.values()].map((h) => h._id) } }).lean<D[]>();
}

/**
 * The compare-and-set: inserts version `version` of `key` with its deterministic id. Returns false
 * when that id already exists (someone else published that version meanwhile).
 */
export async function insertVersion<D extends VersionFields>(model: Model<D>, kind: string, doc: Omit<D, '_id'>): Promise<{ inserted: boolean; id: string }> {
  const id = versionId(kind, doc.key, doc.version);
  try {
    await model.create({ ...doc, _id: id });
    return { inserted: true, id };
  } catch (error) {
    if (isDuplicateKeyError(error)) return { inserted: false, id };
    throw error;
  }
}

/** Schema fields of VersionFields, to spread into each versioned collection's schema. */
export const versionSchemaFields = {
  _id: String,
  key: { type: String, index: true },
  version: Number,
  reviewId: { type: String, default: null, index: true },
  status: String,
  publishedAt: Date,
  publishedBy: String,
} as const;

/** A VersionStore over one versioned collection; `fields` are stored beside the head. */
export function versionStore<D extends VersionFields, F extends object>(model: Model<D>, kind: string): VersionStore<F> {
  const head = (doc: D | null): VersionHead | null =>
    doc ? { id: doc._id, key: doc.key, version: doc.version, reviewId: doc.reviewId, publishedAt: doc.publishedAt } : null;
  return {
    inForce: async (key) => head(await inForceVersion(model, key)),
    ofReview: async (reviewId) => head(await model.findOne({ reviewId }).lean<D>()),
    insert: (version, fields) =>
      insertVersion(model, kind, { ...fields, ...version, status: 'PUBLISHED' } as unknown as Omit<D, '_id'>),
    supersede: async (id) => {
      await model.updateOne({ _id: id }, { $set: { status: 'SUPERSEDED' } });
    },
  };
}
