import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { createSchoolModels } from './data/SchoolModel';
import { SchoolRepository } from './data/SchoolRepository';
import { resolvers } from './resolvers/resolvers';
import { createSchoolLoader, type SchoolsContext } from './resolvers/SchoolsContext';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
}

/** Builds the schools subgraph (no listen), so tests can start it on port 0. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { repository: SchoolRepository }> {
  const repository = new SchoolRepository(createSchoolModels(deps.connection));
  await repository.ensureIndexes();
  const app = await createSubgraphApp<SchoolsContext>({
    name: 'schools',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({ identity, repository, schoolLoader: createSchoolLoader(repository) }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
  return { ...app, repository };
}
