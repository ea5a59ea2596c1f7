/**
 * What the rate limit costs a request, side by side in one run (`npm run bench:rate -w gateway`):
 * an express app answering "ok" behind each candidate, loaded with autocannon on loopback from 64
 * client addresses, limits high enough that nothing is refused (the admitted path is the hot one).
 * Candidates: no limiter; the hand-written token bucket this replaced; rate-limiter-flexible in
 * memory (per process); the same with counts shared through the embedded database (what the
 * gateway runs); RateLimiterMongo with an in-memory block and a RateLimiterMemory insurance (one
 * database round trip per request). Reported, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { connectMongo, startEmbeddedDatabase } from '@zsgk/db';
import express, { type RequestHandler } from 'express';
import type { Connection } from 'mongoose';
import { RateLimiterMemory, RateLimiterMongo } from 'rate-limiter-flexible';
import { rateLimit } from './rateLimit';
import { ReplicaCounts, type CountDocument } from './ReplicaCounts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const LIMIT = { perSecond: 1_000_000, burst: 1_000_000 };

/** The token bucket the gateway had before (a Map per process), kept here for the comparison. */
function handWrittenBucket(perSecond: number, burst: number): RequestHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (req, res, next) => {
    const key = req.ip ?? 'unknown';
    const now = Date.now();
    const bucket = buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    buckets.delete(key);
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return next();
    }
    res.status(429).end();
  };
}

function mongoPerRequest(db: Connection): RequestHandler {
  const insurance = new RateLimiterMemory({ points: LIMIT.burst, duration: 1 });
  const limiter = new RateLimiterMongo({
    storeClient: db.getClient(), dbName: db.name, tableName: 'bench_rate', points: LIMIT.burst, duration: 1, inMemoryBlockOnConsumed: LIMIT.burst, insuranceLimiter: insurance,
  });
  return (req, res, next) => void limiter.consume(req.ip ?? 'unknown').then(() => next(), () => res.status(429).end());
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rate-bench-'));
  const database = await startEmbeddedDatabase({ dataDir, log: () => undefined });
  const connection = await connectMongo(database.uri, 'rate_bench');
  const shared = rateLimit({ ...LIMIT, shared: { counts: new ReplicaCounts(() => connection.db!.collection<CountDocument>('rate_limit_counts')) } });
  const candidates: Record<string, RequestHandler | null> = {
    'no limiter': null,
    'hand-written token bucket (before)': handWrittenBucket(LIMIT.perSecond, LIMIT.burst),
    'rate-limiter-flexible, per process': rateLimit(LIMIT),
    'rate-limiter-flexible, shared counts (after)': shared,
    'RateLimiterMongo per request + insurance': mongoPerRequest(connection),
  };
  const results: Record<string, number[]> = {};
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, limiter] of Object.entries(candidates)) {
        const app = express();
        app.set('trust proxy', 'loopback');
        if (limiter) app.use(limiter);
        app.get('/', (_req, res) => void res.send('ok'));
        const server = app.listen(0, '127.0.0.1');
        await new Promise((resolve) => server.once('listening', resolve));
        const { port } = server.address() as { port: number };
        const requests = Array.from({ length: 64 }, (_, i) => ({ method: 'GET' as const, path: '/', headers: { 'x-forwarded-for': `10.9.0.${i}` } }));
        const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 32, duration: SECONDS, requests });
        (results[name] ??= []).push(Math.round(result.requests.average));
        if (result.non2xx || result.errors) console.log(`  ${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        await new Promise((resolve) => server.close(resolve));
      }
    }
    const base = Math.max(...(results['no limiter'] ?? [1]));
    console.log(`rate limit candidates, req/s (${ROUNDS} rounds of ${SECONDS} s, 32 connections, 64 addresses); best ÷ no limiter`);
    for (const [name, rps] of Object.entries(results)) console.log(`  ${name.padEnd(46)} ${rps.join(' / ').padStart(16)}   ${(Math.max(...rps) / base).toFixed(2)}`);
  } finally {
    await shared.close();
    await connection.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
