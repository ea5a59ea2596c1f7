import { spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort, findRepoRoot } from '@zsgk/db';
import type { Running } from './startProcess';

/** Where `cargo install apollo-router --root /work/.cache/apollo-router` puts it (BENCH_ROUTER_BINARY overrides). */
export const ROUTER_BINARY = process.env.BENCH_ROUTER_BINARY ?? '/work/.cache/apollo-router/bin/router';

/**
 * Apollo Router 2.x (Rust; Elastic License 2.0) over the committed supergraph with the subgraph URLs
 * of this run (bench/router.yaml), telemetry off, waiting for its health check. Bench only: it
 * forwards no identity (PUBLIC reads need none; see the README for what it cannot do here).
 */
export async function startRouter(urls: Record<'schools' | 'catchments' | 'admissions' | 'ledger', string>, log: (line: string) => void): Promise<Running & { url: string }> {
  const [port, healthPort] = [await findFreePort(), await findFreePort()];
  const root = findRepoRoot();
  const child = spawn(ROUTER_BINARY, ['--supergraph', path.join(root, 'gateway', 'supergraph.graphql'), '--config', path.join(__dirname, 'router.yaml')], {
    env: {
      ...process.env,
      APOLLO_TELEMETRY_DISABLED: 'true',
      ROUTER_PORT: String(port),
      ROUTER_HEALTH_PORT: String(healthPort),
      SCHOOLS_URL: urls.schools,
      CATCHMENTS_URL: urls.catchments,
      ADMISSIONS_URL: urls.admissions,
      LEDGER_URL: urls.ledger,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`router exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${healthPort}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('router not healthy after 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`[bench:path] Apollo Router on 127.0.0.1:${port}`);
  return {
    pid: child.pid,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
