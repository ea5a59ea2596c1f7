import { randomUUID } from 'node:crypto';
import type { Crs } from '@zsgk/geo';
import type { Catchment, CatchmentStatus, District, Stage, Zone, ZoneDraft, ZoneGeometry, ZoneSet, ZoneSetView } from '../zones/Zone';
import type { CatchmentModels, DistrictDoc, PublicationDoc, ZoneDoc, ZoneSetDoc } from './CatchmentModels';

const INDEX_COUNTER = 'published';

/** The only door to the catchment collections. Returns plain domain objects. */
export class CatchmentRepository {
  constructor(private readonly models: CatchmentModels) {}

  async ensureIndexes(): Promise<void> {
    await Promise.all(Object.values(this.models).map((model) => model.init()));
  }

  async findDistrict(code: string): Promise<District | null> {
    const doc = await this.models.District.findById(code).lean<DistrictDoc>();
    return doc ? toDistrict(doc) : null;
  }

  /** Stores a district boundary; an earlier boundary is copied to history first, never lost. */
  async saveDistrict(district: District, actor: string): Promise<void> {
    const current = await this.models.District.findById(district.code).lean<DistrictDoc>();
    if (current) {
      const { _id, ...rest } = current;
      await this.models.DistrictHistory.create({ ...rest, code: _id });
    }
    const { code, boundary, ...fields } = district;
    await this.models.District.replaceOne(
      { _id: code },
      { _id: code, ...fields, boundaryJson: JSON.stringify(boundary), updatedAt: new Date(), updatedBy: actor },
      { upsert: true },
    );
    await this.nextSeq(INDEX_COUNTER); // replicas hold district boundaries and contacts in memory too
  }

  /** Stores a drafted set: zones first, the set document last, so a failure leaves no visible set. */
  async insertZoneSet(
    meta: { districtCode: string; year: number; stage: Stage; sourceDocument: string | null; sampleData: boolean; uploadedCrs: Crs },
    zones: ZoneDraft[],
    actor: string,
  ): Promise<ZoneSet> {
    const version = await this.nextSeq(`set:${meta.districtCode}:${meta.year}:${meta.stage}`);
    const set: ZoneSet = {
      id: randomUUID(),
      districtCode: meta.districtCode,
      year: meta.year,
      stage: meta.stage,
      version,
      sourceDocument: meta.sourceDocument,
      createdAt: new Date(),
      createdBy: actor,
      publishedAt: null,
      sampleData: meta.sampleData,
    };
    await this.models.Zone.insertMany(
      zones.map(({ geometry, ...zone }) => ({
        _id: randomUUID(),
        geometryJson: JSON.stringify(geometry),
        setId: set.id,
        districtCode: set.districtCode,
        year: set.year,
        stage: set.stage,
        version,
        uploadedCrs: meta.uploadedCrs,
        sampleData: set.sampleData,
        sourceDocument: set.sourceDocument,
        ...zone,
      })),
      { ordered: true },
    );
    const { id, ...fields } = set;
    await this.models.ZoneSet.create({ _id: id, ...fields });
    return set;
  }

  async findZoneSet(id: string): Promise<ZoneSetView | null> {
    const doc = await this.models.ZoneSet.findById(id).lean<ZoneSetDoc>();
    return doc ? (await this.withStatus([doc]))[0]! : null;
  }

