/**
 * Child process: how much memory `count` published zones take in a catchments replica. Loads the
 * cached bench zones, builds the PublishedCatalog (the real in-memory index), drops everything else,
 * collects garbage, and prints RSS and heap before and after as one JSON line.
 *
 * Usage: node --expose-gc --import tsx measureMemory.ts <count> <seed>
 */
import { makeBenchZones } from './makeBenchZones';
import { toCatchments } from './measureInProcess';
import { PublishedCatalog } from '../src/zones/PublishedCatalog';

async function main() {
  const [count, seed] = process.argv.slice(2).map(Number) as [number, number];
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const before = process.memoryUsage();
  let catchments = toCatchments(makeBenchZones(count, seed, () => undefined));
  const catalog = new PublishedCatalog(
    { publishedVersion: async () => 1, loadPublished: async () => ({ version: 1, catchments, districts: [] }) } as never,
    60_000,
  );
  await catalog.refresh(true);
  catchments = [];
  for (let i = 0; i < 3; i++) gc();
  const after = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  process.stdout.write(`${JSON.stringify({
    zones: catalog.current().index.size,
    rssBeforeMb: mb(before.rss),
    rssAfterMb: mb(after.rss),
    heapUsedBeforeMb: mb(before.heapUsed),
    heapUsedAfterMb: mb(after.heapUsed),
  })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
