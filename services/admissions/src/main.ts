import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadHolidayCalendar } from './calendar/loadHolidayCalendar';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
// A malformed calendar stops the start with the reason, rather than miscounting deadlines later.
const calendar = loadHolidayCalendar(config.HOLIDAY_CALENDAR_FILE);
runSubgraphProcess(
  { name: 'admissions', mongodbUri: config.MONGODB_URI, dbName: config.ADMISSIONS_DB, host: config.HOST, port: config.ADMISSIONS_PORT },
  (connection) =>
    createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      bodyLimit: config.ADMISSIONS_BODY_LIMIT,
      schoolsUrl: config.SCHOOLS_URL,
      calendar,
      ledgerDb: config.LEDGER_DB,
    }),
);
