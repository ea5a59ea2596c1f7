import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadHolidayCalendar } from '@zsgk/working-days';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
// A malformed calendar stops the start with the reason, rather than miscounting deadlines later.
const calendar = loadHolidayCalendar(config.HOLIDAY_CALENDAR_FILE);
runSubgraphProcess(
  {
    name: 'admissions',
    mongodbUri: config.MONGODB_URI,
    dbName: config.ADMISSIONS_DB,
    host: config.HOST,
    port: config.ADMISSIONS_PORT,
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
    peerUrls: [config.SCHOOLS_URL],
  },
  async (connection, { logger }) => {
    const server = await createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      bodyLimit: config.ADMISSIONS_BODY_LIMIT,
      schoolsUrl: config.SCHOOLS_URL,
      serviceTimeoutMs: config.SERVICE_TIMEOUT_MS,
      calendar,
      publicationWorkingDays: config.PUBLICATION_WORKING_DAYS,
      ledgerDb: config.LEDGER_DB,
      commentLimits: { sameTextPerHour: config.CONSULTATION_SAME_TEXT_PER_HOUR, perClientPerHour: config.CONSULTATION_COMMENTS_PER_CLIENT_PER_HOUR, perConsultationPerHour: config.CONSULTATION_COMMENTS_PER_HOUR },
      contactRetentionDays: config.CONSULTATION_CONTACT_RETENTION_DAYS,
      contactSweepIntervalMs: 3_600_000,
    });
    // What the startup repair finished, and what it could not (each needs a fresh change; see README).
    const { finished, failed } = server.repair;
    if (finished.length) logger.info({ finished }, `startup repair finished ${finished.length} publication(s)`);
    for (const f of failed) logger.error({ id: f.id, reason: f.reason }, 'startup repair could not publish; it needs a fresh change');
    return server;
  },
);
