// `npm run bench -w @zsgk/observability`: what request ids, the access log line and the request
// metrics cost per request. A server process answers a small JSON body (a cached `locate` answer is
// about this size) bare and behind withObservability (log lines at info to stdout, which is
// /dev/null here, through the production destination); autocannon on loopback, the variants alternated to even
// out the machine's load. Prints req/s and the server's CPU time per request (user + system, read
// from the server process itself, so other processes' load matters little). Never a test.
import { spawn } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import express from 'express';
import { Observability } from './Observability';
import { withObservability } from './withObservability';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const BODY = { data: { locate: { nearBoundary: false, nearestEdgeMeters: 412.5, matches: [{ edgeDistanceMeters: 412.5, catchment: { id: 'c-370812-0001', name: '兖州区第一实验小学学区', allocationMethod: 'ADDRESS' } }] } } };

function serve(variant: string): void {
  const app = express().post('/graphql', express.json(), (_req, res) => void res.json(BODY));
  const observability = new Observability({ service: 'bench' });
  const served = variant === 'observed' ? withObservability(app, observability, { trustIncomingId: true }) : app;
  const server = served.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
  // The parent asks for the CPU time used so far, before and after the measured run.
  process.on('message', () => process.send!({ cpu: process.cpuUsage() }));
}

interface Run {
  rps: number;
  cpuMicrosPerRequest: number;
}

async function measure(variant: string): Promise<Run> {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', __filename, '--serve', variant], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const cpu = () => new Promise<NodeJS.CpuUsage>((resolve) => (child.once('message', (m) => resolve((m as { cpu: NodeJS.CpuUsage }).cpu)), child.send('cpu')));
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { port: number }).port)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const request = { method: 'POST' as const, headers: { 'content-type': 'application/json', 'x-request-id': 'bench-0123456789' }, body: JSON.stringify({ operationName: 'Locate', query: '{ x }' }) };
  try {
    await autocannon({ url, connections: CONNECTIONS, duration: 1, requests: [request] });
    const before = await cpu();
    const result = await autocannon({ url, connections: CONNECTIONS, amount: REQUESTS, requests: [request] });
    const after = await cpu();
    const micros = after.user - before.user + (after.system - before.system);
    return { rps: result.requests.average, cpuMicrosPerRequest: micros / result.requests.total };
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  console.log(`observeRequests: ${REQUESTS} requests per run, ${CONNECTIONS} connections, ${ROUNDS} rounds, loopback; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const runs: Record<string, Run[]> = { bare: [], observed: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of ['bare', 'observed']) runs[variant]!.push(await measure(variant));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const summary = (variant: string) => ({ rps: mean(runs[variant]!.map((r) => r.rps)), cpu: mean(runs[variant]!.map((r) => r.cpuMicrosPerRequest)) });
  const bare = summary('bare');
  const observed = summary('observed');
  for (const [label, s, variant] of [['bare express', bare, 'bare'], ['behind withObservability', observed, 'observed']] as const) {
    const each = runs[variant]!.map((r) => `${r.rps.toFixed(0)} req/s ${r.cpuMicrosPerRequest.toFixed(0)} µs`).join('; ');
    console.log(`${label.padEnd(26)} ${s.rps.toFixed(0).padStart(7)} req/s   ${s.cpu.toFixed(1).padStart(6)} µs CPU per request   (${each})`);
  }
  console.log(`observation adds ${(observed.cpu - bare.cpu).toFixed(1)} µs of server CPU per request (${((observed.cpu / bare.cpu - 1) * 100).toFixed(0)} % of a bare express request)`);
  console.log(`load average after: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
}

if (process.argv[2] === '--serve') serve(process.argv[3]!);
else main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
