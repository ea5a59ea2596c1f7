import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { formatError } from '@zsgk/errors';
import { PUBLIC } from '@zsgk/identity';
import express, { type Express } from 'express';
import { SUPERGRAPH_FILE, type SubgraphName } from './composeSupergraph';
import { corsFor } from './corsFor';
import { checkSubgraphs } from './checkSubgraphs';
import { SignedDataSource, type GatewayContext } from './SignedDataSource';

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  identitySecret: string;
  allowedOrigins?: string[];
  production?: boolean;
  bodyLimit?: string;
  subgraphTimeoutMs?: number;
  supergraphSdl?: string;
}

/**
 * Builds (does not listen) the gateway: the committed supergraph, subgraph requests signed with the
 * caller's identity, /healthz, and /readyz naming any subgraph that is down.
 */
export async function createGateway(options: GatewayOptions): Promise<{ app: Express; stop(): Promise<void> }> {
  // Must be set before ApolloGateway is constructed: otherwise it starts an OpenTelemetry exporter
  // that reports to Apollo and probes cloud metadata addresses. The bureau's data stays home.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`No URL configured for subgraph "${name}"`);
      return new SignedDataSource(url, options.identitySecret, options.subgraphTimeoutMs ?? 10_000);
    },
  });
  const production = options.production ?? false;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // The process entry owns SIGTERM (drain, close the database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    const subgraphs = await checkSubgraphs(options.subgraphUrls);
    const ready = Object.values(subgraphs).every((s) => s === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', subgraphs });
  });
  app.use(
    '/graphql',
    corsFor(options.allowedOrigins ?? []),
    express.json({ limit: options.bodyLimit ?? '20mb' }),
    // Identity is PUBLIC until bearer tokens are verified here (gateway issue); subgraphs trust only
    // what this process signs, so nothing a client sends can raise its role.
    expressMiddleware(apollo, { context: async () => ({ identity: PUBLIC }) }),
  );
  return { app, stop: () => apollo.stop() };
}
