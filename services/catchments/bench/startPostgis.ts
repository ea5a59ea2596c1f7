import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@zsgk/db';

export interface Postgis {
  /** postgres://… on 127.0.0.1 and a free port. */
  url: string;
  stop(): void;
}

/**
 * Starts a throwaway PostgreSQL + PostGIS cluster for the bench: initdb in a temp dir, loopback only,
 * a free port, fsync off (it is thrown away), stopped and deleted by `stop()`. PostgreSQL refuses to
 * run as root, so as root the cluster belongs to the `postgres` user (runuser). Needs the Debian
 * packages postgresql and postgresql-15-postgis-3 (or another major version: the newest found is used).
 */
export async function startPostgis(log: (line: string) => void): Promise<Postgis> {
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zsgk-bench-pg-'));
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, tool), asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: dir,
    });
  const data = path.join(dir, 'data');
  const port = await findFreePort();
  run('initdb', ['-D', data, '-U', 'bench', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  log(`[bench] PostgreSQL (${path.basename(path.dirname(bin))}) + PostGIS on 127.0.0.1:${port}, data in ${dir}`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  return { url: `postgres://bench@127.0.0.1:${port}/postgres`, stop };
}

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL not found under /usr/lib/postgresql: apt-get install postgresql postgresql-15-postgis-3');
  return path.join(root, newest, 'bin');
}

function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
