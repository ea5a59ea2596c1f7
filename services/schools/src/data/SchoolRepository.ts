import { AppError } from '@zsgk/errors';
import type { School, SchoolFields, SchoolVersion } from '../register/School';
import type { SchoolDocument, SchoolHistoryDocument, SchoolModels } from './SchoolModel';

const REVISION_ID = 'revision';

/**
 * Told about every write this process made: the schools as now stored (null when a write failed
 * part-way and what was stored is unknown), and the register's revision after it (NaN if unknown).
 */
export type WriteListener = (written: School[] | null, revision: number) => void;

/** One write: the new field values, the version they replace (null for a new school), what changed. */
export interface SchoolWrite {
  next: SchoolFields;
  previous: School | null;
  changedFields: string[];
}

/** The only door to the schools collections. Returns plain objects, never mongoose documents. */
export class SchoolRepository {
  private listener: WriteListener = () => undefined;

  constructor(private readonly models: SchoolModels) {}

  onWrite(listener: WriteListener): void {
    this.listener = listener;
  }

  /** One round trip for any number of ids (reference batching relies on this). */
  async findByIds(ids: readonly string[]): Promise<Map<string, School>> {
    if (ids.length === 0) return new Map();
    const docs = await this.models.School.find({ _id: { $in: [...new Set(ids)] } }).lean<SchoolDocument[]>();
    return new Map(docs.map((doc) => [doc._id, toSchool(doc)]));
  }

  /** Every school, for the in-memory catalog. */
  async findAll(): Promise<School[]> {
    const docs = await this.models.School.find({}).lean<SchoolDocument[]>();
    return docs.map(toSchool);
  }

  /** The register's revision: one more after every write, so replicas can tell when to reload. */
  async readRevision(): Promise<number> {
    const state = await this.models.RegisterState.findById(REVISION_ID).lean<{ value: number }>();
    return state?.value ?? 0;
  }

  /** Earlier versions of each of these schools, newest first, in one query. */
  async findHistories(schoolIds: readonly string[]): Promise<Map<string, SchoolVersion[]>> {
    const docs = await this.models.SchoolHistory.find({ schoolId: { $in: [...new Set(schoolIds)] } })
      .sort({ schoolId: 1, version: -1 })
      .lean<SchoolHistoryDocument[]>();
    const histories = new Map<string, SchoolVersion[]>();
    for (const doc of docs) {
      const list = histories.get(doc.schoolId) ?? [];
      list.push(toVersion(doc));
      histories.set(doc.schoolId, list);
    }
    return histories;
  }

  /**
   * Writes new schools and new versions of existing ones, each existing version first copied to the
   * history with who replaced it, when, and what changed. Optimistic: a school changed by someone
   * else since `previous` was read makes the write fail with CONFLICT (no multi-document
   * transactions on FerretDB; the history copy's `<id>:<version>` key is what collides).
   */
  async saveMany(writes: SchoolWrite[], actor: string): Promise<void> {
    if (writes.length === 0) return;
    const now = new Date();
    const stored = writes.map(({ next, previous }): School => ({ ...next, version: (previous?.version ?? 0) + 1, updatedAt: now, updatedBy: actor }));
    let completed = false;
    try {
      await this.writeVersions(writes, stored, now, actor);
      completed = true;
    } finally {
      // Even a failed write may have changed some schools: the revision moves, and listeners reload.
      const state = await this.models.RegisterState.findOneAndUpdate({ _id: REVISION_ID }, { $inc: { value: 1 } }, { upsert: true, new: true })
        .lean<{ value: number }>()
        .catch(() => null);
      this.listener(completed ? stored : null, state?.value ?? Number.NaN);
    }
  }

  private async writeVersions(writes: SchoolWrite[], stored: School[], now: Date, actor: string): Promise<void> {
    const updates = writes.flatMap((w, i) => (w.previous ? [{ previous: w.previous, changedFields: w.changedFields, next: stored[i]! }] : []));
    const creates = stored.filter((_, i) => writes[i]!.previous === null);
    if (updates.length) {
      await this.models.SchoolHistory.insertMany(
        updates.map(({ previous: { id, ...rest }, changedFields }) => ({
          ...rest,
          _id: `${id}:${rest.version}`,
          schoolId: id,
          supersededAt: now,
          supersededBy: actor,
          changedFields,
        })),
        { ordered: false },
      ).catch(conflictOnDuplicate);
      const result = await this.models.School.bulkWrite(
        updates.map(({ next, previous }) => ({
          replaceOne: { filter: { _id: next.id, version: previous.version }, replacement: toDocument(next) },
        })),
        { ordered: false },
      );
      if (result.matchedCount !== updates.length) throw conflict();
    }
    if (creates.length) {
      await this.models.School.insertMany(creates.map(toDocument), { ordered: false, lean: true }).catch(conflictOnDuplicate);
    }
  }

  /** Creates the indexes the queries rely on (mongoose autoIndex does it lazily; tests want it done). */
  async ensureIndexes(): Promise<void> {
    await Promise.all([this.models.School.init(), this.models.SchoolHistory.init()]);
  }
}

function conflict(): AppError {
  return new AppError('CONFLICT', 'A school was changed by someone else at the same time; read it again and retry.');
}

function conflictOnDuplicate(error: unknown): never {
  const code = (error as { code?: number }).code ?? (error as { writeErrors?: { code?: number }[] }).writeErrors?.[0]?.code;
  if (code === 11000) throw conflict();
  throw error;
}

function toDocument({ id, ...rest }: School): SchoolDocument {
  return { _id: id, ...rest };
}

function toSchool(doc: SchoolDocument): School {
  const { _id, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    location: rest.location ? { lng: rest.location.lng, lat: rest.location.lat } : null,
    openedOn: rest.openedOn ?? null,
    closedOn: rest.closedOn ?? null,
    closureReason: rest.closureReason ?? null,
  };
}

function toVersion(doc: SchoolHistoryDocument): SchoolVersion {
  const { _id, schoolId, supersededAt, supersededBy, changedFields, ...rest } = doc;
  return {
    ...toSchool({ ...rest, _id: schoolId }),
    // Versions copied before history recorded who replaced them: the next version's write is unknown.
    supersededAt: supersededAt ?? rest.updatedAt,
    supersededBy: supersededBy ?? 'unknown',
    changedFields: changedFields ?? [],
  };
}
