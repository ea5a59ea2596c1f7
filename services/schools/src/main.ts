import { connectMongo } from '@zsgk/db';
import { listen, stopOnSignal } from '@zsgk/subgraph-host';
import { loadConfig } from './config';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connectMongo(config.MONGODB_URI, config.SCHOOLS_DB);
  const { app, stop } = await createServer({
    connection,
    identitySecret: config.IDENTITY_SECRET,
    production: config.NODE_ENV === 'production',
    bodyLimit: config.SCHOOLS_BODY_LIMIT,
  });
  const server = await listen(app, config.SCHOOLS_PORT, config.HOST);
  console.log(`[schools] listening on http://${config.HOST}:${config.SCHOOLS_PORT}/graphql`);
  stopOnSignal(server, async () => {
    await stop();
    await connection.close();
  }, 'schools');
}

main().catch((error) => {
  console.error('[schools] failed to start:', error);
  process.exit(1);
});
