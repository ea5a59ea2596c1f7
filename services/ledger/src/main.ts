import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
runSubgraphProcess(
  {
    name: 'ledger',
    mongodbUri: config.MONGODB_URI,
    dbName: config.LEDGER_DB,
    host: config.HOST,
    port: config.LEDGER_PORT,
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
  },
  (connection) =>
    createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      ledgerDb: config.LEDGER_DB,
      keyDir: config.LEDGER_KEY_DIR,
      maxPage: config.LEDGER_MAX_PAGE,
    }),
);
