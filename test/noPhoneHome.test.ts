import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@zsgk/db';
import { TEST_IDENTITY_SECRET } from '@zsgk/testkit';
import { startSystem } from './support/startSystem';

const GUARD = path.join(__dirname, 'support', 'networkGuard.cjs');
const REPO = path.join(__dirname, '..');

/** Runs `args` under node with the network guard; returns what the guard recorded. */
async function runGuarded(args: string[], env: Record<string, string>, whileRunning: () => Promise<void>) {
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'guard-')), 'network.log');
  writeFileSync(log, '');
  const { APOLLO_TELEMETRY_DISABLED: _dropped, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--require', GUARD, '--import', 'tsx', ...args], {
    cwd: REPO,
    env: { ...inherited, ...env, NETWORK_GUARD_LOG: log },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  try {
    await whileRunning();
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
  return { recorded: readFileSync(log, 'utf8').trim(), output };
}

async function waitFor(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not up after ${timeoutMs} ms`);
}

describe('nothing phones home', () => {
  it('when a process calls a non-loopback host, then the guard records it (the guard itself works)', async () => {
    const { recorded } = await runGuarded(['-e', "fetch('http://telemetry.example.com/').catch(() => {})"], {}, () =>
      new Promise((r) => setTimeout(r, 1500)),
    );
    expect(recorded).toContain('dns telemetry.example.com');
  });

  it('when the gateway starts and answers queries with APOLLO_TELEMETRY_DISABLED unset in its environment, then it contacts nothing but loopback', async () => {
    const system = await startSystem();
    const port = await findFreePort();
    try {
      const { recorded, output } = await runGuarded(
        ['gateway/src/main.ts'],
        {
          IDENTITY_SECRET: TEST_IDENTITY_SECRET,
          MONGODB_URI: process.env.TEST_MONGODB_URI!,
          GATEWAY_DB: `t_gateway_guard_${port}`,
          GATEWAY_KEY_DIR: mkdtempSync(path.join(os.tmpdir(), 'gateway-keys-')),
          GATEWAY_PORT: String(port),
          SCHOOLS_URL: system.urls.schools,
          CATCHMENTS_URL: system.urls.catchments,
          ADMISSIONS_URL: system.urls.admissions,
        },
        async () => {
          await waitFor(`http://127.0.0.1:${port}/healthz`);
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ schools(first: 1) { totalCount } locate(lng: 116.8, lat: 35.55) { matches { catchment { id } } } }' }),
          });
          expect(response.status).toBe(200);
          // Give a would-be exporter or metadata probe time to fire.
          await new Promise((r) => setTimeout(r, 2000));
        },
      );
      expect({ recorded, output: recorded ? output : '' }).toEqual({ recorded: '', output: '' });
    } finally {
      await system.stop();
    }
  });
});
