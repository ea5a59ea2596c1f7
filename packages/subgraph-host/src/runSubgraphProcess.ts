import { connectMongo } from '@zsgk/db';
import type { Connection } from 'mongoose';
import type { SubgraphApp } from './createSubgraphApp';
import { listen, stopOnSignal } from './serveUntilSignal';

export interface ProcessSettings {
  name: string;
  mongodbUri: string;
  dbName: string;
  host: string;
  port: number;
}

/**
 * The body of every subgraph's `main.ts`: connect to the service's own database, build the app,
 * listen, and shut down cleanly on SIGTERM. A start-up failure exits 1 with the reason.
 */
export function runSubgraphProcess(settings: ProcessSettings, create: (connection: Connection) => Promise<SubgraphApp>): void {
  const start = async () => {
    const connection = await connectMongo(settings.mongodbUri, settings.dbName);
    const { app, stop } = await create(connection);
    const server = await listen(app, settings.port, settings.host);
    console.log(`[${settings.name}] listening on http://${settings.host}:${settings.port}/graphql`);
    stopOnSignal(server, async () => {
      await stop();
      await connection.close();
    }, settings.name);
  };
  start().catch((error) => {
    console.error(`[${settings.name}] failed to start:`, error);
    process.exit(1);
  });
}
