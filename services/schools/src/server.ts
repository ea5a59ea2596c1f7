import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { CatalogSync } from './data/CatalogSync';
import { CatchmentsDistrictSource } from './data/CatchmentsDistrictSource';
import { createSchoolModels } from './data/SchoolModel';
import { SchoolRepository } from './data/SchoolRepository';
import { NO_BOUNDARY_SOURCE } from './register/DistrictBoundary';
import { SchoolCatalog } from './register/SchoolCatalog';
import { resolvers } from './resolvers/resolvers';
import { createHistoryLoader, createSchoolLoader, type SchoolsContext } from './resolvers/SchoolsContext';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
  /** The catchments subgraph's GraphQL URL, for district boundaries; unset skips that check (and says so). */
  catchmentsUrl?: string;
  /** How often to check whether another replica changed the register (ms). */
  catalogPollMs?: number;
}

/** Builds the schools subgraph (no listen), so tests can start it on port 0. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { repository: SchoolRepository }> {
  const repository = new SchoolRepository(createSchoolModels(deps.connection));
  await repository.ensureIndexes();
  const catalog = new SchoolCatalog();
  const sync = new CatalogSync(repository, catalog, deps.catalogPollMs ?? 2000);
  await sync.start();
  const boundaries = deps.catchmentsUrl ? new CatchmentsDistrictSource({ url: deps.catchmentsUrl }) : NO_BOUNDARY_SOURCE;
  const app = await createSubgraphApp<SchoolsContext>({
    name: 'schools',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({
      identity,
      repository,
      catalog,
      freshCatalog: () => sync.fresh(),
      boundaries,
      schoolLoader: createSchoolLoader(repository),
      historyLoader: createHistoryLoader(repository),
    }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
  return {
    ...app,
    repository,
    stop: async () => {
      sync.stop();
      await app.stop();
    },
  };
}
