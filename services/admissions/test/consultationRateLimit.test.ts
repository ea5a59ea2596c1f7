import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import { CommentRateLimiter } from '../src/data/CommentRateLimiter';

/**
 * rate-limiter-flexible's Mongo store on the embedded FerretDB: the counts the consultation comments
 * rely on, shared by every replica because they live in the database.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('consultation_limits');
});
afterAll(() => database.drop());

const codeOf = (error: unknown) => (error as { code?: string }).code;

it('when the same text is sent more often than allowed, then the next is RATE_LIMITED with when to retry, and another text still passes', async () => {
  const limiter = new CommentRateLimiter(database.connection, { sameTextPerHour: 3, perConsultationPerHour: 100 });
  await limiter.ensureIndexes();
  for (let i = 0; i < 3; i++) await limiter.consume('370812/a', 'same');
  const refused = await limiter.consume('370812/a', 'same').catch((e: unknown) => e);
  expect(codeOf(refused)).toBe('RATE_LIMITED');
  expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBeGreaterThan(3500);
  expect((refused as Error).message).toContain('同一内容的意见 1 小时内最多提交 3 次');
  await expect(limiter.consume('370812/a', 'other')).resolves.toBeUndefined();
});

it('when a second limiter (another replica) counts on the same database, then it sees the first one’s points', async () => {
  const first = new CommentRateLimiter(database.connection, { sameTextPerHour: 100, perConsultationPerHour: 4 });
  await first.ensureIndexes();
  const second = new CommentRateLimiter(database.connection, { sameTextPerHour: 100, perConsultationPerHour: 4 });
  await first.consume('370812/b', 't1');
  await second.consume('370812/b', 't2');
  await first.consume('370812/b', 't3');
  await second.consume('370812/b', 't4');
  expect(codeOf(await first.consume('370812/b', 't5').catch((e: unknown) => e))).toBe('RATE_LIMITED');
  expect(codeOf(await second.consume('370812/b', 't6').catch((e: unknown) => e))).toBe('RATE_LIMITED');
});

it('when 40 comments arrive at once against a limit of 10, then exactly 10 pass and 30 are RATE_LIMITED', async () => {
  const limiter = new CommentRateLimiter(database.connection, { sameTextPerHour: 100, perConsultationPerHour: 10 });
  await limiter.ensureIndexes();
  const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => limiter.consume('370812/c', `t${i}`).then(() => 'ok', (e: unknown) => codeOf(e))));
  expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10);
  expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(30);
});

it('when two replicas take 20 comments each at once against a limit of 10, then 10 to 20 pass (the replicas race each other; measured)', async () => {
  const replicas = [1, 2].map(() => new CommentRateLimiter(database.connection, { sameTextPerHour: 100, perConsultationPerHour: 10 }));
  const outcomes = await Promise.all(replicas.flatMap((r, n) => Array.from({ length: 20 }, (_, i) => r.consume('370812/d', `r${n}t${i}`).then(() => 'ok', (e: unknown) => codeOf(e)))));
  const passed = outcomes.filter((o) => o === 'ok').length;
  console.log(`[consultationRateLimit] 2 replicas × 20 parallel against a limit of 10: ${passed} passed`);
  expect(outcomes.every((o) => o === 'ok' || o === 'RATE_LIMITED')).toBe(true);
  expect(passed).toBeGreaterThanOrEqual(10);
  expect(passed).toBeLessThanOrEqual(20);
});
