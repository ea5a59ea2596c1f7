import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { createCatchmentModels } from './data/CatchmentModels';
import { CatchmentRepository } from './data/CatchmentRepository';
import type { SchoolRegister } from './register/SchoolRegister';
import { createCatchmentLoader, pinSnapshot } from './resolvers/CatchmentsContext';
import { createGazetteerDeps, withGazetteerResolvers, type GazetteerContext } from './resolvers/gazetteerResolvers';
import type { ExternalGeocoder } from './gazetteer/ExternalGeocoder';
import { resolvers } from './resolvers/resolvers';
import type { Parts } from './zones/polygonSet';
import { PublishedCatalog } from './zones/PublishedCatalog';
import { RecentCache } from './zones/RecentCache';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  nearBoundaryMeters?: number;
  indexPollMs?: number;
  production?: boolean;
  bodyLimit?: string;
  /** External geocoder asked when the gazetteer has no good match; none by default. */
  geocoder?: ExternalGeocoder | null;
  /** The school register (schools subgraph API) for code checks and coverage; none: not checked. */
  schoolRegister?: SchoolRegister | null;
}

/** Builds the catchments subgraph (no listen) and loads the published zones into memory. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { catalog: PublishedCatalog; repository: CatchmentRepository }> {
  const repository = new CatchmentRepository(createCatchmentModels(deps.connection));
  await repository.ensureIndexes();
  const catalog = new PublishedCatalog(repository, deps.indexPollMs ?? 2000);
  await catalog.refresh(true);
  catalog.start();
  const nearBoundaryMeters = deps.nearBoundaryMeters ?? 30;
  const zoneUnions = new RecentCache<string, Parts>(16);
  const gazetteer = await createGazetteerDeps(deps.connection, deps.geocoder ?? null);
  const app = await createSubgraphApp<GazetteerContext>({
    name: 'catchments',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers: withGazetteerResolvers(resolvers),
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({
      identity,
      zoneUnions,
      repository,
      catalog,
      published: pinSnapshot(catalog),
      schoolRegister: deps.schoolRegister ?? null,
      nearBoundaryMeters,
      catchmentLoader: createCatchmentLoader(repository),
      gazetteer,
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
