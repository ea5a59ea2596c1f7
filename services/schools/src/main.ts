import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadHolidayCalendar } from '@zsgk/working-days';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
// A malformed calendar stops the start with the reason, rather than miscounting deadlines later.
const calendar = loadHolidayCalendar(config.HOLIDAY_CALENDAR_FILE);
runSubgraphProcess(
  {
    name: 'schools',
    mongodbUri: config.MONGODB_URI,
    dbName: config.SCHOOLS_DB,
    host: config.HOST,
    port: config.SCHOOLS_PORT,
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
  },
  (connection) =>
    createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      bodyLimit: config.SCHOOLS_BODY_LIMIT,
      catchmentsDb: config.CATCHMENTS_DB,
      catalogPollMs: config.SCHOOLS_CATALOG_POLL_MS,
      ledgerDb: config.LEDGER_DB,
      calendar,
      publicationWorkingDays: config.PUBLICATION_WORKING_DAYS,
    }),
);
