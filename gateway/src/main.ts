import { connectMongo } from '@zsgk/db';
import { forwardRequestIdTo, monitorDatabase, Observability, routeConsoleToLogger, withCommandMonitoring } from '@zsgk/observability';
import { verifierByKey } from './accounts/verifierByKey';
import { createTokenVerifier } from './auth/createTokenVerifier';
import { loadOrCreateLocalKeys } from './auth/localKeys';
import { listOf, loadConfig } from './config';
import { createGateway } from './createGateway';
import { replicaOptionsFrom } from './replica';
import { observeGateway } from './observeGateway';

const config = loadConfig();
const observability = new Observability({ service: 'gateway', level: config.LOG_LEVEL, metricsToken: config.METRICS_TOKEN });
const { logger } = observability;
routeConsoleToLogger(logger);
// The audit's school lookups and the readiness checks carry the request id too.
forwardRequestIdTo([config.SCHOOLS_URL, config.CATCHMENTS_URL, config.ADMISSIONS_URL, config.LEDGER_URL]);
/** The embedded directory's issuer when it runs beside the bureau's identity provider (whose issuer GATEWAY_JWT_ISSUER then is). */
const LOCAL_BESIDE_PROVIDER_ISSUER = 'zsgk-local';

async function main(): Promise<void> {
  const connection = await connectMongo(withCommandMonitoring(config.MONGODB_URI), config.GATEWAY_DB);
  monitorDatabase(connection.getClient(), observability.metrics);
  const provider = config.GATEWAY_JWKS_URL;
  const accountsOn = config.GATEWAY_ACCOUNTS === 'on' || (config.GATEWAY_ACCOUNTS === 'auto' && (!provider || Boolean(config.OIDC_ISSUER)));
  const keys = !provider || accountsOn ? await loadOrCreateLocalKeys(config.GATEWAY_KEY_DIR) : undefined;
  const audience = config.GATEWAY_JWT_AUDIENCE;
  const localIssuer = provider ? LOCAL_BESIDE_PROVIDER_ISSUER : config.GATEWAY_JWT_ISSUER;
  const verifyLocal = keys && createTokenVerifier({ localPublicJwk: keys.publicJwk, issuer: localIssuer, audience });
  const verifyProvider = provider && createTokenVerifier({ jwksUrl: provider, issuer: config.GATEWAY_JWT_ISSUER, audience });
  const verifyToken = verifyLocal && verifyProvider ? verifierByKey(keys.kid, verifyLocal, verifyProvider) : (verifyProvider || verifyLocal)!;
  const production = config.NODE_ENV === 'production';
  const { app, stop } = await createGateway({
    subgraphUrls: { schools: config.SCHOOLS_URL, catchments: config.CATCHMENTS_URL, admissions: config.ADMISSIONS_URL, ledger: config.LEDGER_URL },
    identitySecret: config.IDENTITY_SECRET,
    connection,
    verifyToken,
    allowedOrigins: listOf(config.WEB_MAP_ORIGIN),
    consoleOrigins: listOf(config.CONSOLE_ORIGIN),
    accounts:
      accountsOn && keys
        ? {
            keys,
            issuer: localIssuer,
            audience,
            accessTtlSeconds: config.GATEWAY_ACCESS_TTL_SECONDS,
            refreshTtlSeconds: config.GATEWAY_REFRESH_TTL_SECONDS,
            secureCookies: config.GATEWAY_SECURE_COOKIES ? config.GATEWAY_SECURE_COOKIES === 'true' : production,
            oidc: config.OIDC_ISSUER
              ? {
                  issuer: config.OIDC_ISSUER,
                  clientId: config.OIDC_CLIENT_ID!,
                  clientSecret: config.OIDC_CLIENT_SECRET,
                  redirectUri: config.OIDC_REDIRECT_URI!,
                  returnUrl: config.OIDC_RETURN_URL,
                  scopes: config.OIDC_SCOPES,
                  claims: { role: config.OIDC_CLAIM_ROLE, district: config.OIDC_CLAIM_DISTRICT, school: config.OIDC_CLAIM_SCHOOL },
                  allowHttp: config.OIDC_ISSUER.startsWith('http:'),
                }
              : undefined,
          }
        : undefined,
    production,
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
    rateStore: config.GATEWAY_RATE_STORE,
    rateRedisUrl: config.GATEWAY_REDIS_URL,
    rateSyncIntervalMs: config.GATEWAY_RATE_SYNC_MS,
    trustProxy: config.GATEWAY_TRUST_PROXY,
    publicMaxAgeSeconds: config.GATEWAY_PUBLIC_MAX_AGE,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    fastPath: config.GATEWAY_FAST_PATH === 'on',
    // PUBLIC locate answered in process from a read replica of the catchments index (GATEWAY_CATCHMENTS_REPLICA).
    catchmentsReplica: replicaOptionsFrom(config, connection),
    importTimeoutMs: config.GATEWAY_IMPORT_TIMEOUT_MS,
  });
  const server = observeGateway(app, observability).listen(config.GATEWAY_PORT, config.HOST, () => {
    logger.info({ url: `http://${config.HOST}:${config.GATEWAY_PORT}/graphql`, accounts: accountsOn }, 'listening');
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
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
