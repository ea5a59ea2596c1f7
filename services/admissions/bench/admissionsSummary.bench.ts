// Benchmark (reported, never asserted): admissionsSummary for a city of 2,000 schools and a province of
// 50,000 schools, each with 3 years of published primary results. Starts its own embedded FerretDB on a
// temp dir, seeds it through the store (which keeps the figures read model), serves the subgraph
// in-process, and prints p50/p99 and the load average.
//   npm run bench -w services/admissions            (BENCH_RUNS=n to change the number of runs)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectMongo, startEmbeddedDatabase } from '@zsgk/db';
import { GraphqlClient, listenOnFreePort, TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { resultKey, type ResultFields } from '../src/admissions/Admission';
import { createAdmissionStores } from '../src/data/AdmissionModels';
import { createServer } from '../src/server';

const YEARS = [2024, 2025, 2026];
const CASES = [
  { label: 'city', districtCode: '370800', schools: 2_000 },
  { label: 'province', districtCode: '370000', schools: 50_000 },
];
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** The alternatives scan the results collection: seconds each on FerretDB, so fewer runs. */
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-admissions-'));
  const database = await startEmbeddedDatabase({ dataDir, log: () => undefined });
  const connection = await connectMongo(database.uri, 'bench_admissions');
  try {
    const stores = createAdmissionStores(connection);
    const server = await createServer({ connection, identitySecret: TEST_IDENTITY_SECRET });
    const listening = await listenOnFreePort(server.app);
    const client = new GraphqlClient(`${listening.baseUrl}/graphql`);
    for (const c of CASES) {
      const t = Date.now();
      await seed(stores, c.districtCode, c.schools);
      console.log(`[seed] ${c.label}: ${c.schools} schools × ${YEARS.length} years in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const bureau = { role: 'BUREAU', subject: 'bench', districtCode: c.districtCode } as const;
      const query = `{ admissionsSummary(districtCode: "${c.districtCode}", year: 2025, stage: PRIMARY, groupBy: FILL_BAND, asOf: "2025-12-31", first: 100) {
        totals { schools admitted fillRate } groups { key } oversubscribed { count } undersubscribed { count } schoolsWithoutSubmission { count } overdue { dueOn } } }`;
      const graphql = await time(RUNS, async () => {
        const res = await client.request(query, {}, bureau);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        if (res.data!.admissionsSummary.totals.schools !== c.schools) throw new Error('wrong total');
      });
      const filter = { districtCode: c.districtCode, year: 2025, stage: 'PRIMARY' };
      const figures = await time(RUNS, () => stores.results.figuresFor(filter));
      const roster = await time(RUNS, () => stores.resultFigures.schoolIds(c.districtCode, 'PRIMARY'));
      report(c.label, 'admissionsSummary via GraphQL (figures read model + node)', graphql);
      report(c.label, '  of which: read + decode the figures of the year', figures);
      report(c.label, '  of which: roster from 3 years of figures (no SCHOOLS_URL)', roster);
      const find = await time(SLOW_RUNS, () => stores.results.findInForceFields(filter, ['schoolId', 'round', 'plannedSeats', 'applicants', 'admitted', 'explanation']));
      report(c.label, 'alternative: find in-force results (projection) + node', find);
      const group = await time(SLOW_RUNS, () =>
        stores.results.aggregate([
          { $match: { ...filter, status: 'PUBLISHED' } },
          { $group: { _id: null, schools: { $sum: 1 }, plannedSeats: { $sum: '$plannedSeats' }, applicants: { $sum: '$applicants' }, admitted: { $sum: '$admitted' } } },
        ]),
      );
      report(c.label, 'alternative: totals only by $match/$group in the database', group);
    }
    await listening.close();
    await server.stop();
  } finally {
    console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    await connection.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Published results for `count` schools × YEARS, about a third over- and a third under-subscribed. */
async function seed(stores: ReturnType<typeof createAdmissionStores>, districtCode: string, count: number): Promise<void> {
  const base = Number(districtCode) * 10_000 + (districtCode === '370000' ? 0 : 5_000_000_000);
  for (const year of YEARS) {
    for (let start = 0; start < count; start += 5_000) {
      const changes = [];
      for (let i = start; i < Math.min(count, start + 5_000); i++) {
        const planned = 90 + (i % 7) * 45;
        const applicants = Math.round(planned * (0.6 + ((i * 37) % 90) / 100));
        const admitted = Math.min(planned, applicants);
        const fields: ResultFields = {
          districtCode, schoolId: String(base + i).padStart(10, '0').slice(-10), year, stage: 'PRIMARY', round: 1,
          plannedSeats: planned, applicants, admitted, cutoffScore: null,
          explanation: admitted === planned ? null : { reasonCode: 'UNDER_APPLIED', text: '报名人数少于计划' }, preferential: [], sampleData: true,
        };
        changes.push({ key: resultKey(fields), fields, correctionReason: null, previous: undefined });
      }
      // Straight into the versioned store and the read model: the bench times reads, not the publication log.
      await stores.results.insertVersions('ADMISSION_RESULT', changes, new Date(), 'bench', `bench-seed-${year}-${start}`);
      await stores.results.updateFigures(changes.map((c) => c.fields));
    }
  }
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return ms.sort((a, b) => a - b);
}

function report(label: string, what: string, ms: number[]): void {
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  console.log(`${label.padEnd(9)} ${what.padEnd(62)} p50 ${at(0.5).toFixed(0).padStart(6)} ms   p99 ${at(0.99).toFixed(0).padStart(6)} ms   (n=${ms.length})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
