import { loadHolidayCalendar, PUBLICATION_WORKING_DAYS, type WorkingDayCalendar } from '@zsgk/working-days';
import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { openDistrictSettings, openPublicationLog, openReviewQueue } from '@zsgk/publication';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { CatalogSync } from './data/CatalogSync';
import { RegisterAuditLog } from './data/RegisterAuditLog';
import { RegisterChangeSets } from './data/RegisterChangeSets';
import { PublishedDistrictSource } from './data/PublishedDistrictSource';
import { createSchoolModels } from './data/SchoolModel';
import { SchoolRepository } from './data/SchoolRepository';
import { NO_BOUNDARY_SOURCE } from './register/DistrictBoundary';
import type { FaultHook } from './register/RegisterPorts';
import { RegisterPublisher } from './register/RegisterPublisher';
import { SchoolCatalog } from './register/SchoolCatalog';
import { createRecordLoader } from './resolvers/publicationLogEntryResolvers';
import { resolvers } from './resolvers/resolvers';
import { createHistoryLoader, createSchoolLoader, type SchoolsContext } from './resolvers/SchoolsContext';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema.graphql');

/** Collection of the register's review events (the review queue) in this service's database. */
export const REVIEW_COLLECTION = 'register_review_events';

export interface ServerDeps {
  connection: Connection;
  identitySecret: string;
  production?: boolean;
  bodyLimit?: string;
  /**
   * The catchments service's database on the same server (CATCHMENTS_DB), read only for published
   * district boundaries, each vouched for by the publication log; unset skips that check (and says so).
   */
  catchmentsDb?: string;
  /** How often to check whether another replica changed the register (ms). */
  catalogPollMs?: number;
  /** Database of the publication log and the district settings, on the same server (default zsgk_ledger). */
  ledgerDb?: string;
  /** Test only: fails a publication after a chosen step, to check the start-up repair. */
  faults?: FaultHook;
  /** Holiday calendar of the publication clock; the bundled one by default. */
  calendar?: WorkingDayCalendar;
  /** Working days before an unpublished register change is overdue (default 20). */
  publicationWorkingDays?: number;
}

/** Builds the schools subgraph (no listen), so tests can start it on port 0. Finishes interrupted publications first. */
export async function createServer(deps: ServerDeps): Promise<SubgraphApp & { repository: SchoolRepository; publisher: RegisterPublisher }> {
  const repository = new SchoolRepository(createSchoolModels(deps.connection));
  const audit = new RegisterAuditLog(deps.connection);
  const log = openPublicationLog(deps.connection, deps.ledgerDb);
  const reviews = openReviewQueue(deps.connection, REVIEW_COLLECTION, { settings: openDistrictSettings(deps.connection, deps.ledgerDb) });
  await Promise.all([repository.ensureIndexes(), audit.ensureIndexes(), log.ensureIndexes(), reviews.ensureIndexes()]);
  const catalog = new SchoolCatalog();
  const sync = new CatalogSync(repository, catalog, deps.catalogPollMs ?? 2000);
  await sync.start();
  const publisher = new RegisterPublisher({
    reviews,
    log,
    records: repository,
    changeSets: new RegisterChangeSets(deps.connection),
    audit,
    findInForce: async (ids) => (await sync.fresh()).getMany(ids),
    faults: deps.faults,
  });
  const repaired = await publisher.repair();
  if (repaired) console.log(`[schools] start-up repair finished ${repaired} interrupted register publication(s)`);
  const deadlines = { calendar: deps.calendar ?? loadHolidayCalendar(), workingDays: deps.publicationWorkingDays ?? PUBLICATION_WORKING_DAYS };
  const boundaries = deps.catchmentsDb ? new PublishedDistrictSource({ connection: deps.connection, catchmentsDb: deps.catchmentsDb, log, ledgerDb: deps.ledgerDb }) : NO_BOUNDARY_SOURCE;
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
      publisher,
      deadlines,
      audit,
      schoolLoader: createSchoolLoader(catalog, () => sync.fresh()),
      historyLoader: createHistoryLoader(repository),
      recordLoader: createRecordLoader(repository),
    }),
    production: deps.production,
    bodyLimit: deps.bodyLimit,
  });
  return {
    ...app,
    repository,
    publisher,
    stop: async () => {
      sync.stop();
      await app.stop();
    },
  };
}
