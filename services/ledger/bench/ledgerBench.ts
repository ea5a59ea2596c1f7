/**
 * Measures the publication log on its own embedded FerretDB (a temporary directory, removed after):
 * append rate, bytes stored per 1,000 publications (BSON size of the log's documents: entries and
 * their idempotency claims), and the verifier's run time over logs of 1,000 and 10,000 entries
 * (head signature, every leaf, root, consistency with the previous run's head). The verifier talks
 * to the ledger directly here, so no service content is re-hashed; the README gives the run over the
 * demo district through the gateway as well. Prints; asserts nothing.
 * Run: `npm run bench -w services/ledger`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectMongo, startEmbeddedDatabase } from '@zsgk/db';
import { contentHash, LOG_CLAIMS, LOG_ENTRIES, LOG_LINKS, verifyPublicationLog, type PublicationEventInput } from '@zsgk/publication';
import { listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { BSON } from 'mongoose/node_modules/mongodb';
import { createServer } from '../src/server';

const SIZES = (process.env.BENCH_LOG_SIZES ?? '1000,10000').split(',').map(Number);
const DISTRICT = '370812';

function event(i: number): PublicationEventInput {
  const schoolId = `21370${String(10000 + i).padStart(5, '0')}`;
  return {
    districtCode: DISTRICT, kind: 'ADMISSION_RESULT', recordId: `ADMISSION_RESULT:${schoolId}:2025:PRIMARY:1@v1`, version: 1,
    event: 'PUBLISHED', content: { schoolId, year: 2025, stage: 'PRIMARY', plannedSeats: 180, admitted: 176, i }, at: new Date(Date.UTC(2025, 6, 1) + i * 1000),
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
  const database = await startEmbeddedDatabase({ dataDir });
  console.log(`loadavg ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  try {
    for (const size of SIZES) await run(database.uri, size, dataDir);
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(uri: string, size: number, dataDir: string): Promise<void> {
  const dbName = `ledger_bench_${size}`;
  const connection = await connectMongo(uri, dbName);
  const server = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET, ledgerDb: dbName, keyDir: path.join(dataDir, `keys-${size}`) });
  const listening = await listenOnFreePort(server.app);
  try {
    const events = Array.from({ length: size }, (_, i) => event(i));
    events.forEach((e) => contentHash(e.content));
    let t = performance.now();
    for (let i = 0; i < size; i += 100) await server.ledger.log.append(events.slice(i, i + 100));
    const appendMs = performance.now() - t;
    const bytes = await bsonBytes(connection, dbName);
    console.log(`log of ${size}: appended in ${(appendMs / 1000).toFixed(1)} s (${Math.round(size / (appendMs / 1000))} events/s, one appender)`);
    const total = bytes.entries + bytes.claims + bytes.links;
    console.log(`  stored: entries ${kb(bytes.entries)}, claims ${kb(bytes.claims)}, links ${kb(bytes.links)} → ${kb((total * 1000) / size)} per 1,000 publications (BSON, before storage-engine compression; indexes not counted)`);
    const stateDir = path.join(dataDir, `verify-${size}`);
    for (const pass of ['first run', 'second run (consistency with the saved head)']) {
      t = performance.now();
      const report = await verifyPublicationLog({ gatewayUrl: listening.baseUrl, districtCode: DISTRICT, stateDir, publicKeyPem: server.keys.keyFor(DISTRICT).publicKeyPem });
      console.log(`  verify, ${pass}: ${Math.round(performance.now() - t)} ms, ${report.ok ? 'ok' : `FAILED ${JSON.stringify(report.districts[0]?.problems)}`}`);
    }
  } finally {
    await listening.close();
    await server.stop();
    await connection.dropDatabase();
    await connection.close();
  }
}

async function bsonBytes(connection: Awaited<ReturnType<typeof connectMongo>>, dbName: string): Promise<{ entries: number; claims: number; links: number }> {
  const db = connection.useDb(dbName);
  const sum = async (name: string) =>
    (await db.collection(name).find({}).toArray()).reduce((total, doc) => total + BSON.calculateObjectSize(doc), 0);
  return { entries: await sum(LOG_ENTRIES), claims: await sum(LOG_CLAIMS), links: await sum(LOG_LINKS) };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

void main();
