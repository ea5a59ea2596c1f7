import { versionId } from '@zsgk/publication';
import { SCHOOL_KIND } from '../register/RegisterChange';
import type { School } from '../register/School';
import type { SchoolRecord } from '../register/SchoolRecord';
import type { LegacySchoolDocument, SchoolModels, SchoolVersionDocument } from './SchoolModel';

const REVISION_ID = 'revision';
const MIGRATED_ID = 'legacyMigrated';

/**
 * Told about every publication this process made: the schools now in force (null when a write
 * failed part-way and what was stored is unknown), and the register's revision after it (NaN if unknown).
 */
export type WriteListener = (written: School[] | null, revision: number) => void;

/** The only door to the register's collections. Returns plain objects, never mongoose documents. */
export class SchoolRepository {
  private listener: WriteListener = () => undefined;

  constructor(private readonly models: SchoolModels) {}

  onWrite(listener: WriteListener): void {
    this.listener = listener;
  }

  /** Every school in force (its highest published version), for the in-memory catalog. */
  async findAll(): Promise<School[]> {
    const docs = await this.models.SchoolVersion.find({ recordStatus: 'PUBLISHED' }).lean<SchoolVersionDocument[]>();
    return highestPerSchool(docs.map(toRecord));
  }

  /** Each of these schools' published versions, oldest first, in one query. */
  async findRecords(schoolIds: readonly string[]): Promise<Map<string, SchoolRecord[]>> {
    if (schoolIds.length === 0) return new Map();
    const docs = await this.models.SchoolVersion.find({ schoolId: { $in: [...new Set(schoolIds)] } }).lean<SchoolVersionDocument[]>();
    return groupBySchool(docs.map(toRecord));
  }

  /** The versions one register change published (to finish or repeat a publication idempotently). */
  async findRecordsOfReview(reviewId: string): Promise<SchoolRecord[]> {
    const docs = await this.models.SchoolVersion.find({ reviewId }).lean<SchoolVersionDocument[]>();
    return docs.map(toRecord);
  }

  /** Versions by record id (`SCHOOL:<id>@v<n>`), as stored, in one query. */
  async findRecordsById(recordIds: readonly string[]): Promise<Map<string, SchoolRecord>> {
    if (recordIds.length === 0) return new Map();
    const docs = await this.models.SchoolVersion.find({ _id: { $in: [...new Set(recordIds)] } }).lean<SchoolVersionDocument[]>();
    return new Map(docs.map((doc) => [doc._id, toRecord(doc)]));
  }

  /**
   * Inserts new versions with their deterministic ids; never overwrites. Returns the record ids that
   * were already taken (by this change on an earlier attempt, or by another change: the caller looks).
   */
  async insertRecords(records: SchoolRecord[]): Promise<string[]> {
    if (records.length === 0) return [];
    try {
      await this.models.SchoolVersion.collection.insertMany(records.map(toDocument) as never[], { ordered: false });
      return [];
    } catch (error) {
      const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
      const list = (Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : []) as { index: number; code: number }[];
      if (list.length === 0 || list.some((e) => e.code !== 11000)) throw error;
      return list.map((e) => records[e.index]!.recordId);
    }
  }

  /** Marks replaced versions SUPERSEDED (idempotent: the values are those of the version that replaced each). */
  async markSuperseded(marks: { recordId: string; at: Date; by: string }[]): Promise<void> {
    if (marks.length === 0) return;
    await this.models.SchoolVersion.bulkWrite(
      marks.map(({ recordId, at, by }) => ({
        updateOne: { filter: { _id: recordId }, update: { $set: { recordStatus: 'SUPERSEDED', supersededAt: at, supersededBy: by } } },
      })),
      { ordered: false },
    );
  }

  /** Moves the register's revision on (replicas reload when it moves) and tells this process's catalog. */
  async noteWrite(written: School[] | null): Promise<void> {
    const state = await this.models.RegisterState.findOneAndUpdate({ _id: REVISION_ID }, { $inc: { value: 1 } }, { upsert: true, new: true })
      .lean<{ value: number }>()
      .catch(() => null);
    this.listener(written, state?.value ?? Number.NaN);
  }

