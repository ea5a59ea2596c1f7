import { randomUUID } from 'node:crypto';
import type { Crs } from '@zsgk/geo';
import type { AddressRule } from '../rules';
import type { Catchment, CatchmentStatus, District, DraftInConsultation, Stage, Zone, ZoneDraft, ZoneGeometry, ZoneSet, ZoneSetConsultation, ZoneSetView } from '../zones/Zone';
import { beijingDate } from '../zones/beijingDate';
import { consultationIsOpen } from '../zones/consultationIsOpen';
import { canonicalGeometryJson } from '../publication/catchmentsContent';
import type { VersionStore } from '../publication/VersionStore';
import type { CatchmentModels, DistrictDoc, DistrictVersionDoc, PublicationDoc, ZoneDoc, ZoneSetConsultationVersionDoc, ZoneSetDoc, ZoneSetVersionDoc } from './CatchmentModels';
import { inForceVersion, inForceVersions, versionStore } from './versionedDocs';

/** What a zone-set publication stores beside its version head. */
export interface ZoneSetVersionFields {
  districtCode: string;
  year: number;
  stage: Stage;
  setId: string;
}
/** What a publication of a draft for comment stores beside its version head. */
export interface ZoneSetConsultationFields {
  districtCode: string;
  year: number;
  stage: Stage;
  setId: string;
  consultationId: string;
  closesOn: string;
}
/** What a district publication stores beside its version head. */
export type DistrictVersionFields = Omit<DistrictVersionDoc, keyof import('./versionedDocs').VersionFields>;

const INDEX_COUNTER = 'published';

/** The only door to the catchment collections. Returns plain domain objects. */
export class CatchmentRepository {
  /** Published zone-set versions (key `district:year:stage`). */
  readonly zoneSetVersions: VersionStore<ZoneSetVersionFields>;
  /** Published district boundary + contacts versions (key: the district code). */
  readonly districtVersions: VersionStore<DistrictVersionFields>;
  /** Drafted sets published as drafts for comment (key `district:year:stage`). */
  readonly consultationVersions: VersionStore<ZoneSetConsultationFields>;

  constructor(private readonly models: CatchmentModels) {
    this.zoneSetVersions = versionStore(models.ZoneSetVersion, 'ZONE_SET');
    this.districtVersions = versionStore(models.DistrictVersion, 'DISTRICT_BOUNDARY');
    this.consultationVersions = versionStore(models.ZoneSetConsultationVersion, 'ZONE_SET_CONSULTATION');
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all(Object.values(this.models).map((model) => model.init()));
    await this.migrateUnversioned();
  }

  /**
   * Data stored before publications were versioned (one `districts` document per district, one
   * `publications` document per district, year and stage) becomes version 1 of its key, once.
   */
  private async migrateUnversioned(): Promise<void> {
    for (const doc of await this.models.District.find().lean<DistrictDoc[]>()) {
      if (await inForceVersion(this.models.DistrictVersion, doc._id)) continue;
      const { _id, updatedAt, updatedBy, ...fields } = doc;
      await this.districtVersions.insert({ key: _id, version: 1, reviewId: null, publishedAt: updatedAt, publishedBy: updatedBy }, { ...fields, code: _id });
    }
    for (const doc of await this.models.Publication.find().lean<PublicationDoc[]>()) {
      if (await inForceVersion(this.models.ZoneSetVersion, doc._id)) continue;
      const set = await this.models.ZoneSet.findById(doc.setId).lean<ZoneSetDoc>();
      if (!set) continue;
      await this.zoneSetVersions.insert(
        { key: doc._id, version: 1, reviewId: null, publishedAt: doc.publishedAt, publishedBy: doc.publishedBy },
        { districtCode: set.districtCode, year: set.year, stage: set.stage as Stage, setId: set._id },
      );
    }
  }

  /** The district's boundary and contacts in force (its highest published version), or null. */
  async findDistrict(code: string): Promise<District | null> {
    const doc = await inForceVersion(this.models.DistrictVersion, code);
    return doc ? toDistrict(doc) : null;
  }

  /** Every district's boundary and contacts in force. */
  async findDistricts(): Promise<District[]> {
    return (await inForceVersions(this.models.DistrictVersion)).map(toDistrict).sort((a, b) => a.code.localeCompare(b.code));
  }

