/**
 * Child process: one bounded autocannon run against a loopback URL, bodies taken in turn from a
 * list. Prints one JSON line with req/s, latency percentiles and error counts, then exits. Run in
 * its own process so the load tool does not share the event loop of the servers it measures.
 *
 * Usage: node --import tsx loadRun.ts <config.json>
 */
import { readFileSync } from 'node:fs';

// autocannon ships no types; only the fields used here are declared.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

export interface LoadRunConfig {
  url: string;
  bodies: string[];
  connections: number;
  durationSeconds: number;
}

async function main() {
  const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadRunConfig;
  const { hostname } = new URL(config.url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`load runs stay on loopback; refusing ${config.url}`);
  let next = 0;
  const result = await autocannon({
    url: config.url,
    connections: config.connections,
    duration: config.durationSeconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ method: 'POST', setupRequest: (request: Record<string, unknown>) => ({ ...request, body: config.bodies[next++ % config.bodies.length] }) }],
  });
  process.stdout.write(`${JSON.stringify({
    perSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    meanLatency: result.latency.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds: result.duration,
  })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