  /** The register's revision: one more after every publication, so replicas can tell when to reload. */
  async readRevision(): Promise<number> {
    const state = await this.models.RegisterState.findById(REVISION_ID).lean<{ value: number }>();
    return state?.value ?? 0;
  }

  /**
   * Copies a register kept before versioned publication (collections `schools` and `school_history`)
   * into `school_versions`, once: returns the versions in force it created, for the publication log.
   * Idempotent (existing ids are kept), so a crash part-way is finished at the next start.
   */
  async migrateLegacy(): Promise<SchoolRecord[]> {
    if (await this.models.RegisterState.exists({ _id: MIGRATED_ID })) return [];
    const current = await this.models.LegacySchool.find({}).lean<LegacySchoolDocument[]>();
    if (current.length === 0) return [];
    const earlier = await this.models.LegacyHistory.find({}).lean<LegacySchoolDocument[]>();
    const legacy = (doc: LegacySchoolDocument, id: string, recordStatus: SchoolRecord['recordStatus']): SchoolRecord => {
      const { _id, schoolId: _s, changedFields: _c, ...rest } = doc as LegacySchoolDocument & Record<string, unknown>;
      for (const key of ['supersededAt', 'supersededBy']) delete (rest as Record<string, unknown>)[key];
      return { ...(rest as Omit<School, 'id'>), id, recordId: versionId(SCHOOL_KIND, id, doc.version), recordStatus, changedFields: [], reviewId: null, approvedBy: null, action: null };
    };
    const inForce = current.map((doc) => legacy(doc, doc._id, 'PUBLISHED'));
    await this.insertRecords([...earlier.map((doc) => legacy(doc, doc.schoolId!, 'SUPERSEDED')), ...inForce]);
    return inForce;
  }

  /** Notes that the legacy register was copied and its versions logged, so later starts skip reading it. */
  async markMigrated(): Promise<void> {
    await this.models.RegisterState.updateOne({ _id: MIGRATED_ID }, { $set: { value: 1 } }, { upsert: true });
  }

  /** Creates the indexes the queries rely on (mongoose autoIndex does it lazily; tests want it done). */
  async ensureIndexes(): Promise<void> {
    await this.models.SchoolVersion.init();
  }
}

export function highestPerSchool(records: SchoolRecord[]): SchoolRecord[] {
  const highest = new Map<string, SchoolRecord>();
  for (const record of records) {
    const seen = highest.get(record.id);
    if (!seen || seen.version < record.version) highest.set(record.id, record);
  }
  return [...highest.values()];
}

function groupBySchool(records: SchoolRecord[]): Map<string, SchoolRecord[]> {
  const grouped = new Map<string, SchoolRecord[]>();
  for (const record of records.sort((a, b) => a.version - b.version)) grouped.set(record.id, [...(grouped.get(record.id) ?? []), record]);
  return grouped;
}

function toDocument({ id, recordId, ...rest }: SchoolRecord): SchoolVersionDocument {
  return { _id: recordId, schoolId: id, ...rest };
}

function toRecord(doc: SchoolVersionDocument): SchoolRecord {
  const { _id, schoolId, supersededAt: _a, supersededBy: _b, ...rest } = doc;
  return {
    ...rest,
    id: schoolId,
    recordId: _id,
    shortName: rest.shortName ?? null,
    location: rest.location ? { lng: rest.location.lng, lat: rest.location.lat } : null,
    enquiryPhone: rest.enquiryPhone ?? null,
    supervisionPhone: rest.supervisionPhone ?? null,
    petitionAddress: rest.petitionAddress ?? null,
    website: rest.website ?? null,
    openedOn: rest.openedOn ?? null,
    closedOn: rest.closedOn ?? null,
    closureReason: rest.closureReason ?? null,
    sampleData: rest.sampleData ?? false,
    changedFields: rest.changedFields ?? [],
    reviewId: rest.reviewId ?? null,
    approvedBy: rest.approvedBy ?? null,
    action: rest.action ?? null,
  };
}
