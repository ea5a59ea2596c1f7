import path from 'node:path';
import { readConfigOrExit } from '@zsgk/config';
import { findRepoRoot } from '@zsgk/db';
import { observabilityEnv } from '@zsgk/observability';
import { z } from 'zod';

const url = z.string().url();
const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SCHOOLS_URL: url.default('http://127.0.0.1:4001/graphql'),
  CATCHMENTS_URL: url.default('http://127.0.0.1:4002/graphql'),
  ADMISSIONS_URL: url.default('http://127.0.0.1:4003/graphql'),
  /** The ledger subgraph (publication log); its plain GET routes are also served under /ledger. */
  LEDGER_URL: url.default('http://127.0.0.1:4004/graphql'),
  /** The gateway's own database (audit log). */
  MONGODB_URI: z.string().startsWith('mongodb'),
  GATEWAY_DB: z.string().default('zsgk_gateway'),
  /** Shared with the subgraphs: signs the caller's identity on every subgraph request. */
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** The bureau's identity provider's JWKS. Unset: the embedded issuer's key in GATEWAY_KEY_DIR. */
  GATEWAY_JWKS_URL: url.optional(),
  GATEWAY_KEY_DIR: z.string().default(path.join(findRepoRoot(), '.data', 'gateway-keys')),
  GATEWAY_JWT_ISSUER: z.string().default('zsgk-local'),
  GATEWAY_JWT_AUDIENCE: z.string().default('zsgk-gateway'),
  /** Comma-separated browser origins allowed to call the gateway (the web map). */
  WEB_MAP_ORIGIN: z.string().default('http://localhost:8080,http://127.0.0.1:8080'),
  /** Comma-separated origins of the staff console: allowed with credentials, and the only ones that may sign in. */
  CONSOLE_ORIGIN: z.string().default('http://localhost:8081,http://127.0.0.1:8081'),
  /**
   * The embedded account directory (/auth). `auto`: on unless GATEWAY_JWKS_URL names an identity
   * provider; `on`: also beside the provider (its tokens are then told apart by key id); `off`: never.
   */
  GATEWAY_ACCOUNTS: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Lifetime of an access token from /auth (seconds). */
  GATEWAY_ACCESS_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  /** How long a sign-in lasts with its refresh cookie (seconds; not extended by refreshing). */
  GATEWAY_REFRESH_TTL_SECONDS: z.coerce.number().int().min(300).max(30 * 86_400).default(43_200),
  /** `Secure` on the refresh cookie; unset: only in production (which must be served over HTTPS). */
  GATEWAY_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  /** Sign-in through the bureau's identity provider (OpenID Connect): its issuer URL. Unset: passwords only. */
  OIDC_ISSUER: url.optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Unset: a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** This gateway's callback as registered at the provider: https://<gateway>/auth/oidc/callback. */
  OIDC_REDIRECT_URI: url.optional(),
  /** Where the browser lands after signing in (the console); failures add ?signInError=<CODE>. */
  OIDC_RETURN_URL: url.default('http://localhost:8081/'),
  OIDC_SCOPES: z.string().default('openid profile'),
  /** ID-token claims carrying the role (BUREAU | SCHOOL), the district code and the school code. */
  OIDC_CLAIM_ROLE: z.string().default('zsgk_role'),
  OIDC_CLAIM_DISTRICT: z.string().default('zsgk_district'),
  OIDC_CLAIM_SCHOOL: z.string().default('zsgk_school'),
  /** Body limit of /graphql; bulk imports use /graphql/import with GATEWAY_IMPORT_BODY_LIMIT. */
  GATEWAY_BODY_LIMIT: z.string().default('1mb'),
  GATEWAY_IMPORT_BODY_LIMIT: z.string().default('60mb'),
  /** Operation limits (GraphQL Armor); tokens are counted while parsing, before anything else. */
  GATEWAY_MAX_TOKENS: positive(1000),
  GATEWAY_MAX_DEPTH: positive(12),
  GATEWAY_MAX_ALIASES: positive(30),
  GATEWAY_MAX_DIRECTIVES: positive(50),
  GATEWAY_MAX_COST: positive(50_000),
  GATEWAY_MAX_VARIABLES_DEPTH: positive(12),
  /** Lifetime of the identity signed onto each subgraph request; subgraphs accept at most 60 s. */
  GATEWAY_IDENTITY_TTL_SECONDS: z.coerce.number().int().min(1).max(60).default(15),
  /** Sustained requests per second per client address, and the burst allowed above it. */
  GATEWAY_RATE_PER_SECOND: positive(50),
  GATEWAY_RATE_BURST: positive(200),
  /** `shared`: the rate limit's counts are shared by every gateway replica through MONGODB_URI (collection rate_limit_counts); `redis`: in GATEWAY_REDIS_URL, exact; `process`: each process limits alone. */
  GATEWAY_RATE_STORE: z.enum(['shared', 'redis', 'process']).default('shared'),
  /** Redis for GATEWAY_RATE_STORE=redis (redis://host:port/db). */
  GATEWAY_REDIS_URL: z.string().startsWith('redis').optional(),
  /** How often a replica exchanges its rate-limit counts with the others (ms); the bound on a client's excess scales with it. */
  GATEWAY_RATE_SYNC_MS: z.coerce.number().int().min(50).max(1000).default(250),
  /** express `trust proxy` (e.g. "loopback" or a hop count) when behind a load balancer. */
  GATEWAY_TRUST_PROXY: z.string().default('false'),
  /** Seconds browsers and CDNs may cache anonymous reads of published data. 0 disables. */
  GATEWAY_PUBLIC_MAX_AGE: z.coerce.number().int().min(0).default(60),
  /** Abort a subgraph request after this long, so one slow service cannot hold every request. */
  SUBGRAPH_TIMEOUT_MS: positive(10_000),
  /** The same for bulk imports (/upload and /graphql/import, bureau only): a real register or zone file takes seconds to check and store. */
  GATEWAY_IMPORT_TIMEOUT_MS: positive(120_000),
  /** `on`: anonymous GET persisted queries planned as one fetch to one subgraph skip the gateway's own pipeline (src/fastPath); `off`: every request takes the full path. */
  GATEWAY_FAST_PATH: z.enum(['on', 'off']).default('on'),
  /**
   * `on`: the gateway answers PUBLIC `locate` (and GATEWAY_REPLICA_FIELDS) in process from its own read-only
   * copy of the published zones (src/replica), refreshed every CATCHMENTS_INDEX_POLL_MS; `off`: forwarded.
   */
  GATEWAY_CATCHMENTS_REPLICA: z.enum(['on', 'off']).default('on'),
  /** Root fields of the catchments subgraph the replica answers; add `geocode` only when the catchments service has no external geocoder. */
  GATEWAY_REPLICA_FIELDS: z.string().default('locate'),
  /** The catchments service's database, on the gateway's MONGODB_URI server (the same setting as the service's). */
  CATCHMENTS_DB: z.string().default('zsgk_catchments'),
  /** How often the replica checks the published version (the same setting as the catchments service's). */
  CATCHMENTS_INDEX_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** Must equal the catchments service's (the same setting), or `nearBoundary` answers differ. */
  CATCHMENTS_NEAR_BOUNDARY_METERS: z.coerce.number().min(0).max(1000).default(30),
  /** Gateway processes sharing the port (node:cluster, src/clusterMain.ts); 1 runs no cluster. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
}).extend(observabilityEnv.shape); // LOG_LEVEL, METRICS_TOKEN

/** Settings that only make sense together (the schema above stays a plain object, so scripts can pick from it). */
const checkedSchema = configSchema.superRefine((config, context) => {
  const problem = (path: string, message: string) => context.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
  if (config.GATEWAY_RATE_STORE === 'redis' && !config.GATEWAY_REDIS_URL) problem('GATEWAY_REDIS_URL', 'required with GATEWAY_RATE_STORE=redis');
  if (!config.OIDC_ISSUER) return;
  if (!config.OIDC_CLIENT_ID) problem('OIDC_CLIENT_ID', 'required with OIDC_ISSUER');
  if (!config.OIDC_REDIRECT_URI) problem('OIDC_REDIRECT_URI', 'required with OIDC_ISSUER (https://<gateway>/auth/oidc/callback)');
  if (config.GATEWAY_ACCOUNTS === 'off') problem('GATEWAY_ACCOUNTS', 'OpenID Connect sign-in needs the embedded sessions: set auto or on');
  if (config.NODE_ENV === 'production' && !config.OIDC_ISSUER.startsWith('https:')) problem('OIDC_ISSUER', 'must be https in production');
});

export type Config = z.infer<typeof configSchema>;

/** A comma-separated list setting as its items. */
export function listOf(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

export function loadConfig(): Config {
  return readConfigOrExit(checkedSchema, process.env);
}
