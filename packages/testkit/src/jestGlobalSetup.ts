import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@zsgk/db';

declare global {
  // eslint-disable-next-line no-var
  var __zsgkTestDatabase: EmbeddedDatabase | undefined;
}

/**
 * Jest global setup: starts one embedded FerretDB on a free loopback port with a fresh temporary
 * data directory, and publishes its URI to the test workers as TEST_MONGODB_URI. Set
 * TEST_MONGODB_URI yourself to run the tests against a real MongoDB instead.
 * Runs once however many projects include it.
 */
export default async function jestGlobalSetup(): Promise<void> {
  if (process.env.TEST_MONGODB_URI) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-test-db-'));
  const database = await startEmbeddedDatabase({ dataDir, log: (line) => process.stderr.write(`${line}\n`) });
  globalThis.__zsgkTestDatabase = database;
  process.env.TEST_MONGODB_URI = database.uri;
}
