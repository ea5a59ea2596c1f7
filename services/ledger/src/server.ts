import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { DEFAULT_LEDGER_DB, openDistrictSettings, openPublicationLog } from '@zsgk/publication';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { LedgerQueries } from './api/LedgerQueries';
import { DistrictKeyStore } from './data/DistrictKeyStore';
import { LEDGER_HTTP_PREFIX, ledgerRoutes } from './http/ledgerRoutes';
import { resolvers } from './resolvers/resolvers';
import type { LedgerContext } from './resolvers/LedgerContext';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  /** Database of the log and the settings (every service appends there). */
  ledgerDb?: string;
  /** Directory of the districts' Ed25519 keys. */
  keyDir: string;
  maxPage?: number;
}

/** Builds the ledger subgraph (no listen) with its plain HTTP routes, so tests can start it on port 0. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { ledger: LedgerQueries; keys: DistrictKeyStore }> {
  const ledgerDb = deps.ledgerDb ?? DEFAULT_LEDGER_DB;
  const log = openPublicationLog(deps.connection, ledgerDb);
  const settings = openDistrictSettings(deps.connection, ledgerDb);
  await log.ensureIndexes();
  await settings.ensureIndexes();
  // Finishes a settings publication that crashed before its log entries (idempotent).
  await settings.repairLog();
  const keys = new DistrictKeyStore(deps.keyDir);
  const ledger = new LedgerQueries(log, settings, keys, deps.maxPage ?? 500);
  const app = await createSubgraphApp<LedgerContext>({
    name: 'ledger',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers,
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({ identity, ledger }),
    production: deps.production,
  });
  app.app.use(LEDGER_HTTP_PREFIX, ledgerRoutes(ledger));
  return { ...app, ledger, keys };
}