  /** One published district version by its id (for its logged content). */
  async findDistrictVersion(id: string): Promise<District | null> {
    const doc = await this.models.DistrictVersion.findById(id).lean<DistrictVersionDoc>();
    return doc ? toDistrict(doc) : null;
  }

  /** Stores a boundary and contacts as submitted for review; nothing public changes. */
  async saveDistrictDraft(district: District, actor: string): Promise<string> {
    const id = randomUUID();
    await this.models.DistrictDraft.create({ _id: id, ...districtFieldsOf(district), createdAt: new Date(), createdBy: actor });
    return id;
  }

  async findDistrictDraft(id: string): Promise<District | null> {
    const doc = await this.models.DistrictDraft.findById(id).lean<DistrictVersionDoc>();
    return doc ? toDistrict(doc) : null;
  }

  /** Tells every replica to reload (district boundaries and contacts are held in memory too). */
  async bumpPublished(): Promise<void> {
    await this.nextSeq(INDEX_COUNTER);
  }

  /** Marks a set as published once (its first publication time stays when it is superseded). */
  async markSetPublished(setId: string, at: Date): Promise<void> {
    await this.models.ZoneSet.updateOne({ _id: setId, publishedAt: null }, { $set: { publishedAt: at } });
  }

  /** One zone-set publication by its version id, with its set and zones as stored now. */
  async findZoneSetVersion(id: string): Promise<{ version: number; set: ZoneSet; zones: (Zone & { geometryJson: string | null })[]; decidedOn: string | null } | null> {
    const doc = await this.models.ZoneSetVersion.findById(id).lean<ZoneSetVersionDoc>();
    if (!doc) return null;
    const set = await this.models.ZoneSet.findById(doc.setId).lean<ZoneSetDoc>();
    if (!set) return null;
    const zones = await this.models.Zone.find({ setId: doc.setId }).lean<ZoneDoc[]>();
    return { version: doc.version, set: toZoneSet(set), zones: zones.map((zone) => ({ ...toZone(zone), geometryJson: zone.geometryJson })), decidedOn: doc.decidedOn ?? null };
  }

