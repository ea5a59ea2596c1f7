import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findFreePort } from '@zsgk/db';
import { PUBLIC } from '@zsgk/identity';
import { listenOnFreePort, openTestDatabase, TEST_IDENTITY_SECRET, type TestDatabase } from '@zsgk/testkit';
import { createGateway } from '../src/createGateway';

/**
 * GATEWAY_RATE_STORE=redis: two gateways counting in one Redis give a client exactly one allowance;
 * with Redis gone they keep serving with per-process limits. Needs `redis-server` (Debian package
 * redis-server); the test fails, naming it, when it is not installed.
 */
const REDIS = '/usr/bin/redis-server';
let database: TestDatabase;
let redis: ChildProcess;
let port: number;

beforeAll(async () => {
  if (!existsSync(REDIS)) throw new Error(`${REDIS} is not installed (apt-get install redis-server): GATEWAY_RATE_STORE=redis is tested against a real Redis`);
  database = await openTestDatabase('gateway_rate_redis');
  port = await findFreePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}`).then(() => true, (e: { cause?: { code?: string } }) => e.cause?.code !== 'ECONNREFUSED');
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => {
  redis?.kill();
  await database?.drop();
});

it('when one client sends 60 requests spread over two gateways counting in Redis against 30, then exactly 30 pass; with Redis gone, each gateway still limits alone', async () => {
  const options = {
    subgraphUrls: { schools: 'http://127.0.0.1:1/graphql', catchments: 'http://127.0.0.1:1/graphql', admissions: 'http://127.0.0.1:1/graphql' },
    identitySecret: TEST_IDENTITY_SECRET, connection: database.connection, verifyToken: async () => PUBLIC,
    rate: { perSecond: 1, burst: 30 }, rateStore: 'redis' as const, rateRedisUrl: `redis://127.0.0.1:${port}`, trustProxy: 'loopback',
  };
  const gateways = [await createGateway(options), await createGateway(options)];
  const servers = await Promise.all(gateways.map((g) => listenOnFreePort(g.app)));
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const send = async (client: string, count: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${servers[i % 2]!.baseUrl}/templates/none.csv`, { headers: { 'x-forwarded-for': client } });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    return statuses;
  };
  try {
    const statuses = await send('10.4.0.1', 60);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(30);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);

    redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const alone = await send('10.4.0.2', 70); // 35 to each gateway: 30 pass at each
    expect(alone.filter((s) => s !== 429)).toHaveLength(60);
    expect(warn.mock.calls.some(([line]) => /Redis did not answer/.test(String(line)))).toBe(true);
  } finally {
    warn.mockRestore();
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(gateways.map((g) => g.stop()));
  }
}, 60_000);
