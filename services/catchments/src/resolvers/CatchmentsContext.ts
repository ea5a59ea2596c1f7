import type { ZoneSetDeadlines } from './deadlineResolvers';
import type { RequestContext } from '@zsgk/subgraph-host';
import { contentHash } from '@zsgk/publication';
import DataLoader from 'dataloader';
import type { AuditLog } from '../data/AuditLog';
import type { CatchmentJobs } from '../jobs/CatchmentJobs';
import type { GeometryWorkerPool } from '../jobs/GeometryWorkerPool';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import { ZONE_SET, type CatchmentPublisher } from '../publication/CatchmentPublisher';
import type { SchoolRegister } from '../register/SchoolRegister';
import type { CatalogSnapshot, PublishedCatalog } from '../zones/PublishedCatalog';
import type { Catchment } from '../zones/Zone';

export interface CatchmentsContext extends RequestContext {
  repository: CatchmentRepository;
  catalog: PublishedCatalog;
  /**
   * The published zones this request answers from: the snapshot current at its first read, kept for
   * the rest of the request, so one request never mixes the zones of two publications.
   */
  published: () => CatalogSnapshot;
  nearBoundaryMeters: number;
  /** Ground outside a district's boundary within this distance of it is tolerated. */
  boundaryToleranceMeters: number;
  /** Review and publication of zone sets, boundaries and gazetteers. */
  publisher: CatchmentPublisher;
  /** The publication clock of zone sets. */
  deadlines: ZoneSetDeadlines;
  /** Every write and refused attempt, filed under the district it targeted. */
  audit: AuditLog;
  /** The school register (schools subgraph API), or null when none is configured. */
  schoolRegister: SchoolRegister | null;
  /** Worker threads for whole-set geometry (coverage, diffs), off the thread that answers lookups. */
  geometryPool: GeometryWorkerPool;
  /** Coverage reports and set diffs in progress or kept, polled by id. */
  jobs: CatchmentJobs;
  /** How long `coverageReport` / `zoneSetChanges` wait for their job before answering STILL_RUNNING. */
  syncWaitMs: number;
  /** Batches Catchment references of one request into one query. */
  catchmentLoader: DataLoader<string, Catchment | null>;
  /** Log identity of each zone set's published version, by set id, batched (null for a draft). */
  zoneSetRecords: DataLoader<string, ZoneSetRecord | null>;
}

/** The published version a zone belongs to, as the publication log names and hashes it. */
export interface ZoneSetRecord {
  recordId: string;
  /** contentHash of the version's content read from the stored documents now (the publisher's `contentOf`). */
  contentHash: string;
  /** The decision date the version was published with; null for versions published before it was recorded. */
  decidedOn: string | null;
}

export function createZoneSetRecordLoader(repository: CatchmentRepository, publisher: CatchmentPublisher): DataLoader<string, ZoneSetRecord | null> {
  return new DataLoader(async (setIds) => {
    const recordIds = await repository.findZoneSetVersionIds(setIds);
    return Promise.all(
      setIds.map(async (setId) => {
        const recordId = recordIds.get(setId);
        const content = recordId ? await publisher.contentOf(ZONE_SET, recordId) : null;
        if (!recordId || !content) return null;
        const { decidedOn } = content as { decidedOn?: string };
        return { recordId, contentHash: contentHash(content), decidedOn: decidedOn ?? null };
      }),
    );
  });
}

export function createCatchmentLoader(repository: CatchmentRepository): DataLoader<string, Catchment | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.findCatchmentsByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Returns a reader that takes the catalog's snapshot once and then keeps answering with it. */
export function pinSnapshot(catalog: PublishedCatalog): () => CatalogSnapshot {
  let pinned: CatalogSnapshot | null = null;
  return () => (pinned ??= catalog.current());
}
