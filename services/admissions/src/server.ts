import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { createAdmissionStores } from './data/AdmissionModels';
import { createLoaders, type AdmissionsContext } from './resolvers/AdmissionsContext';
import { resolvers } from './resolvers/resolvers';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
}

/** Builds the admissions subgraph (no listen), so tests can start it on port 0. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp> {
  const stores = createAdmissionStores(deps.connection);
  await Promise.all([stores.rules.ensureIndexes(), stores.results.ensureIndexes()]);
  return createSubgraphApp<AdmissionsContext>({
    name: 'admissions',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({ identity, stores, ...createLoaders(stores) }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
}
