import { rmSync } from 'node:fs';

export default async function jestGlobalTeardown(): Promise<void> {
  const database = globalThis.__zsgkTestDatabase;
  if (!database) return;
  globalThis.__zsgkTestDatabase = undefined;
  delete process.env.TEST_MONGODB_URI;
  await database.stop();
  rmSync(database.dataDir, { recursive: true, force: true });
}
