import { loadHolidayCalendar, PUBLICATION_WORKING_DAYS, type WorkingDayCalendar } from '@zsgk/working-days';
import path from 'node:path';
import { pingMongo } from '@zsgk/db';
import { DEFAULT_LEDGER_DB, openDistrictSettings, openPublicationLog, openReviewQueue } from '@zsgk/publication';
import { createSubgraphApp, loadSchema, type SubgraphApp } from '@zsgk/subgraph-host';
import type { Connection } from 'mongoose';
import { createCatchmentModels } from './data/CatchmentModels';
import { AuditLog } from './data/AuditLog';
import { CatchmentRepository } from './data/CatchmentRepository';
import { CatchmentPublisher } from './publication/CatchmentPublisher';
import type { FaultHook } from './publication/publishVersion';
import type { SchoolRegister } from './register/SchoolRegister';
import { CatchmentJobs, type JobLimits } from './jobs/CatchmentJobs';
import { GeometryWorkerPool } from './jobs/GeometryWorkerPool';
import { withCatchmentJobResolvers } from './resolvers/catchmentJobResolvers';
import { createCatchmentLoader, createZoneSetRecordLoader, pinSnapshot } from './resolvers/CatchmentsContext';
import { createGazetteerDeps, withGazetteerResolvers, type GazetteerContext } from './resolvers/gazetteerResolvers';
import type { ExternalGeocoder } from './gazetteer/ExternalGeocoder';
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
  /** External geocoder asked when the gazetteer has no good match; none by default. */
  geocoder?: ExternalGeocoder | null;
  /** The school register (schools subgraph API) for code checks and coverage; none: not checked. */
  schoolRegister?: SchoolRegister | null;
  /** Ground outside a district's boundary within this distance of it is tolerated (digitising noise). */
  boundaryToleranceMeters?: number;
  /** Database of the publication log and the published district settings (same server). */
  ledgerDb?: string;
  /** Worker threads for coverage reports and set diffs (default 1). */
  geometryWorkers?: number;
  /** Niceness (0–19, Linux) of the coverage/diff worker threads: lookups win the CPU; a check may wait under sustained load. */
  geometryNiceness?: number;
  /** How long the synchronous coverage and diff fields wait for their job (default 8000 ms, under the gateway's 10 s). */
  syncWaitMs?: number;
  /** Bounds of the job store (defaults: 8 active, 2 per district, kept 30 min, 64 MB of results). */
  jobLimits?: Partial<JobLimits>;
  /** Test only: called after each step of a publication, to inject a crash there. */
  fault?: FaultHook;
  /** Holiday calendar of the publication clock; the bundled one by default. */
  calendar?: WorkingDayCalendar;
  /** Working days before an unpublished zone set is overdue (default 20). */
  publicationWorkingDays?: number;
}

/** Builds the catchments subgraph (no listen) and loads the published zones into memory. */
export async function createServer(
  deps: ServerDeps,
): Promise<SubgraphApp & { catalog: PublishedCatalog; repository: CatchmentRepository; publisher: CatchmentPublisher; audit: AuditLog }> {
  const repository = new CatchmentRepository(createCatchmentModels(deps.connection));
  await repository.ensureIndexes();
  const audit = new AuditLog(deps.connection);
  await audit.ensureIndexes();
  const catalog = new PublishedCatalog(repository, deps.indexPollMs ?? 2000);
  const nearBoundaryMeters = deps.nearBoundaryMeters ?? 30;
  const geometryPool = new GeometryWorkerPool(deps.geometryWorkers ?? 1, deps.geometryNiceness ?? 0);
  const jobs = new CatchmentJobs({ maxActive: 8, maxActivePerDistrict: 2, retentionMs: 30 * 60_000, maxResultBytes: 64e6, ...deps.jobLimits });
  const syncWaitMs = deps.syncWaitMs ?? 8000;
  const gazetteer = await createGazetteerDeps(deps.connection, deps.geocoder ?? null);
  const ledgerDb = deps.ledgerDb ?? DEFAULT_LEDGER_DB;
  const reviews = openReviewQueue(deps.connection, 'review_events', { settings: openDistrictSettings(deps.connection, ledgerDb) });
  await reviews.ensureIndexes();
  const log = openPublicationLog(deps.connection, ledgerDb);
  await log.ensureIndexes();
  const publisher = new CatchmentPublisher({
    repository,
    gazetteer: gazetteer.repository,
    reviews,
    log,
    onPublished: () => catalog.refresh(),
    fault: deps.fault,
  });
  // Start-up repair: finish every publication that was approved but interrupted, before serving.
  const repaired = await publisher.repair();
  if (repaired.finished.length) console.log(`[catchments] repair finished ${repaired.finished.length} interrupted publication(s): ${repaired.finished.join(', ')}`);
  for (const failed of repaired.failed) console.error(`[catchments] repair could not finish ${failed.id}: ${failed.reason}`);
  await catalog.refresh(true);
  catalog.start();
  const calendar = deps.calendar ?? loadHolidayCalendar();
  const app = await createSubgraphApp<GazetteerContext>({
    name: 'catchments',
    typeDefs: loadSchema(SCHEMA_FILE),
    resolvers: withGazetteerResolvers(withCatchmentJobResolvers(resolvers)),
    identitySecret: deps.identitySecret,
    isReady: () => pingMongo(deps.connection),
    buildContext: (identity) => ({
      identity,
      geometryPool,
      jobs,
      syncWaitMs,
      repository,
      catalog,
      published: pinSnapshot(catalog),
      schoolRegister: deps.schoolRegister ?? null,
      nearBoundaryMeters,
      boundaryToleranceMeters: deps.boundaryToleranceMeters ?? 50,
      publisher,
      deadlines: { calendar, workingDays: deps.publicationWorkingDays ?? PUBLICATION_WORKING_DAYS },
      audit,
      catchmentLoader: createCatchmentLoader(repository),
      zoneSetRecords: createZoneSetRecordLoader(repository, publisher),
      gazetteer,
    }),
    production: deps.production,
    bodyLimit: deps.bodyLimit ?? '50mb',
  });
  return {
    ...app,
    catalog,
    repository,
    publisher,
    audit,
    stop: async () => {
      catalog.stop();
      await app.stop();
      await geometryPool.close();
    },
  };
}
