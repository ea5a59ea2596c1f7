import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPublicationLog, type PublicationEventInput } from '@zsgk/publication';
import { GraphqlClient, listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { createServer } from '../src/server';

/** The ledger on a fresh database and key directory, listening on a free port, with a log to append to. */
export async function startLedger() {
  const db = await openTestDatabase('ledger');
  const keyDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-keys-'));
  const server = await createServer({ connection: db.connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: db.name, keyDir, maxPage: 50 });
  const listening = await listenOnFreePort(server.app);
  const log = openPublicationLog(db.connection, db.name);
  return {
    db,
    keyDir,
    server,
    baseUrl: listening.baseUrl,
    client: new GraphqlClient(`${listening.baseUrl}/graphql`),
    log,
    async publish(districtCode: string, count: number, prefix = 'SCHOOL'): Promise<void> {
      const events: PublicationEventInput[] = Array.from({ length: count }, (_, i) => ({
        districtCode, kind: prefix, recordId: `${prefix}:${districtCode}${String(i).padStart(4, '0')}@v1`, version: 1,
        event: 'PUBLISHED', content: { name: `学校 ${i}`, seats: 40 + i }, at: new Date(Date.UTC(2025, 4, 1, 8, 0, i)),
      }));
      await log.append(events);
    },
    async stop() {
      await listening.close();
      await server.stop();
      await db.drop();
    },
  };
}
