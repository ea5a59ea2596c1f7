import { randomUUID } from 'node:crypto';
import type { Crs } from '@zsgk/geo';
import type { AssignedStage, GazetteerEntry, GazetteerKind, GazetteerSet, HouseNumberParity } from '../gazetteer/GazetteerEntry';
import type { VersionStore } from '../publication/VersionStore';
import type { GazetteerCurrentDoc, GazetteerEntryDoc, GazetteerModels, GazetteerSetDoc } from './GazetteerModels';
import { versionStore } from './versionedDocs';

/** What a gazetteer publication stores beside its version head. */
export interface GazetteerVersionFields {
  districtCode: string;
  year: number;
  setId: string;
  switchedAt: Date;
}

const ZONE_FIELDS: Record<AssignedStage, 'primaryZone' | 'juniorZone'> = { PRIMARY: 'primaryZone', JUNIOR: 'juniorZone' };

/** The only door to the gazetteer collections. Returns plain domain objects. */
export class GazetteerRepository {
  /** Published gazetteer versions (key `district:year`). */
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
        { $set: { key: currentKey(doc.districtCode, doc.year), reviewId: null, status: 'PUBLISHED', publishedAt: doc.switchedAt, publishedBy: 'unknown' } },
      );
    }
  }

  /**
   * Stores a gazetteer as submitted for review: entries first, then the set. Nothing public changes
   * until a reviewer's approval publishes it as the next version of its district and year.
   */
  async draft(
    meta: { districtCode: string; year: number; crs: Crs; sampleData: boolean },
    entries: GazetteerEntry[],
    actor: string,
  ): Promise<GazetteerSet> {
    const latest = await this.models.GazetteerSet.findOne({ districtCode: meta.districtCode, year: meta.year }).sort({ version: -1 }).lean<GazetteerSetDoc>();
    const set: GazetteerSet = {
      id: randomUUID(), districtCode: meta.districtCode, year: meta.year, version: (latest?.version ?? 0) + 1,
      entryCount: entries.length, createdAt: new Date(), createdBy: actor, sampleData: meta.sampleData,
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
    return { id: _id, ...rest };
  }

  /** One published version by id, with its set's entries as stored now (for its logged content). */
  async findVersion(id: string): Promise<{ set: GazetteerSet & { crs: string }; entries: GazetteerEntry[] } | null> {
    const doc = await this.models.GazetteerCurrent.findById(id).lean<GazetteerCurrentDoc>();
    const set = doc ? await this.findSet(doc.setId) : null;
    return set ? { set, entries: await this.entries(set.id) } : null;
  }

  /** The gazetteer in force for a district and year (latest year when null), without its entries. */
  async current(districtCode: string, year: number | null): Promise<{ setId: string; year: number; version: number } | null> {
    const doc = await this.models.GazetteerCurrent.findOne(year === null ? { districtCode } : { districtCode, year })
      .sort({ year: -1, version: -1 })
      .lean<GazetteerCurrentDoc>();
    return doc ? { setId: doc.setId, year: doc.year, version: doc.version } : null;
  }

  async entries(setId: string): Promise<GazetteerEntry[]> {
    const docs = await this.models.GazetteerEntry.find({ setId }).sort({ row: 1 }).lean<GazetteerEntryDoc[]>();
    return docs.map(toEntry);
  }
}

/** The record key gazetteer versions count under. */
export function currentKey(districtCode: string, year: number): string {
  return `${districtCode}:${year}`;
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
