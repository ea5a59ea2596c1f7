import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadRunConfig } from './loadRun';

export interface LoadResult {
  perSecond: number;
  total: number;
  p50: number;
  p90: number;
  p99: number;
  meanLatency: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
}

/** Runs loadRun.ts in a child process and returns its result; the child is killed if it overruns. */
export function runLoad(config: LoadRunConfig): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-load-'));
  const file = path.join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return new Promise<LoadResult>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'loadRun.ts'), file],
      { timeout: (config.durationSeconds + 60) * 1000, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        if (error) return reject(new Error(`load run failed: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult);
      },
    );
  });
}
