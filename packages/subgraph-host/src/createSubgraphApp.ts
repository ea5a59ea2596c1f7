import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { formatError, jsonErrorHandler } from '@zsgk/errors';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from '@zsgk/identity';
import { currentRequest, graphqlObservationPlugin } from '@zsgk/observability';
import express, { type Express } from 'express';
import type { DocumentNode } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { replayGuardPlugin, withForwarded } from './replayGuardPlugin';
import { ReplayGuard } from './ReplayGuard';

export interface RequestContext {
  identity: Identity;
}

export interface SubgraphAppOptions<Ctx extends RequestContext> {
  /** Service name, shown in /healthz and logs. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Ctx>;
  /** Secret shared with the gateway; verifies the forwarded identity. */
  identitySecret: string;
  /** Resolves true when the service can answer (database reachable). Served at /readyz. */
  isReady: () => Promise<boolean>;
  /**
   * Builds the per-request context from the verified identity (loaders, repositories) and what else
   * the gateway signed: the client's address, for per-client limits (absent without a signed header).
   */
  buildContext: (identity: Identity, request: { clientAddress?: string }) => Ctx;
  /** Maximum JSON body; bureau imports go through the same route, so this is their limit too. */
  bodyLimit?: string;
  production?: boolean;
}

export interface SubgraphApp {
  app: Express;
  apollo: ApolloServer<Ctx0>;
  stop(): Promise<void>;
}
type Ctx0 = RequestContext;
const EMPTY_BODY = Buffer.alloc(0);

/** To the request's logger when served behind @zsgk/observability (runSubgraphProcess), else stderr. */
function warnIdentityRefused(service: string, problem: string): void {
  const logger = currentRequest()?.observability.logger;
  if (logger) logger.warn({ problem }, 'forwarded identity not accepted; treated as PUBLIC');
  else console.warn(`[${service}] forwarded identity not accepted (${problem}); treated as PUBLIC`);
}

/**
 * Builds (does not listen) the express app of one subgraph: POST /graphql, GET /healthz (process
 * alive), GET /readyz (database reachable). The caller is who the gateway's signed header says, if
 * it was signed for this exact request (see @zsgk/identity); a signed write is accepted once.
 * Usage and schema reporting are disabled explicitly: the bureau's data stays on its machines.
 * Served behind `withObservability` (runSubgraphProcess does it), each request's operation name and
 * error codes reach its log line and metrics.
 */
export async function createSubgraphApp<Ctx extends RequestContext>(
  options: SubgraphAppOptions<Ctx>,
): Promise<SubgraphApp> {
  const production = options.production ?? false;
  // The forwarded identity is bound to the body's exact bytes, so keep them as received.
  const rawBodies = new WeakMap<IncomingMessage, Buffer>();
  const apollo = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // The process entry owns SIGTERM (drain, close the database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      replayGuardPlugin(new ReplayGuard()),
      graphqlObservationPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable', service: options.name });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '20mb', verify: (req, _res, body) => void rawBodies.set(req, body) }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const forwarded = await verifyIdentity(req.header(IDENTITY_HEADER), options.identitySecret, {
          method: req.method,
          url: req.originalUrl,
          body: rawBodies.get(req) ?? EMPTY_BODY,
        });
        if (forwarded.problem) warnIdentityRefused(options.name, forwarded.problem);
        return withForwarded(options.buildContext(forwarded.identity, { clientAddress: forwarded.clientAddress }), forwarded);
      },
    }),
  );
  app.use(jsonErrorHandler);
  return { app, apollo: apollo as unknown as ApolloServer<Ctx0>, stop: () => apollo.stop() };
}
