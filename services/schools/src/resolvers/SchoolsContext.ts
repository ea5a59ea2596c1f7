import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { RegisterAuditLog } from '../data/RegisterAuditLog';
import type { RegisterDeadlines } from './deadlineResolvers';
import type { SchoolRepository } from '../data/SchoolRepository';
import type { DistrictBoundarySource } from '../register/DistrictBoundary';
import { historyOf } from '../register/historyOf';
import type { RegisterPublisher } from '../register/RegisterPublisher';
import type { School, SchoolVersion } from '../register/School';
import type { SchoolCatalog } from '../register/SchoolCatalog';
import type { SchoolRecord } from '../register/SchoolRecord';

export interface SchoolsContext extends RequestContext {
  repository: SchoolRepository;
  /** The register in memory: lookups, listing and search are served from it (see SchoolCatalog). */
  catalog: SchoolCatalog;
  /** The catalog once it holds every committed publication (see CatalogSync.fresh). */
  freshCatalog(): Promise<SchoolCatalog>;
  /** District boundaries for the within-district location check (from the catchments subgraph). */
  boundaries: DistrictBoundarySource;
  publisher: RegisterPublisher;
  /** The publication clock of register changes. */
  deadlines: RegisterDeadlines;
  audit: RegisterAuditLog;
  /** Every School reference in one request, answered from the catalog (fresh on a miss: see createSchoolLoader). */
  schoolLoader: DataLoader<string, School | null>;
  /** Stored versions by record id, for publication-log entries. */
  recordLoader: DataLoader<string, SchoolRecord | null>;
  /** Batches the histories asked for in one request (a page of schools) into one query. */
  historyLoader: DataLoader<string, SchoolVersion[]>;
}

/**
 * Looks schools up in the catalog. An id it does not hold may be a school another replica approved
 * since this one last polled; other services check their writes with these lookups (catchments'
 * zone import, admissions' plans), so a miss asks `fresh` (one revision read, a reload only when the
 * register moved) before answering null. Hits, the whole of normal traffic, never touch the database.
 */
export function createSchoolLoader(catalog: SchoolCatalog, fresh: () => Promise<SchoolCatalog>): DataLoader<string, School | null> {
  return new DataLoader(async (ids) => {
    let found = catalog.getMany(ids);
    if (found.size < ids.length) found = (await fresh()).getMany(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createHistoryLoader(repository: SchoolRepository): DataLoader<string, SchoolVersion[]> {
  return new DataLoader(async (ids) => {
    const found = await repository.findRecords(ids);
    return ids.map((id) => historyOf(found.get(id) ?? []));
  });
}

/** Who acts: the signed-in subject, or 'anonymous'. */
export function actorOf(ctx: SchoolsContext): string {
  return ctx.identity.role === 'PUBLIC' ? 'anonymous' : ctx.identity.subject;
}

/** Account names of the clerks who edited are for the bureau of the school's district only. */
export function canSeeEditors(ctx: SchoolsContext, districtCode: string): boolean {
  return ctx.identity.role === 'BUREAU' && ctx.identity.districtCode === districtCode;
}