  /** Every version of a district's sets (of a year and stage, when given), newest first. */
  async findZoneSets(filter: { districtCode: string; year?: number | null; stage?: Stage | null }): Promise<ZoneSetView[]> {
    const query: Record<string, unknown> = { districtCode: filter.districtCode };
    if (filter.year != null) query.year = filter.year;
    if (filter.stage != null) query.stage = filter.stage;
    const docs = await this.models.ZoneSet.find(query).lean<ZoneSetDoc[]>();
    const sets = await this.withStatus(docs);
    return sets.sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage) || b.version - a.version);
  }

  /** The zones of one set, with the set's status. */
  async findZonesOfSet(set: ZoneSetView): Promise<Catchment[]> {
    const docs = await this.models.Zone.find({ setId: set.id }).lean<ZoneDoc[]>();
    return docs
      .map((doc) => ({ ...toZone(doc), status: set.status, publishedAt: set.publishedAt }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  /** Version of the set in force for the set's district, year and stage, or null. */
  async findPublishedVersion(set: Pick<ZoneSet, 'districtCode' | 'year' | 'stage'>): Promise<number | null> {
    const doc = await this.models.Publication.findById(publicationKey(set)).lean<PublicationDoc>();
    return doc?.version ?? null;
  }

  private async withStatus(docs: ZoneSetDoc[]): Promise<ZoneSetView[]> {
    const sets = docs.map(toZoneSet);
    const keys = [...new Set(sets.map(publicationKey))];
    const publications = await this.models.Publication.find({ _id: { $in: keys } }).lean<PublicationDoc[]>();
    const inForce = new Set(publications.map((p) => p.setId));
    return sets.map((set) => ({ ...set, status: statusOf(set, inForce) }));
  }

  /**
   * Publishes a set by switching the one publication document of its district, year and stage, then
   * bumps the index version so every replica reloads. No multi-document transaction is needed: until
   * the switch, readers see the old set; after it, the new one.
   */
  async publish(set: ZoneSet, actor: string): Promise<void> {
    const now = new Date();
    await this.models.ZoneSet.updateOne({ _id: set.id, publishedAt: null }, { $set: { publishedAt: now } });
    await this.models.Publication.replaceOne(
      { _id: publicationKey(set) },
      { _id: publicationKey(set), setId: set.id, version: set.version, publishedAt: now, publishedBy: actor },
      { upsert: true },
    );
    await this.nextSeq(INDEX_COUNTER);
  }

  /** Version of the published set of sets; changes whenever anything is published. */
  async publishedVersion(): Promise<number> {
    const doc = await this.models.Counter.findById(INDEX_COUNTER).lean();
    return doc?.seq ?? 0;
  }

  /** Every zone of every published set, and every district, for the in-memory index. */
  async loadPublished(): Promise<{ version: number; catchments: Catchment[]; districts: District[] }> {
    const version = await this.publishedVersion();
    const districts = (await this.models.District.find().lean<DistrictDoc[]>()).map(toDistrict);
    const publications = await this.models.Publication.find().lean<PublicationDoc[]>();
    const sets = await this.models.ZoneSet.find({ _id: { $in: publications.map((p) => p.setId) } }).lean<ZoneSetDoc[]>();
    const setById = new Map(sets.map((s) => [s._id, s]));
    const zones = await this.models.Zone.find({ setId: { $in: publications.map((p) => p.setId) } }).lean<ZoneDoc[]>();
    return {
      version,
      districts,
      catchments: zones.map((doc) => ({ ...toZone(doc), status: 'PUBLISHED', publishedAt: setById.get(doc.setId)?.publishedAt ?? null })),
    };
  }

  /** Zones by id with their derived status, whatever it is (entity references, bureau views). */
  async findCatchmentsByIds(ids: readonly string[]): Promise<Map<string, Catchment>> {
    const zones = await this.models.Zone.find({ _id: { $in: [...new Set(ids)] } }).lean<ZoneDoc[]>();
    const setIds = [...new Set(zones.map((z) => z.setId))];
    const sets = await this.models.ZoneSet.find({ _id: { $in: setIds } }).lean<ZoneSetDoc[]>();
    const keys = [...new Set(sets.map((s) => publicationKey(toZoneSet(s))))];
    const publications = await this.models.Publication.find({ _id: { $in: keys } }).lean<PublicationDoc[]>();
    const current = new Set(publications.map((p) => p.setId));
    const setById = new Map(sets.map((s) => [s._id, toZoneSet(s)]));
    return new Map(
      zones.map((doc) => {
        const set = setById.get(doc.setId);
        const status: CatchmentStatus = set ? statusOf(set, current) : 'DRAFT';
        return [doc._id, { ...toZone(doc), status, publishedAt: set?.publishedAt ?? null }];
      }),
    );
  }

  private async nextSeq(key: string): Promise<number> {
    const doc = await this.models.Counter.findOneAndUpdate({ _id: key }, { $inc: { seq: 1 } }, { upsert: true, new: true }).lean();
    return doc!.seq;
  }
}

function publicationKey(set: Pick<ZoneSet, 'districtCode' | 'year' | 'stage'>): string {
  return `${set.districtCode}:${set.year}:${set.stage}`;
}

/** In force when its publication document points at it; published once and replaced: SUPERSEDED. */
function statusOf(set: ZoneSet, inForce: Set<string>): CatchmentStatus {
  if (inForce.has(set.id)) return 'PUBLISHED';
  return set.publishedAt ? 'SUPERSEDED' : 'DRAFT';
}

function toDistrict(doc: DistrictDoc): District {
  return {
    code: doc._id,
    name: doc.name,
    boundary: JSON.parse(doc.boundaryJson) as ZoneGeometry,
    uploadedCrs: doc.uploadedCrs as Crs,
    sampleData: doc.sampleData,
    contact: doc.contact ?? null,
  };
}

function toZoneSet(doc: ZoneSetDoc): ZoneSet {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest, stage: rest.stage as Stage };
}

function toZone(doc: ZoneDoc): Zone {
  const { _id, geometryJson, ...rest } = doc;
  return {
    id: _id,
    ...rest,
    stage: rest.stage as Stage,
    geometry: JSON.parse(geometryJson) as ZoneGeometry,
    uploadedCrs: rest.uploadedCrs as Crs,
    sourceDocument: rest.sourceDocument ?? null,
    allocationMethod: rest.allocationMethod as Zone['allocationMethod'],
  };
}
