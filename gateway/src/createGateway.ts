import { readFileSync } from 'node:fs';
import bytes from 'bytes';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { formatError, jsonErrorHandler } from '@zsgk/errors';
import { graphqlObservationPlugin } from '@zsgk/observability';
import type { Identity } from '@zsgk/identity';
import express, { type Express, type RequestHandler } from 'express';
import { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { createAccountsRouter, type AccountsOptions } from './accounts';
import { auditPlugin } from './audit/auditPlugin';
import { auditRoute } from './audit/auditRoute';
import { findSchoolInRegister } from './audit/findSchoolInRegister';
import { schoolDistrictLookup } from './audit/schoolDistrictLookup';
import { authenticate, requireBureauRoute } from './auth/authenticate';
import { cachePolicyPlugin } from './cachePolicyPlugin';
import { checkSubgraphs } from './checkSubgraphs';
import { SUPERGRAPH_FILE, type SubgraphName } from './composeSupergraph';
import { corsFor } from './corsFor';
import { createSubgraphFetcher } from './createSubgraphFetcher';
import { AuditRepository } from './data/AuditRepository';
import { armorValidationRules } from './limits/armorValidationRules';
import { ledgerProxy } from './ledgerProxy';
import { annualReportRouter, executePublic } from './reports';
import { DEFAULT_LIMITS, type OperationLimits } from './limits/OperationLimits';
import { singleFetchFastPath, SingleFetchPlans } from './fastPath';
import { CatchmentsReplica, type CatchmentsReplicaOptions } from './replica';
import { rateLimit, type RateLimitOptions } from './limits/rateLimit';
import { ReplicaCounts, type CountDocument } from './limits/ReplicaCounts';
import { tokenLimit } from './limits/tokenLimit';
import { variablesDepthPlugin } from './limits/variablesDepthPlugin';
import { SignedDataSource, type GatewayContext } from './SignedDataSource';
import { createUploadRouter } from './uploads/createUploadRouter';

export interface GatewayOptions {
  /** The ledger may be left out (older setups, tests of other services): its fields then answer SERVICE_UNAVAILABLE. */
  subgraphUrls: Record<Exclude<SubgraphName, 'ledger'>, string> & { ledger?: string };
  identitySecret: string;
  /** The gateway's own database, for the audit log. */
  connection: Connection;
  /** Verifies the Authorization header; no header → PUBLIC (see createTokenVerifier). */
  verifyToken: (authorization: string | undefined) => Promise<Identity>;
  /** Browser origins allowed without credentials (the web map). */
  allowedOrigins?: string[];
  /** Browser origins allowed with credentials (the staff console): /auth, /upload, /templates, /graphql, /audit, /ledger. */
  consoleOrigins?: string[];
  /**
   * The embedded account directory (/auth: sign-in, refresh cookie, accounts of the bureau's district).
   * Left out: no /auth routes (tokens come from the bureau's identity provider).
   */
  accounts?: AccountsOptions;
  production?: boolean;
  bodyLimit?: string;
  importBodyLimit?: string;
  limits?: Partial<OperationLimits>;
  rate?: Omit<RateLimitOptions, 'shared'>;
  /**
   * `shared` (default): the rate limit's counts are shared with the other replicas through `connection`;
   * `redis`: kept in Redis at `rateRedisUrl` (exact); `process`: each process limits alone.
   */
  rateStore?: 'shared' | 'redis' | 'process';
  rateRedisUrl?: string;
  /** How often a replica exchanges its counts (ms, default 250). */
  rateSyncIntervalMs?: number;
  trustProxy?: string;
  publicMaxAgeSeconds?: number;
  subgraphTimeoutMs?: number;
  /** Subgraph timeout of bulk imports (/upload, /graphql/import); default 120 s. */
  importTimeoutMs?: number;
  /** Lifetime of the signed identity on each subgraph request (seconds). */
  identityTtlSeconds?: number;
  supergraphSdl?: string;
  /**
   * Anonymous queries (GET by persisted hash, or JSON POST with the text) whose plan is one fetch to
   * one subgraph skip the gateway's own GraphQL pipeline (src/fastPath). Default on; false keeps every
   * request on the full path.
   */
  fastPath?: boolean;
  /**
   * A read replica of the catchments subgraph's public read path in this process (src/replica): the
   * fast path answers its PUBLIC `locate` (and the other `fields`) here instead of forwarding them.
   * Left out: off. Needs the fast path. If it cannot load, the gateway starts without it (logged).
   */
  catchmentsReplica?: CatchmentsReplicaOptions;
}

/**
 * Builds (does not listen) the gateway: the committed supergraph; bearer tokens verified and the
 * identity forwarded signed for each subgraph request; limits on body size, tokens (before Apollo
 * parses), depth, aliases, directives, cost (GraphQL Armor) and rate; cacheable public reads; an
 * audit log of every mutation; /healthz and /readyz naming any subgraph that is down.
 */
export async function createGateway(
  options: GatewayOptions,
): Promise<{ app: Express; stop(): Promise<void>; fastPathServed(): number; replicaAnswered(): number; replica: CatchmentsReplica | null }> {
  // Must be set before ApolloGateway is constructed: otherwise it starts an OpenTelemetry exporter
  // that reports to Apollo and probes cloud metadata addresses. The bureau's data stays home.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const timeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const importTimeoutMs = options.importTimeoutMs ?? 120_000;
  const subgraphHttp = createSubgraphFetcher(timeoutMs);
  const singleFetchPlans = new SingleFetchPlans();
  const gateway = new ApolloGateway({
    // The gateway's own planner decides which persisted queries the fast path may answer.
    experimental_didResolveQueryPlan: options.fastPath === false ? undefined : singleFetchPlans.observe,
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) => {
      // An unconfigured ledger gets a loopback port nothing listens on: its fields answer SERVICE_UNAVAILABLE.
      const url = options.subgraphUrls[name as SubgraphName] ?? (name === 'ledger' ? 'http://127.0.0.1:1/graphql' : undefined);
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SignedDataSource(name, url, options.identitySecret, timeoutMs, subgraphHttp.fetcher, options.identityTtlSeconds);
    },
  });
  const audit = new AuditRepository(options.connection);
  const production = options.production ?? false;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: (formatted, error) => formatError(formatted, error),
    validationRules: armorValidationRules(limits),
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      variablesDepthPlugin(limits.maxVariablesDepth),
      cachePolicyPlugin(options.publicMaxAgeSeconds ?? 60),
      auditPlugin(audit, schoolDistrictLookup(options.subgraphUrls.schools)),
      graphqlObservationPlugin(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', parseTrustProxy(options.trustProxy ?? 'false'));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    const subgraphs = await checkSubgraphs(options.subgraphUrls);
    const ready = Object.values(subgraphs).every((s) => s === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs });
  });

  // A command waits for no reconnect: while Redis is away the limiter's in-memory insurance answers.
  const redis = options.rateStore === 'redis' ? new Redis(options.rateRedisUrl!, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }) : undefined;
  // Up to 3 s for Redis before serving, so the first requests are counted there rather than per process.
  if (redis) await readyWithin(redis, 3_000);
  const limiter = rateLimit({
    ...(options.rate ?? { perSecond: 50, burst: 200 }),
    shared: options.rateStore === 'process' ? undefined : { counts: new ReplicaCounts(() => options.connection.db!.collection<CountDocument>('rate_limit_counts')), syncIntervalMs: options.rateSyncIntervalMs },
    redis,
  });
  const cors = corsFor({ publicOrigins: options.allowedOrigins ?? [], consoleOrigins: options.consoleOrigins ?? [] });
  const auth = authenticate(options.verifyToken);
  const importBodyLimit = options.importBodyLimit ?? '60mb';
  const tokens = tokenLimit(limits.maxTokens);
  const replica = options.catchmentsReplica && options.fastPath !== false ? await openReplica(options.catchmentsReplica) : null;
  const fastPath = singleFetchFastPath({
    replica: replica ? { serviceName: 'catchments', answer: (source, name, variables) => replica.answer(source, name, variables) } : undefined,
    plans: singleFetchPlans,
    subgraphUrls: options.subgraphUrls,
    timeoutMs,
    publicMaxAgeSeconds: options.publicMaxAgeSeconds ?? 60,
    maxVariablesDepth: limits.maxVariablesDepth,
  });
  const fastGet: RequestHandler[] = options.fastPath === false ? [] : [fastPath.get];
  const fastPost: RequestHandler[] = options.fastPath === false ? [] : [fastPath.post];
  const graphql: RequestHandler = expressMiddleware(apollo, {
    context: async ({ req, res }) => ({ identity: res.locals.identity as Identity, clientAddress: req.ip }),
  });
  if (options.accounts) {
    const accounts = createAccountsRouter(options.connection, options.accounts, {
      audit: (entry) => audit.append(entry),
      findSchool: findSchoolInRegister(options.subgraphUrls.schools),
      authenticate: auth,
      consoleOrigins: options.consoleOrigins ?? [],
      production,
    });
    app.use('/auth', cors, limiter, accounts);
  }
  const uploads = createUploadRouter({
    // Through Apollo as the caller: validation rules, the audit plugin and the signed identity all apply.
    execute: async ({ query, variables }, req, res) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: { identity: res.locals.identity as Identity, clientAddress: req.ip, subgraphTimeoutMs: importTimeoutMs } });
      const body = response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'Incremental delivery is not supported here.' }] };
      return { status: response.http.status ?? 200, body: { data: body.data, errors: body.errors } };
    },
    fileLimitBytes: bytes.parse(importBodyLimit) ?? 60 * 1024 * 1024,
  });
  app.use('/upload', cors, limiter, auth, requireBureauRoute, uploads.upload);
  app.use('/templates', cors, limiter, uploads.templates);
  app.use('/audit', cors);
  app.get('/audit', limiter, auth, auditRoute(audit));
  app.use('/ledger', cors, limiter, ledgerProxy(options.subgraphUrls.ledger, timeoutMs));
  app.use('/reports', limiter, annualReportRouter({ execute: executePublic(apollo), maxAgeSeconds: options.publicMaxAgeSeconds }));
  // Bulk imports: a larger body, but only for bureau users, checked before the body is read.
  const importGraphql: RequestHandler = expressMiddleware(apollo, {
    context: async ({ req, res }) => ({ identity: res.locals.identity as Identity, clientAddress: req.ip, subgraphTimeoutMs: importTimeoutMs }),
  });
  app.use('/graphql/import', cors, limiter, auth, requireBureauRoute, express.json({ limit: importBodyLimit }), tokens, importGraphql);
  app.use('/graphql', cors, limiter, auth, ...fastGet, express.json({ limit: options.bodyLimit ?? '1mb' }), tokens, ...fastPost, graphql);
  app.use(jsonErrorHandler);
  return {
    app,
    stop: async () => {
      replica?.stop();
      await apollo.stop();
      await limiter.close();
      redis?.disconnect();
      await subgraphHttp.close();
      await fastPath.close();
    },
    fastPathServed: () => fastPath.served(),
    replicaAnswered: () => fastPath.answeredInProcess(),
    replica,
  };
}

/** The catchments read replica, or null (logged) when its database cannot be read: every query is then forwarded. */
async function openReplica(options: CatchmentsReplicaOptions): Promise<CatchmentsReplica | null> {
  try {
    return await CatchmentsReplica.open(options);
  } catch (error) {
    console.warn('[gateway] the catchments read replica could not load; locate is forwarded to the subgraph', error);
    return null;
  }
}

/** Resolves when Redis is ready or after `ms`, whichever is first (then the insurance limiter counts). */
function readyWithin(redis: Redis, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
