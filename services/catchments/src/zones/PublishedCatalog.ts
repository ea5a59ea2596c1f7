import type { Catchment } from './Zone';
import { ZoneIndex } from './ZoneIndex';

/** Where the catalog reads published zones from (the repository, in production). */
export interface PublishedSource {
  publishedVersion(): Promise<number>;
  loadPublished(): Promise<{ version: number; catchments: Catchment[] }>;
}

export interface CatalogSnapshot {
  version: number;
  catchments: Catchment[];
  index: ZoneIndex<Catchment>;
  bySchool: Map<string, Catchment[]>;
}

/**
 * The published zones held in memory. Each replica checks one counter document every `pollMs`
 * and rebuilds when it changed; the new snapshot replaces the old in one assignment.
 */
export class PublishedCatalog {
  private snapshot: CatalogSnapshot = { version: -1, catchments: [], index: new ZoneIndex<Catchment>([]), bySchool: new Map() };
  private refreshing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly source: PublishedSource, private readonly pollMs: number) {}

  current(): CatalogSnapshot {
    return this.snapshot;
  }

  /** Reloads when the published version moved (or `force`). Concurrent calls share one reload. */
  refresh(force = false): Promise<void> {
    this.refreshing ??= this.reload(force).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
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
    const loaded = await this.source.loadPublished();
    const bySchool = new Map<string, Catchment[]>();
    for (const catchment of loaded.catchments) {
      for (const id of catchment.schoolIds) bySchool.set(id, [...(bySchool.get(id) ?? []), catchment]);
    }
    this.snapshot = { version: loaded.version, catchments: loaded.catchments, index: new ZoneIndex(loaded.catchments), bySchool };
  }
}
