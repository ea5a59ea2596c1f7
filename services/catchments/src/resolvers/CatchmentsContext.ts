import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import type { PublishedCatalog } from '../zones/PublishedCatalog';
import type { Catchment } from '../zones/Zone';

export interface CatchmentsContext extends RequestContext {
  repository: CatchmentRepository;
  catalog: PublishedCatalog;
  nearBoundaryMeters: number;
  /** Batches Catchment references of one request into one query. */
  catchmentLoader: DataLoader<string, Catchment | null>;
}

export function createCatchmentLoader(repository: CatchmentRepository): DataLoader<string, Catchment | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.findCatchmentsByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
