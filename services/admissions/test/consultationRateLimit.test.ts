import { openTestDatabase, type TestDatabase } from '@zsgk/testkit';
import { CommentRateLimiter, type CommentLimits } from '../src/data/CommentRateLimiter';

/**
 * The consultation comments' limits on the embedded FerretDB: one slot document per point, won by a
 * unique `_id` insert, so every replica counts against the same limit and racing ones cannot overrun it.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('consultation_limits');
});
afterAll(() => database.drop());

const codeOf = (error: unknown) => (error as { code?: string }).code;
const limiter = (limits: Partial<CommentLimits>) => new CommentRateLimiter(database.connection, { sameTextPerHour: 100, perClientPerHour: 100, perConsultationPerHour: 100, ...limits });
const outcome = (attempt: Promise<void>) => attempt.then(() => 'ok', (e: unknown) => codeOf(e) ?? String(e));

it('when the same text is sent more often than allowed, then the next is RATE_LIMITED with when to retry, and another text still passes', async () => {
  const one = limiter({ sameTextPerHour: 3 });
  await one.ensureIndexes();
  for (let i = 0; i < 3; i++) await one.consume('370812/a', 'same', '10.0.0.1');
  const refused = await one.consume('370812/a', 'same', '10.0.0.1').catch((e: unknown) => e);
  expect(codeOf(refused)).toBe('RATE_LIMITED');
  const retry = (refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(3600);
  expect((refused as Error).message).toContain('同一内容的意见 1 小时内最多提交 3 次');
  await expect(one.consume('370812/a', 'other', '10.0.0.1')).resolves.toBeUndefined();
});

it('when 40 comments from one client address arrive at once through two replicas against a limit of 10 per client, then exactly 10 pass and another address still may comment', async () => {
  const replicas = [limiter({ perClientPerHour: 10 }), limiter({ perClientPerHour: 10 })];
  const outcomes = await Promise.all(replicas.flatMap((r, n) => Array.from({ length: 20 }, (_, i) => outcome(r.consume('370812/c', `r${n}t${i}`, '203.0.113.9')))));
  expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10);
  expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(30);
  await expect(replicas[1]!.consume('370812/c', 'another', '203.0.113.10')).resolves.toBeUndefined();
  const refused = await replicas[0]!.consume('370812/c', 'late', '203.0.113.9').catch((e: unknown) => e);
  expect((refused as Error).message).toContain('同一网络地址 1 小时内最多提交 10 条意见');
}, 60_000);

it('when 40 comments from many addresses arrive at once through two replicas against a limit of 10 per consultation, then exactly 10 pass', async () => {
  const replicas = [limiter({ perConsultationPerHour: 10 }), limiter({ perConsultationPerHour: 10 })];
  const outcomes = await Promise.all(replicas.flatMap((r, n) => Array.from({ length: 20 }, (_, i) => outcome(r.consume('370812/d', `r${n}t${i}`, `198.51.100.${n * 20 + i}`)))));
  expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10);
  expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(30);
}, 60_000);

it('when a comment is refused by the consultation limit, then the point its address took is given back', async () => {
  const one = limiter({ perClientPerHour: 1, perConsultationPerHour: 1 });
  await one.consume('370812/e', 't1', '10.0.0.5');
  expect(codeOf(await one.consume('370812/e', 't2', '10.0.0.6').catch((e: unknown) => e))).toBe('RATE_LIMITED');
  // With room on the consultation, 10.0.0.6 may still comment: its one point was returned.
  const roomier = limiter({ perClientPerHour: 1, perConsultationPerHour: 100 });
  await expect(roomier.consume('370812/e', 't3', '10.0.0.6')).resolves.toBeUndefined();
  expect(codeOf(await roomier.consume('370812/e', 't4', '10.0.0.6').catch((e: unknown) => e))).toBe('RATE_LIMITED');
});
