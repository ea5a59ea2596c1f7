import { connectMongo } from '@zsgk/db';
import { createTokenVerifier } from './auth/createTokenVerifier';
import { loadOrCreateLocalKeys } from './auth/localKeys';
import { loadConfig } from './config';
import { createGateway } from './createGateway';

const config = loadConfig();

async function main(): Promise<void> {
  const connection = await connectMongo(config.MONGODB_URI, config.GATEWAY_DB);
  const verifyToken = createTokenVerifier({
    jwksUrl: config.GATEWAY_JWKS_URL,
    localPublicJwk: config.GATEWAY_JWKS_URL ? undefined : (await loadOrCreateLocalKeys(config.GATEWAY_KEY_DIR)).publicJwk,
    issuer: config.GATEWAY_JWT_ISSUER,
    audience: config.GATEWAY_JWT_AUDIENCE,
  });
  const { app, stop } = await createGateway({
    subgraphUrls: { schools: config.SCHOOLS_URL, catchments: config.CATCHMENTS_URL, admissions: config.ADMISSIONS_URL, ledger: config.LEDGER_URL },
    identitySecret: config.IDENTITY_SECRET,
    connection,
    verifyToken,
    allowedOrigins: config.WEB_MAP_ORIGIN.split(',').map((o) => o.trim()).filter(Boolean),
    production: config.NODE_ENV === 'production',
    bodyLimit: config.GATEWAY_BODY_LIMIT,
    importBodyLimit: config.GATEWAY_IMPORT_BODY_LIMIT,
    limits: {
      maxTokens: config.GATEWAY_MAX_TOKENS,
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxDirectives: config.GATEWAY_MAX_DIRECTIVES,
      maxCost: config.GATEWAY_MAX_COST,
      maxVariablesDepth: config.GATEWAY_MAX_VARIABLES_DEPTH,
    },
    identityTtlSeconds: config.GATEWAY_IDENTITY_TTL_SECONDS,
    rate: { perSecond: config.GATEWAY_RATE_PER_SECOND, burst: config.GATEWAY_RATE_BURST },
    trustProxy: config.GATEWAY_TRUST_PROXY,
    publicMaxAgeSeconds: config.GATEWAY_PUBLIC_MAX_AGE,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  });
  const server = app.listen(config.GATEWAY_PORT, config.HOST, () => {
    console.log(`[gateway] listening on http://${config.HOST}:${config.GATEWAY_PORT}/graphql`);
  });
  const shutdown = () => {
    server.close();
    server.closeIdleConnections();
    void stop()
      .then(() => connection.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error) => {
  console.error('[gateway] failed to start:', error);
  process.exit(1);
});