  /** The id of each set's published version (`ZONE_SET:<key>@v<n>`, as the log names it); drafts have none. */
  async findZoneSetVersionIds(setIds: readonly string[]): Promise<Map<string, string>> {
    const docs = await this.models.ZoneSetVersion.find({ setId: { $in: [...new Set(setIds)] } }, { setId: 1 }).lean<Pick<ZoneSetVersionDoc, '_id' | 'setId'>[]>();
    return new Map(docs.map((doc) => [doc.setId, doc._id]));
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
      zones.map(({ geometry, rules, ...zone }) => ({
        _id: randomUUID(),
        geometryJson: geometry ? canonicalGeometryJson(geometry) : null,
        rulesJson: rules?.length ? JSON.stringify(rules) : null,
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

  /** The set in force for the set's district, year and stage, or null. */
  async findSetInForce(set: Pick<ZoneSet, 'districtCode' | 'year' | 'stage'>): Promise<ZoneSet | null> {
    const head = await inForceVersion(this.models.ZoneSetVersion, zoneSetKey(set));
    const doc = head ? await this.models.ZoneSet.findById(head.setId).lean<ZoneSetDoc>() : null;
    return doc ? toZoneSet(doc) : null;
  }

  /**
   * Status derived from the versions in force: a set is PUBLISHED while the highest version of its
   * key points at it; a draft is CONSULTATION while its publication for comment is live.
   */
  private async withStatus(docs: ZoneSetDoc[]): Promise<ZoneSetView[]> {
    const sets = docs.map(toZoneSet);
    const keys = [...new Set(sets.map(zoneSetKey))];
    const inForce = await this.inForceByKeys(keys);
    const consultations = await this.consultationsByKeys(keys, sets);
    return sets.map((set) => withConsultation({ ...set, ...statusOf(set, inForce) }, consultations.get(set.id) ?? null));
  }

  /** One publication of a draft for comment by its version id, with its set and zones as stored now (for its logged content). */
  async findConsultationVersion(id: string): Promise<{ fields: ZoneSetConsultationFields; set: ZoneSet; zones: (Zone & { geometryJson: string | null })[] } | null> {
    const doc = await this.models.ZoneSetConsultationVersion.findById(id).lean<ZoneSetConsultationVersionDoc>();
    const found = doc ? await this.findZoneSetVersionContent(doc.setId) : null;
    if (!doc || !found) return null;
    const { districtCode, year, stage, setId, consultationId, closesOn } = doc;
    return { fields: { districtCode, year, stage: stage as Stage, setId, consultationId, closesOn }, ...found };
  }

  /** A set and its zones as stored (geometry text included). */
  private async findZoneSetVersionContent(setId: string): Promise<{ set: ZoneSet; zones: (Zone & { geometryJson: string | null })[] } | null> {
    const set = await this.models.ZoneSet.findById(setId).lean<ZoneSetDoc>();
    if (!set) return null;
    const zones = await this.models.Zone.find({ setId }).lean<ZoneDoc[]>();
    return { set: toZoneSet(set), zones: zones.map((zone) => ({ ...toZone(zone), geometryJson: zone.geometryJson })) };
  }

  /**
   * The latest publication for comment of each key, filed under its set, with whether it is live
   * (window running, set not published, no later version in force). `known` saves re-reading sets.
   */
  private async consultationsByKeys(keys: string[], known: ZoneSet[] = [], today = beijingDate()): Promise<Map<string, ZoneSetConsultation>> {
    const docs = keys.length ? await inForceVersions(this.models.ZoneSetConsultationVersion, { key: { $in: keys } }) : [];
    if (!docs.length) return new Map();
    const inForce = await inForceVersions(this.models.ZoneSetVersion, { key: { $in: docs.map((d) => d.key) } });
    const setIds = [...new Set([...docs.map((d) => d.setId), ...inForce.map((v) => v.setId)])];
    const knownById = new Map(known.map((set) => [set.id, set]));
    const missing = setIds.filter((id) => !knownById.has(id));
    for (const doc of missing.length ? await this.models.ZoneSet.find({ _id: { $in: missing } }).lean<ZoneSetDoc[]>() : []) knownById.set(doc._id, toZoneSet(doc));
    const inForceSetVersion = new Map(inForce.map((v) => [v.key, knownById.get(v.setId)?.version ?? null]));
    return new Map(
      docs.flatMap((doc) => {
        const set = knownById.get(doc.setId);
        if (!set) return [];
        const open = consultationIsOpen({ closesOn: doc.closesOn, setVersion: set.version, setPublished: set.publishedAt !== null, inForceVersion: inForceSetVersion.get(doc.key) ?? null }, today);
        return [[doc.setId, { consultationId: doc.consultationId, closesOn: doc.closesOn, recordId: doc._id, open }] as const];
      }),
    );
  }

  /** Every draft set whose publication for comment is live, with its zones (status CONSULTATION), for the lookup index. */
  async loadDraftsInConsultation(): Promise<DraftInConsultation[]> {
    const docs = await inForceVersions(this.models.ZoneSetConsultationVersion);
    if (!docs.length) return [];
    const consultations = await this.consultationsByKeys([...new Set(docs.map((d) => d.key))]);
    const live = [...consultations.entries()].filter(([, c]) => c.open);
    const sets = live.length ? await this.withStatus(await this.models.ZoneSet.find({ _id: { $in: live.map(([id]) => id) } }).lean<ZoneSetDoc[]>()) : [];
    return Promise.all(sets.map(async (set) => ({ set, consultation: set.consultation!, zones: await this.findZonesOfSet(set) })));
  }

  private async inForceByKeys(keys: string[]): Promise<Map<string, ZoneSetVersionDoc>> {
    const versions = keys.length ? await inForceVersions(this.models.ZoneSetVersion, { key: { $in: keys } }) : [];
    return new Map(versions.map((v) => [v.setId, v]));
  }

  /** Version of the published set of sets; changes whenever anything is published. */
  async publishedVersion(): Promise<number> {
    const doc = await this.models.Counter.findById(INDEX_COUNTER).lean();
    return doc?.seq ?? 0;
  }

  /** Every zone of every published set, and every district, for the in-memory index. */
  async loadPublished(): Promise<{ version: number; catchments: Catchment[]; districts: District[]; drafts: DraftInConsultation[] }> {
    const version = await this.publishedVersion();
    const districts = await this.findDistricts();
    const publications = await inForceVersions(this.models.ZoneSetVersion);
    const sets = await this.models.ZoneSet.find({ _id: { $in: publications.map((p) => p.setId) } }).lean<ZoneSetDoc[]>();
    const setById = new Map(sets.map((s) => [s._id, s]));
    const publishedAt = new Map(publications.map((p) => [p.setId, setById.get(p.setId)?.publishedAt ?? p.publishedAt]));
    const zones = await this.models.Zone.find({ setId: { $in: publications.map((p) => p.setId) } }).lean<ZoneDoc[]>();
    return {
      version,
      districts,
      drafts: await this.loadDraftsInConsultation(),
      catchments: zones.map((doc) => ({ ...toZone(doc), status: 'PUBLISHED', publishedAt: publishedAt.get(doc.setId) ?? null })),
    };
  }

  /** Zones by id with their derived status, whatever it is (entity references, bureau views). */
  async findCatchmentsByIds(ids: readonly string[]): Promise<Map<string, Catchment>> {
    const zones = await this.models.Zone.find({ _id: { $in: [...new Set(ids)] } }).lean<ZoneDoc[]>();
    const setIds = [...new Set(zones.map((z) => z.setId))];
    const sets = await this.models.ZoneSet.find({ _id: { $in: setIds } }).lean<ZoneSetDoc[]>();
    const keys = [...new Set(sets.map((s) => zoneSetKey(toZoneSet(s))))];
    const current = await this.inForceByKeys(keys);
    const setById = new Map(sets.map((s) => [s._id, toZoneSet(s)]));
    const consultations = await this.consultationsByKeys(keys, [...setById.values()]);
    return new Map(
      zones.map((doc) => {
        const set = setById.get(doc.setId);
        const derived = set ? withConsultation(statusOf(set, current), consultations.get(set.id) ?? null) : { status: 'DRAFT' as CatchmentStatus, publishedAt: null };
        return [doc._id, { ...toZone(doc), ...derived }];
      }),
    );
  }

  private async nextSeq(key: string): Promise<number> {
    const doc = await this.models.Counter.findOneAndUpdate({ _id: key }, { $inc: { seq: 1 } }, { upsert: true, new: true }).lean();
    return doc!.seq;
  }
}

/** The record key zone-set versions count under. */
export function zoneSetKey(set: Pick<ZoneSet, 'districtCode' | 'year' | 'stage'>): string {
  return `${set.districtCode}:${set.year}:${set.stage}`;
}

/**
 * In force when the highest version of its key points at it; published once and replaced:
 * SUPERSEDED. A set in force whose own publishedAt is not yet written (a publication interrupted
 * between its two writes) takes the version's time.
 */
function statusOf(set: ZoneSet, inForce: Map<string, ZoneSetVersionDoc>): { status: CatchmentStatus; publishedAt: Date | null } {
  const version = inForce.get(set.id);
  if (version) return { status: 'PUBLISHED', publishedAt: set.publishedAt ?? version.publishedAt };
  return { status: set.publishedAt ? 'SUPERSEDED' : 'DRAFT', publishedAt: set.publishedAt };
}

/** A draft whose publication for comment is live reads as CONSULTATION; the consultation travels with the set. */
function withConsultation<T extends { status: CatchmentStatus }>(item: T, consultation: ZoneSetConsultation | null): T & { consultation: ZoneSetConsultation | null } {
  const status = item.status === 'DRAFT' && consultation?.open ? 'CONSULTATION' : item.status;
  return { ...item, status, consultation };
}

function districtFieldsOf(district: District): Omit<DistrictVersionDoc, keyof import('./versionedDocs').VersionFields> {
  const { code, boundary, ...fields } = district;
  return { code, ...fields, boundaryJson: JSON.stringify(boundary) };
}

/** The district fields of a version to publish from a draft. */
export function districtVersionFields(district: District): DistrictVersionFields {
  return districtFieldsOf(district);
}

function toDistrict(doc: Pick<DistrictVersionDoc, 'code' | 'name' | 'boundaryJson' | 'uploadedCrs' | 'sampleData' | 'contact'>): District {
  return {
    code: doc.code,
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
  const { _id, geometryJson, rulesJson, ...rest } = doc;
  return {
    id: _id,
    ...rest,
    stage: rest.stage as Stage,
    geometry: geometryJson ? (JSON.parse(geometryJson) as ZoneGeometry) : null,
    rules: rulesJson ? (JSON.parse(rulesJson) as AddressRule[]) : [],
    uploadedCrs: rest.uploadedCrs as Crs,
    sourceDocument: rest.sourceDocument ?? null,
    allocationMethod: rest.allocationMethod as Zone['allocationMethod'],
  };
}
