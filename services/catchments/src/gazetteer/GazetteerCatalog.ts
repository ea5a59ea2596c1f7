import { LRUCache } from 'lru-cache';
import type { GazetteerEntry } from './GazetteerEntry';
import { GazetteerIndex } from './GazetteerIndex';
import type { AddressPlace } from './normalizeAddress';

/** Where the catalog reads gazetteers from (the repository, in production). */
export interface GazetteerSource {
  /** The district's gazetteer valid today (one serves every school year). */
  current(districtCode: string): Promise<{ setId: string; version: number; validFrom: string } | null>;
  entries(setId: string): Promise<GazetteerEntry[]>;
}

/**
 * Built gazetteer indexes, by set. Each lookup reads the version of its district valid today, so every replica answers from a new import as soon as it is switched in; the entries are
 * read and indexed once per set and kept in an lru-cache of `maxSets` (the least recently used dropped).
 * Concurrent lookups share one build.
 */
export class GazetteerCatalog {
  private readonly built: LRUCache<string, Promise<GazetteerIndex>>;

  constructor(private readonly source: GazetteerSource, maxSets = 16) {
    this.built = new LRUCache<string, Promise<GazetteerIndex>>({ max: maxSets });
  }

  async find(where: AddressPlace): Promise<{ version: number; validFrom: string; index: GazetteerIndex } | null> {
    const current = await this.source.current(where.districtCode);
    if (!current) return null;
    const key = `${current.setId}|${where.districtName ?? ''}`;
    let index = this.built.get(key);
    if (!index) {
      index = this.source.entries(current.setId).then((entries) => new GazetteerIndex(entries, where));
      index.catch(() => this.built.delete(key));
      this.built.set(key, index);
    }
    return { version: current.version, validFrom: current.validFrom, index: await index };
  }
}
