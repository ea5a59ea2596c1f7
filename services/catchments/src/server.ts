import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { createCatchmentModels } from './data/CatchmentModels';
import { CatchmentRepository } from './data/CatchmentRepository';
import { createCatchmentLoader, type CatchmentsContext } from './resolvers/CatchmentsContext';
import { resolvers } from './resolvers/resolvers';
import { PublishedCatalog } from './zones/PublishedCatalog';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  nearBoundaryMeters?: number;
  indexPollMs?: number;
  production?: boolean;
  bodyLimit?: string;
}

/** Builds the catchments subgraph (no listen) and loads the published zones into memory. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { catalog: PublishedCatalog; repository: CatchmentRepository }> {
  const repository = new CatchmentRepository(createCatchmentModels(deps.connection));
  await repository.ensureIndexes();
  const catalog = new PublishedCatalog(repository, deps.indexPollMs ?? 2000);
  await catalog.refresh(true);
  catalog.start();
  const nearBoundaryMeters = deps.nearBoundaryMeters ?? 30;
  const app = await createSubgraphApp<CatchmentsContext>({
    name: 'catchments',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({
      identity,
      repository,
      catalog,
      nearBoundaryMeters,
      catchmentLoader: createCatchmentLoader(repository),
    }),
    production: deps.production,
    bodyLimit: deps.bodyLimit ?? '50mb',
  });
  return {
    ...app,
    catalog,
    repository,
    stop: async () => {
      catalog.stop();
      await app.stop();
    },
  };
}
