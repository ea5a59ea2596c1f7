import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { SchoolRepository } from '../data/SchoolRepository';
import type { DistrictBoundarySource } from '../register/DistrictBoundary';
import type { School, SchoolVersion } from '../register/School';
import type { SchoolCatalog } from '../register/SchoolCatalog';

export interface SchoolsContext extends RequestContext {
  repository: SchoolRepository;
  /** The register in memory, for listing and search (see SchoolCatalog). */
  catalog: SchoolCatalog;
  /** The catalog once it holds every committed write (see CatalogSync.fresh). */
  freshCatalog(): Promise<SchoolCatalog>;
  /** District boundaries for the within-district location check (from the catchments subgraph). */
  boundaries: DistrictBoundarySource;
  /** Batches every School reference in one request into one database query. */
  schoolLoader: DataLoader<string, School | null>;
  /** Batches the histories asked for in one request (a page of schools) into one query. */
  historyLoader: DataLoader<string, SchoolVersion[]>;
}

export function createSchoolLoader(repository: SchoolRepository): DataLoader<string, School | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.findByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createHistoryLoader(repository: SchoolRepository): DataLoader<string, SchoolVersion[]> {
  return new DataLoader(async (ids) => {
    const found = await repository.findHistories(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Who edits: the signed-in subject (writes are bureau-only, so there always is one). */
export function actorOf(ctx: SchoolsContext): string {
  return ctx.identity.role === 'PUBLIC' ? 'anonymous' : ctx.identity.subject;
}

/** Account names of the clerks who edited are for the bureau of the school's district only. */
export function canSeeEditors(ctx: SchoolsContext, districtCode: string): boolean {
  return ctx.identity.role === 'BUREAU' && ctx.identity.districtCode === districtCode;
}
