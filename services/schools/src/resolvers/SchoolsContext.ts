import type { RequestContext } from '@zsgk/subgraph-host';
import DataLoader from 'dataloader';
import type { SchoolRepository } from '../data/SchoolRepository';
import type { School } from '../register/School';

export interface SchoolsContext extends RequestContext {
  repository: SchoolRepository;
  /** Batches every School reference in one request into one database query. */
  schoolLoader: DataLoader<string, School | null>;
}

export function createSchoolLoader(repository: SchoolRepository): DataLoader<string, School | null> {
  return new DataLoader(async (ids) => {
    const found = await repository.findByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}
