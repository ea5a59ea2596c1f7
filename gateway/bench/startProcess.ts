import { spawn } from 'node:child_process';
import { findRepoRoot } from '@zsgk/db';

export interface Running {
  /** The process id (the cluster primary's when it forks workers). */
  pid?: number;
  stop(): Promise<void>;
}

/** Starts a workspace entry as `npm start` does (node --require tsx/cjs) and waits for its /readyz. */
export async function startProcess(name: string, entry: string, env: Record<string, string>, port: number): Promise<Running> {
  // BENCH_PROFILE=gateway writes a V8 CPU profile of that process into BENCH_PROFILE_DIR (or the cwd).
  const profile = process.env.BENCH_PROFILE === name ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR ?? '.'}`] : [];
  const child = spawn(process.execPath, [...profile, '--require', 'tsx/cjs', entry], {
    cwd: findRepoRoot(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A loaded machine (other test runs) can take over a minute to start a process; BENCH_START_TIMEOUT_S.
  const startSeconds = Number(process.env.BENCH_START_TIMEOUT_S ?? 180);
  const deadline = Date.now() + startSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL'); // the caller cannot stop what it was never handed
      throw new Error(`${name} not ready after ${startSeconds} s`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
