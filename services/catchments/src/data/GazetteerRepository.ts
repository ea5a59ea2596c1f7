import { randomUUID } from 'node:crypto';
import type { Crs } from '@zsgk/geo';
import type { AssignedStage, GazetteerEntry, GazetteerKind, GazetteerSet, HouseNumberParity } from '../gazetteer/GazetteerEntry';
import type { VersionStore } from '../publication/VersionStore';
import { beijingDate } from '../zones/beijingDate';
import type { GazetteerCurrentDoc, GazetteerEntryDoc, GazetteerModels, GazetteerSetDoc } from './GazetteerModels';
import { insertVersion, versionStore } from './versionedDocs';

/** What a gazetteer publication stores beside its version head. */
export interface GazetteerVersionFields {
  districtCode: string;
  /** The school year whose zones its zone names were checked against at import (it serves every year). */
  year: number;
  setId: string;
  switchedAt: Date;
  validFrom: string;
}

/** The gazetteer a lookup answers from: the district's version valid today. */
export interface GazetteerInForce {
  setId: string;
  version: number;
  validFrom: string;
}

const ZONE_FIELDS: Record<AssignedStage, 'primaryZone' | 'juniorZone'> = { PRIMARY: 'primaryZone', JUNIOR: 'juniorZone' };

/** The only door to the gazetteer collections. Returns plain domain objects. */
export class GazetteerRepository {
  /** Published gazetteer versions (key: the district code). */
  readonly versions: VersionStore<GazetteerVersionFields>;

  constructor(private readonly models: GazetteerModels) {
    this.versions = versionStore(models.GazetteerCurrent, 'GAZETTEER');
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all(Object.values(this.models).map((model) => model.init()));
    // Switch documents from before versioned publication: give them their version fields, once.
    for (const doc of await this.models.GazetteerCurrent.find({ key: null }).lean<GazetteerCurrentDoc[]>()) {
      await this.models.GazetteerCurrent.updateOne(
        { _id: doc._id },
        { $set: { key: `${doc.districtCode}:${doc.year}`, reviewId: null, status: 'PUBLISHED', publishedAt: doc.switchedAt, publishedBy: 'unknown' } },
      );
    }
    await this.migratePerYear();
  }

  /**
   * Gazetteers used to be kept per district and school year (key `district:year`), so a new year
   * started empty. Now one gazetteer per district serves every year: the newest per-year version of
   * each district (latest year, highest version) becomes version 1 of the district's key, valid from
   * the day it was published. Idempotent: a district whose key has a version is left alone, and the
   * version id is deterministic. Per-year versions stay stored (their logged content stays readable).
   */
  private async migratePerYear(): Promise<void> {
    const perYear = (await this.models.GazetteerCurrent.find({}, { setId: 1, key: 1, version: 1, districtCode: 1, year: 1, publishedAt: 1, publishedBy: 1, switchedAt: 1 }).lean<GazetteerCurrentDoc[]>())
      .filter((doc) => doc.key?.includes(':'));
    const newest = new Map<string, GazetteerCurrentDoc>();
    for (const doc of perYear) {
      const best = newest.get(doc.districtCode);
      if (!best || doc.year > best.year || (doc.year === best.year && doc.version > best.version)) newest.set(doc.districtCode, doc);
    }
    for (const [districtCode, doc] of newest) {
      if (await this.models.GazetteerCurrent.exists({ key: districtCode })) continue;
      await insertVersion(this.models.GazetteerCurrent, 'GAZETTEER', {
        key: districtCode, version: 1, reviewId: null, status: 'PUBLISHED', publishedAt: doc.publishedAt, publishedBy: doc.publishedBy,
        districtCode, year: doc.year, setId: doc.setId, switchedAt: doc.switchedAt, validFrom: beijingDate(doc.publishedAt),
      } as Omit<GazetteerCurrentDoc, '_id'>);
    }
  }

