import { execFileSync } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from './findRepoRoot';

/** The last FerretDB 1.x release; 2.x needs PostgreSQL with DocumentDB, 1.x runs on SQLite. */
export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

/**
 * Returns the path of a FerretDB binary, building it on first use from the Go module proxy into the
 * git-ignored `.cache/ferretdb/<version>/`.
 *
 * Why not a plain `go install …@version`: the module zip ships an empty `build/version/version.txt`
 * (the release process fills it), and the resulting binary panics at start. So we fetch the module
 * through the proxy with `go mod download`, copy it, write the version file and `go build` it.
 * That takes about a minute on a cold Go cache, seconds on a warm one.
 */
export function ensureFerretDb(log: (line: string) => void = console.log): string {
  const root = findRepoRoot();
  const dir = path.join(root, '.cache', 'ferretdb', FERRETDB_VERSION);
  const binary = path.join(dir, 'ferretdb');
  if (existsSync(binary)) return binary;

  log(`[db] building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only, ~1 min)…`);
  const started = Date.now();
  const goEnv = { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };
  const info = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], {
      env: goEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new Error(`go mod download failed: ${info.Error ?? 'no module directory'}`);

  const source = path.join(dir, 'src');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(info.Dir, source, { recursive: true });
  makeWritable(source);
  writeFileSync(path.join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
  const partial = `${binary}.partial`;
  execFileSync('go', ['build', '-trimpath', '-o', partial, './cmd/ferretdb'], {
    cwd: source,
    env: goEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Rename last, so an interrupted build never leaves a binary that looks finished.
  cpSync(partial, binary);
  chmodSync(binary, 0o755);
  rmSync(partial, { force: true });
  rmSync(source, { recursive: true, force: true });
  log(`[db] FerretDB built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${binary}`);
  return binary;
}

function makeWritable(dir: string): void {
  execFileSync('chmod', ['-R', 'u+w', dir]);
}
