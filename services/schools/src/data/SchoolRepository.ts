import type { FilterQuery } from 'mongoose';
import type { School, SchoolFields, SchoolFilter } from '../register/School';
import type { SchoolDocument, SchoolModels } from './SchoolModel';

export interface SchoolPage {
  nodes: School[];
  totalCount: number;
  hasNextPage: boolean;
}

/** The only door to the schools collections. Returns plain objects, never mongoose documents. */
export class SchoolRepository {
  constructor(private readonly models: SchoolModels) {}

  /** One round trip for any number of ids (reference batching relies on this). */
  async findByIds(ids: readonly string[]): Promise<Map<string, School>> {
    if (ids.length === 0) return new Map();
    const docs = await this.models.School.find({ _id: { $in: [...new Set(ids)] } }).lean<SchoolDocument[]>();
    return new Map(docs.map((doc) => [doc._id, toSchool(doc)]));
  }

  /** A page ordered by id, starting after `afterId`. */
  async findPage(filter: SchoolFilter, first: number, afterId: string | null): Promise<SchoolPage> {
    const query: FilterQuery<SchoolDocument> = {};
    if (filter.districtCode) query.districtCode = filter.districtCode;
    if (filter.stage) query.stages = filter.stage;
    if (filter.status) query.status = filter.status;
    const pageQuery = afterId ? { ...query, _id: { $gt: afterId } } : query;
    const [docs, totalCount] = await Promise.all([
      this.models.School.find(pageQuery).sort({ _id: 1 }).limit(first + 1).lean<SchoolDocument[]>(),
      this.models.School.countDocuments(query),
    ]);
    return { nodes: docs.slice(0, first).map(toSchool), totalCount, hasNextPage: docs.length > first };
  }

  /**
   * Creates or replaces the given schools, first copying each current version to the history
   * collection. Callers pass only rows that differ from what is stored.
   */
  async saveMany(schools: SchoolFields[], actor: string): Promise<void> {
    if (schools.length === 0) return;
    const current = await this.findByIds(schools.map((s) => s.id));
    const history = [...current.values()].map(({ id, ...rest }) => ({ ...rest, schoolId: id }));
    if (history.length) await this.models.SchoolHistory.insertMany(history, { ordered: false });
    const now = new Date();
    await this.models.School.bulkWrite(
      schools.map(({ id, ...fields }) => ({
        replaceOne: {
          filter: { _id: id },
          replacement: { _id: id, ...fields, version: (current.get(id)?.version ?? 0) + 1, updatedAt: now, updatedBy: actor },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  /** Creates the indexes the queries rely on (mongoose autoIndex does it lazily; tests want it done). */
  async ensureIndexes(): Promise<void> {
    await Promise.all([this.models.School.init(), this.models.SchoolHistory.init()]);
  }

  async count(filter: SchoolFilter = {}): Promise<number> {
    return this.models.School.countDocuments(filter.districtCode ? { districtCode: filter.districtCode } : {});
  }
}

function toSchool(doc: SchoolDocument): School {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest, location: rest.location ? { lng: rest.location.lng, lat: rest.location.lat } : null };
}
