import { loadConfig } from './config';
import { createGateway } from './createGateway';

const config = loadConfig();

async function main(): Promise<void> {
  const { app, stop } = await createGateway({
    subgraphUrls: { schools: config.SCHOOLS_URL, catchments: config.CATCHMENTS_URL, admissions: config.ADMISSIONS_URL },
    identitySecret: config.IDENTITY_SECRET,
    allowedOrigins: config.WEB_MAP_ORIGIN.split(',').map((o) => o.trim()).filter(Boolean),
    production: config.NODE_ENV === 'production',
    bodyLimit: config.GATEWAY_BODY_LIMIT,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  });
  const server = app.listen(config.GATEWAY_PORT, config.HOST, () => {
    console.log(`[gateway] listening on http://${config.HOST}:${config.GATEWAY_PORT}/graphql`);
  });
  const shutdown = () => {
    server.close();
    server.closeIdleConnections();
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error) => {
  console.error('[gateway] failed to start:', error);
  process.exit(1);
});