  /**
   * Stores a gazetteer as submitted for review: entries first, then the set. Nothing public changes
   * until a reviewer's approval publishes it as the next version of its district and year.
   */
  async draft(
    meta: { districtCode: string; year: number; crs: Crs; sampleData: boolean; validFrom: string },
    entries: GazetteerEntry[],
    actor: string,
  ): Promise<GazetteerSet> {
    const latest = await this.models.GazetteerSet.findOne({ districtCode: meta.districtCode }).sort({ version: -1 }).lean<GazetteerSetDoc>();
    const set: GazetteerSet = {
      id: randomUUID(), districtCode: meta.districtCode, year: meta.year, version: (latest?.version ?? 0) + 1,
      entryCount: entries.length, createdAt: new Date(), createdBy: actor, sampleData: meta.sampleData, validFrom: meta.validFrom,
    };
    await this.models.GazetteerEntry.insertMany(entries.map((entry) => toDoc(entry, set.id)), { ordered: true });
    const { id, ...fields } = set;
    await this.models.GazetteerSet.create({ _id: id, ...fields, crs: meta.crs });
    return set;
  }

  async findSet(id: string): Promise<(GazetteerSet & { crs: string }) | null> {
    const doc = await this.models.GazetteerSet.findById(id).lean<GazetteerSetDoc>();
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { id: _id, ...rest, validFrom: rest.validFrom ?? null };
  }

  /** One published version by id, with its set's entries as stored now (for its logged content). */
  async findVersion(id: string): Promise<{ set: GazetteerSet & { crs: string }; entries: GazetteerEntry[] } | null> {
    const doc = await this.models.GazetteerCurrent.findById(id).lean<GazetteerCurrentDoc>();
    const set = doc ? await this.findSet(doc.setId) : null;
    return set ? { set, entries: await this.entries(set.id) } : null;
  }

  /**
   * The district's gazetteer valid on `date` (default today in Beijing), without its entries: the
   * highest published version whose validFrom has come. The same gazetteer serves every school year.
   */
  async current(districtCode: string, date: string = beijingDate()): Promise<GazetteerInForce | null> {
    const docs = await this.models.GazetteerCurrent.find({ key: districtCode }, { setId: 1, version: 1, validFrom: 1, publishedAt: 1 })
      .sort({ version: -1 })
      .lean<Pick<GazetteerCurrentDoc, 'setId' | 'version' | 'validFrom' | 'publishedAt'>[]>();
    const validFrom = (doc: (typeof docs)[number]) => doc.validFrom ?? beijingDate(doc.publishedAt);
    const doc = docs.find((d) => validFrom(d) <= date);
    return doc ? { setId: doc.setId, version: doc.version, validFrom: validFrom(doc) } : null;
  }

  async entries(setId: string): Promise<GazetteerEntry[]> {
    const docs = await this.models.GazetteerEntry.find({ setId }).sort({ row: 1 }).lean<GazetteerEntryDoc[]>();
    return docs.map(toEntry);
  }
}

/** The record key gazetteer versions count under: the district (one gazetteer serves every school year). */
export function gazetteerKey(districtCode: string): string {
  return districtCode;
}

function toDoc(entry: GazetteerEntry, setId: string): GazetteerEntryDoc {
  const zone = (stage: AssignedStage) => entry.assignments.find((a) => a.stage === stage)?.zone ?? null;
  return {
    _id: randomUUID(), setId, row: entry.row, kind: entry.kind, name: entry.name, aliases: entry.aliases,
    fromNumber: entry.fromNumber, toNumber: entry.toNumber, parity: entry.parity,
    lng: entry.point?.[0] ?? null, lat: entry.point?.[1] ?? null,
    primaryZone: zone('PRIMARY'), juniorZone: zone('JUNIOR'),
  };
}

function toEntry(doc: GazetteerEntryDoc): GazetteerEntry {
  return {
    row: doc.row,
    kind: doc.kind as GazetteerKind,
    name: doc.name,
    aliases: doc.aliases ?? [],
    fromNumber: doc.fromNumber,
    toNumber: doc.toNumber,
    parity: doc.parity as HouseNumberParity | null,
    point: doc.lng === null || doc.lat === null ? null : [doc.lng, doc.lat],
    assignments: (Object.entries(ZONE_FIELDS) as [AssignedStage, 'primaryZone' | 'juniorZone'][])
      .filter(([, field]) => doc[field])
      .map(([stage, field]) => ({ stage, zone: doc[field]! })),
  };
}
