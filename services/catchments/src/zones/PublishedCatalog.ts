import type { RuleIndex } from '../rules';
import { indexZoneRules } from './claimZonesByAddress';
import { findDistrictAt } from './findDistrictAt';
import type { Catchment, District, DraftInConsultation } from './Zone';
import { ZoneIndex } from './ZoneIndex';

/** Where the catalog reads published zones from (the repository, in production). */
export interface PublishedSource {
  publishedVersion(): Promise<number>;
  loadPublished(): Promise<Loaded>;
}

interface Loaded {
  version: number;
  catchments: Catchment[];
  districts: District[];
  /** Draft sets whose publication for comment is live (absent: none). */
  drafts?: DraftInConsultation[];
}

/** The draft sets in consultation, indexed like the published ones but apart: never counted as in force. */
export interface DraftsSnapshot {
  list: DraftInConsultation[];
  /** Their zones (status CONSULTATION), in the same kind of index as the published zones. */
  index: ZoneIndex<Catchment>;
  bySet: Map<string, DraftInConsultation>;
  /** Per draft set, its zones' address rules and the zones by id (answers by address under the draft). */
  rules: Map<string, { rules: RuleIndex; byId: Map<string, Catchment> }>;
}

export interface CatalogSnapshot {
  version: number;
  catchments: Catchment[];
  index: ZoneIndex<Catchment>;
  /** The address rules of every published zone that has them, filed by road, place and 街道 (zone key = id). */
  rules: RuleIndex;
  byId: Map<string, Catchment>;
  bySchool: Map<string, Catchment[]>;
  districts: District[];
  /** Draft sets out for public comment (征求意见稿). */
  drafts: DraftsSnapshot;
  /** The district whose boundary contains the point, if any. */
  districtAt(lng: number, lat: number): District | null;
}

/**
 * The published zones held in memory. Each replica checks one counter document every `pollMs`
 * and rebuilds when it changed; the new snapshot replaces the old in one assignment.
 */
export class PublishedCatalog {
  private snapshot: CatalogSnapshot = snapshotOf({ version: -1, catchments: [], districts: [] });
  private refreshing: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly source: PublishedSource, private readonly pollMs: number) {}

  current(): CatalogSnapshot {
    return this.snapshot;
  }

  /**
   * Reloads when the published version moved (or `force`). A reload already running may have read
   * the version before the caller's write, so a call during one queues one more after it; further
   * calls share that queued reload.
   */
  refresh(force = false): Promise<void> {
    if (this.refreshing) {
      this.queued ??= this.refreshing
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.refresh(force);
        });
      return this.queued;
    }
    this.refreshing = this.reload(force).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /**
   * The snapshot once it holds every publication committed so far, on any replica: one version read,
   * a reload only when the version moved. For checks made by writes (a write must never be refused
   * because this replica has not polled yet); reads keep using `current()`.
   */
  async fresh(): Promise<CatalogSnapshot> {
    await this.refresh();
    return this.snapshot;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.refresh().catch((error) => console.error('[catchments] index refresh failed; keeping the previous one', error));
    }, this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async reload(force: boolean): Promise<void> {
    const version = await this.source.publishedVersion();
    if (!force && version === this.snapshot.version) return;
    this.snapshot = snapshotOf(await this.source.loadPublished());
  }
}

function snapshotOf(loaded: Loaded): CatalogSnapshot {
  const bySchool = new Map<string, Catchment[]>();
  for (const catchment of loaded.catchments) {
    for (const id of catchment.schoolIds) bySchool.set(id, [...(bySchool.get(id) ?? []), catchment]);
  }
  const { districts } = loaded;
  const drafts = loaded.drafts ?? [];
  return {
    drafts: {
      list: drafts,
      index: new ZoneIndex(drafts.flatMap((d) => d.zones)),
      bySet: new Map(drafts.map((d) => [d.set.id, d])),
      rules: new Map(drafts.map((d) => [d.set.id, { rules: indexZoneRules(d.zones), byId: new Map(d.zones.map((z) => [z.id, z])) }])),
    },
    version: loaded.version,
    catchments: loaded.catchments,
    index: new ZoneIndex(loaded.catchments),
    rules: indexZoneRules(loaded.catchments),
    byId: new Map(loaded.catchments.map((c) => [c.id, c])),
    bySchool,
    districts,
    districtAt: (lng, lat) => findDistrictAt(districts, lng, lat),
  };
}
