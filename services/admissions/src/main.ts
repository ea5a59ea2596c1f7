import { runSubgraphProcess } from '@zsgk/subgraph-host';
import { loadConfig } from './config';
import { createServer } from './server';

const config = loadConfig();
runSubgraphProcess(
  { name: 'admissions', mongodbUri: config.MONGODB_URI, dbName: config.ADMISSIONS_DB, host: config.HOST, port: config.ADMISSIONS_PORT },
  (connection) =>
    createServer({
      connection,
      identitySecret: config.IDENTITY_SECRET,
      production: config.NODE_ENV === 'production',
      bodyLimit: config.ADMISSIONS_BODY_LIMIT,
    }),
);
