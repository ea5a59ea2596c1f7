import { PUBLIC } from '@zsgk/identity';
import { Observability, withObservability } from '@zsgk/observability';
import { listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import express from 'express';
import { mongo } from 'mongoose';
import { createGateway } from '../src/createGateway';
import { rateLimit } from '../src/limits/rateLimit';
import { ReplicaCounts, type CountDocument } from '../src/limits/ReplicaCounts';

/**
 * The gateway's rate limit with its counts shared by replicas: two gateways on the embedded
 * database give a client one allowance, and with the database unreachable each keeps limiting alone.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('gateway_rate');
});
afterAll(() => database.drop());

// 30 requests per 30-second window (from a client's first request); nothing behind the gateways is needed: /templates answers 404 for an unknown file.
const RATE = { perSecond: 1, burst: 30 };
const NOWHERE = { schools: 'http://127.0.0.1:1/graphql', catchments: 'http://127.0.0.1:1/graphql', admissions: 'http://127.0.0.1:1/graphql' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function twoGateways(rateStore: 'shared' | 'process') {
  const options = {
    subgraphUrls: NOWHERE, identitySecret: TEST_IDENTITY_SECRET, connection: database.connection, verifyToken: async () => PUBLIC,
    rate: RATE, rateStore, rateSyncIntervalMs: 100, trustProxy: 'loopback',
  };
  const gateways = [await createGateway(options), await createGateway(options)];
  const servers = await Promise.all(gateways.map((g) => listenOnFreePort(g.app)));
  return {
    /** Sends `count` requests from `client`, alternating between the gateways, 20 ms apart; the statuses. */
    async send(client: string, count: number): Promise<number[]> {
      const statuses: number[] = [];
      for (let i = 0; i < count; i++) {
        const response = await fetch(`${servers[i % 2]!.baseUrl}/templates/none.csv`, { headers: { 'x-forwarded-for': client } });
        statuses.push(response.status);
        await response.arrayBuffer();
        await sleep(20);
      }
      return statuses;
    },
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      await Promise.all(gateways.map((g) => g.stop()));
    },
  };
}

it('when one client sends 60 requests spread over two gateways sharing the store, then about one allowance passes (30, at most 6 over: what the other gateway admits between syncs), not two', async () => {
  const system = await twoGateways('shared');
  try {
    const statuses = await system.send('10.1.0.1', 60);
    const passed = statuses.filter((s) => s !== 429).length;
    console.log(`[rateLimitShared] shared store, 2 gateways, 60 requests against 30/window: ${passed} passed`);
    expect(passed).toBeGreaterThanOrEqual(30);
    expect(passed).toBeLessThanOrEqual(36);
    expect(statuses.slice(-10).every((s) => s === 429)).toBe(true);
    const other = await system.send('10.1.0.2', 2);
    expect(other.every((s) => s !== 429)).toBe(true);
  } finally {
    await system.close();
  }
}, 60_000);

it('when the gateways limit per process instead, then the same client gets both allowances (the comparison)', async () => {
  const system = await twoGateways('process');
  try {
    const passed = (await system.send('10.2.0.1', 60)).filter((s) => s !== 429).length;
    expect(passed).toBe(60);
  } finally {
    await system.close();
  }
}, 60_000);

it('when the store cannot be reached, then the gateway keeps serving with per-process limits, logs it once and rate_limit_shared_store_up reads 0', async () => {
  const unreachable = new mongo.MongoClient('mongodb://127.0.0.1:1/', { serverSelectionTimeoutMS: 200 });
  const limiter = rateLimit({ perSecond: 1, burst: 5, shared: { counts: new ReplicaCounts(() => unreachable.db('none').collection<CountDocument>('rate_limit_counts')), syncIntervalMs: 50 } });
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(limiter);
  app.get('/', (_req, res) => void res.send('ok'));
  const observability = new Observability({ service: 'gateway', level: 'silent' });
  const server = await listenOnFreePort(withObservability(app, observability, { trustIncomingId: false }));
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const get = () => fetch(server.baseUrl, { headers: { 'x-forwarded-for': '10.3.0.1' } }).then((r) => r.status);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await get());
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    await limiter.sync();
    await limiter.sync();
    expect(limiter.sharedStoreUp()).toBe(false);
    expect(warn.mock.calls.filter(([line]) => /shared rate-limit store did not answer/.test(String(line)))).toHaveLength(1);
    const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/rate_limit_shared_store_up\{[^}]*\} 0/);
    expect(metrics).toMatch(/rate_limit_refusals_total\{[^}]*\} 1/);
  } finally {
    warn.mockRestore();
    await limiter.close();
    await server.close();
    await unreachable.close();
  }
}, 30_000);
