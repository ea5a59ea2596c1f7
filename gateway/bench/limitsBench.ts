// `npm run bench:limits -w gateway`: how fast the gateway refuses the queries that used to stall it,
// and how much another client's request is delayed meanwhile. Starts its own embedded database and
// processes (production mode, as `npm start` runs them) and stops them. Loopback only. Never a test.
import os from 'node:os';
import { HOSTILE_QUERIES, ORDINARY_QUERY } from './hostileQueries';
import { startBenchSystem } from './startBenchSystem';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);

async function main(): Promise<void> {
  const system = await startBenchSystem();
  const post = async (query: string) => {
    const started = performance.now();
    const res = await fetch(system.urls.gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string; details?: { limit?: string } } }[] };
    return { ms: performance.now() - started, status: res.status, limit: body.errors?.[0]?.extensions?.details?.limit, code: body.errors?.[0]?.extensions?.code };
  };
  try {
    console.log(`load average before: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
    console.log(`refusal time at the client (${REPEATS} sequential requests each, after 3 warm-up), loopback:`);
    for (const hostile of HOSTILE_QUERIES) {
      for (let i = 0; i < 3; i++) await post(hostile.query);
      const runs = [];
      for (let i = 0; i < REPEATS; i++) runs.push(await post(hostile.query));
      const wrong = runs.find((r) => r.status !== 400 || r.code !== 'QUERY_TOO_COMPLEX' || r.limit !== hostile.refusedBy);
      if (wrong) throw new Error(`${hostile.name}: expected 400 QUERY_TOO_COMPLEX by ${hostile.refusedBy}, got ${JSON.stringify(wrong)}`);
      const size = `${(JSON.stringify({ query: hostile.query }).length / 1000).toFixed(0)} KB`;
      const ms = summary(runs.map((r) => r.ms));
      console.log(`  ${hostile.name.padEnd(44)} ${size.padStart(7)}  by ${hostile.refusedBy.padEnd(13)} p50 ${ms.p50}  p99 ${ms.p99}  max ${ms.max} ms`);
    }

    // Another client's request sent at the same moment as each hostile one, against the same request alone.
    const alone: number[] = [];
    const meanwhile: number[] = [];
    for (let i = 0; i < 20; i++) await post(ORDINARY_QUERY); // warm-up
    for (let round = 0; round < REPEATS; round++) {
      for (const hostile of HOSTILE_QUERIES) {
        alone.push((await post(ORDINARY_QUERY)).ms);
        const [, ordinary] = await Promise.all([post(hostile.query), post(ORDINARY_QUERY)]);
        meanwhile.push(ordinary.ms);
      }
    }
    const a = summary(alone);
    const m = summary(meanwhile);
    console.log(`another client's ${ORDINARY_QUERY}, ${alone.length} times each:`);
    console.log(`  alone                                  p50 ${a.p50}  p99 ${a.p99}  max ${a.max} ms`);
    console.log(`  sent with a hostile query              p50 ${m.p50}  p99 ${m.p99}  max ${m.max} ms`);
    console.log(`  added                                  p50 ${diff(m.p50, a.p50)}  p99 ${diff(m.p99, a.p99)} ms`);
    console.log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await system.stop();
  }
}

function summary(values: number[]): { p50: string; p99: string; max: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5).toFixed(1), p99: at(0.99).toFixed(1), max: sorted[sorted.length - 1]!.toFixed(1) };
}

function diff(a: string, b: string): string {
  return (Number(a) - Number(b)).toFixed(1);
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
