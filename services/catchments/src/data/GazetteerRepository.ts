import { randomUUID } from 'node:crypto';
import type { Crs } from '@zsgk/geo';
import type { AssignedStage, GazetteerEntry, GazetteerKind, GazetteerSet, HouseNumberParity } from '../gazetteer/GazetteerEntry';
import type { GazetteerCurrentDoc, GazetteerEntryDoc, GazetteerModels, GazetteerSetDoc } from './GazetteerModels';

const ZONE_FIELDS: Record<AssignedStage, 'primaryZone' | 'juniorZone'> = { PRIMARY: 'primaryZone', JUNIOR: 'juniorZone' };

/** The only door to the gazetteer collections. Returns plain domain objects. */
export class GazetteerRepository {
  constructor(private readonly models: GazetteerModels) {}

  async ensureIndexes(): Promise<void> {
    await Promise.all(Object.values(this.models).map((model) => model.init()));
  }

  /**
   * Stores a gazetteer and puts it in force for its district and year: entries first, then the set,
   * then the one `gazetteer_current` document is switched. Until the switch, readers see the previous
   * gazetteer, which stays stored.
   */
  async replace(
    meta: { districtCode: string; year: number; crs: Crs; sampleData: boolean },
    entries: GazetteerEntry[],
    actor: string,
  ): Promise<GazetteerSet> {
    const key = currentKey(meta.districtCode, meta.year);
    const latest = await this.models.GazetteerSet.findOne({ districtCode: meta.districtCode, year: meta.year }).sort({ version: -1 }).lean<GazetteerSetDoc>();
    const set: GazetteerSet = {
      id: randomUUID(), districtCode: meta.districtCode, year: meta.year, version: (latest?.version ?? 0) + 1,
      entryCount: entries.length, createdAt: new Date(), createdBy: actor, sampleData: meta.sampleData,
    };
    await this.models.GazetteerEntry.insertMany(entries.map((entry) => toDoc(entry, set.id)), { ordered: true });
    const { id, ...fields } = set;
    await this.models.GazetteerSet.create({ _id: id, ...fields, crs: meta.crs });
    await this.models.GazetteerCurrent.replaceOne(
      { _id: key },
      { _id: key, districtCode: set.districtCode, year: set.year, setId: set.id, version: set.version, switchedAt: new Date() },
      { upsert: true },
    );
    return set;
  }

  /** The gazetteer in force for a district and year (latest year when null), without its entries. */
  async current(districtCode: string, year: number | null): Promise<{ setId: string; year: number; version: number } | null> {
    const doc = year === null
      ? await this.models.GazetteerCurrent.findOne({ districtCode }).sort({ year: -1 }).lean<GazetteerCurrentDoc>()
      : await this.models.GazetteerCurrent.findById(currentKey(districtCode, year)).lean<GazetteerCurrentDoc>();
    return doc ? { setId: doc.setId, year: doc.year, version: doc.version } : null;
  }

  async entries(setId: string): Promise<GazetteerEntry[]> {
    const docs = await this.models.GazetteerEntry.find({ setId }).sort({ row: 1 }).lean<GazetteerEntryDoc[]>();
    return docs.map(toEntry);
  }
}

function currentKey(districtCode: string, year: number): string {
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
