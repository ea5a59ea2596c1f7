import { loadHolidayCalendar } from '@zsgk/working-days';
import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadConfig } from './config';
import { HttpSchoolRegister } from './register/HttpSchoolRegister';
import { createServer } from './server';
import { registerZoneIndexGauges } from './zones/registerZoneIndexGauges';
import { externalGeocoderFrom } from './gazetteer/ExternalGeocoder';

const config = loadConfig();
// A malformed calendar stops the start with the reason, rather than miscounting deadlines later.
const calendar = loadHolidayCalendar(config.HOLIDAY_CALENDAR_FILE);
runSubgraphProcess(
  {
    name: 'catchments',
    mongodbUri: config.MONGODB_URI,
    dbName: config.CATCHMENTS_DB,
    host: config.HOST,
    port: config.CATCHMENTS_PORT,
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
    peerUrls: [config.SCHOOLS_URL],
  },
  async (connection, { metrics }) => {
    const server = await createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      bodyLimit: config.CATCHMENTS_BODY_LIMIT,
      nearBoundaryMeters: config.CATCHMENTS_NEAR_BOUNDARY_METERS,
      boundaryToleranceMeters: config.CATCHMENTS_BOUNDARY_TOLERANCE_METERS,
      ledgerDb: config.LEDGER_DB,
      calendar,
      publicationWorkingDays: config.PUBLICATION_WORKING_DAYS,
      indexPollMs: config.CATCHMENTS_INDEX_POLL_MS,
      geocoder: externalGeocoderFrom(config),
      schoolRegister: config.SCHOOLS_URL ? new HttpSchoolRegister(config.SCHOOLS_URL, config.SERVICE_TIMEOUT_MS) : null,
      geometryWorkers: config.CATCHMENTS_GEOMETRY_WORKERS,
      geometryNiceness: config.CATCHMENTS_GEOMETRY_NICE,
      syncWaitMs: config.CATCHMENTS_SYNC_WAIT_MS,
      jobLimits: { maxActive: config.CATCHMENTS_JOBS_MAX_ACTIVE, retentionMs: config.CATCHMENTS_JOB_RETENTION_MINUTES * 60_000, maxResultBytes: config.CATCHMENTS_JOB_RESULTS_MB * 1e6 },
    });
    registerZoneIndexGauges(metrics, server.catalog);
    return server;
  },
);
