// `npm run build:server`: every server process as one CommonJS file for Node 20, run in production with
// `NODE_ENV=production node --enable-source-maps <workspace>/dist-server/main.js` (`npm start` keeps tsx).
//
// esbuild bundles the @zsgk/* workspace packages (TypeScript sources; their package.json "main" points
// at src/) and leaves every npm package external, so node_modules is resolved at run time as under tsx.
// Files read at run time relative to a source file keep working without copies:
// - `__dirname` / `__filename` in a bundled module name that module's own source folder/file (computed
//   from the bundle's location at run time, so the tree may move): schema.graphql, the supergraph,
//   admissions' holiday calendar, the web map's and console's dist/ folders, findRepoRoot.
// - A module that starts a worker thread (`new Worker(`) instead sees the bundle's folder, where its
//   worker is built (catchments' geometryWorker.ts → dist-server/geometryWorker.js) or copied (the
//   gateway's plain-ESM shapefileWorker.mjs). A new `new Worker(` without a declared worker fails the build.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

const ROOT = path.join(__dirname, '..');

export interface ServerTarget {
  /** Workspace folder, relative to the repository root. */
  workspace: string;
  /** The process's entry, relative to the workspace. */
  entry: string;
  /** Worker-thread scripts (relative to the workspace) put next to the bundle: .ts bundled to .js, others copied. */
  workers?: string[];
}

export const SERVER_TARGETS: ServerTarget[] = [
  { workspace: 'services/schools', entry: 'src/main.ts' },
  { workspace: 'services/catchments', entry: 'src/main.ts', workers: ['src/jobs/geometryWorker.ts'] },
  { workspace: 'services/admissions', entry: 'src/main.ts' },
  { workspace: 'services/ledger', entry: 'src/main.ts' },
  // clusterMain runs main.ts itself with GATEWAY_WORKERS=1 (the default) and forks workers above that.
  { workspace: 'gateway', entry: 'src/clusterMain.ts', workers: ['src/uploads/shapefileWorker.mjs'] },
  { workspace: 'web-map', entry: 'server/main.ts' },
  { workspace: 'console', entry: 'server/main.ts' },
];

export const OUT_DIR = 'dist-server';

export interface BuiltServer {
  workspace: string;
  file: string;
  bytes: number;
  ms: number;
}

/** Every npm package named in the root's or a workspace's package.json (the bundles leave them external). */
export function npmPackageNames(root = ROOT): string[] {
  const manifests = [path.join(root, 'package.json')];
  for (const parent of ['packages', 'services']) {
    for (const name of readdirSync(path.join(root, parent))) manifests.push(path.join(root, parent, name, 'package.json'));
  }
  for (const name of ['gateway', 'web-map', 'console', 'test']) manifests.push(path.join(root, name, 'package.json'));
  const names = new Set<string>();
  for (const file of manifests.filter((f) => existsSync(f))) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const name of Object.keys(manifest[field] ?? {})) if (!name.startsWith('@zsgk/')) names.add(name);
    }
  }
  return [...names].sort();
}

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * Rewrites `__dirname`/`__filename` in the repository's own modules (see the top of this file). The banner
 * defines `__zsgkSource(rel)`, a path relative to the repository root resolved from the bundle's folder.
 */
function sourcePathsPlugin(target: ServerTarget): Plugin {
  return {
    name: 'zsgk-source-paths',
    setup(b) {
      b.onLoad({ filter: /\.(ts|mts|cts)$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        let contents = readFileSync(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(contents)) return undefined;
        const relFile = posix(path.relative(ROOT, args.path));
        const startsWorker = /\bnew Worker\(/.test(contents);
        if (startsWorker && !target.workers?.length) {
          return { errors: [{ text: `${relFile} starts a worker thread: declare its script in SERVER_TARGETS (${target.workspace}).workers` }] };
        }
        // A worker starter looks for its script beside the bundle, as a .js file.
        const dir = startsWorker ? '__zsgkBundleDir' : `__zsgkSource(${JSON.stringify(posix(path.dirname(relFile)))})`;
        const file = startsWorker
          ? `require("path").join(__zsgkBundleDir, ${JSON.stringify(path.basename(relFile).replace(/\.[cm]?ts$/, '.js'))})`
          : `__zsgkSource(${JSON.stringify(relFile)})`;
        contents = contents.replace(/\b__dirname\b/g, dir).replace(/\b__filename\b/g, file);
        return { contents, loader: 'ts' };
      });
    },
  };
}

async function bundle(target: ServerTarget, entry: string, outfile: string, external: string[]): Promise<Metafile> {
  const outdir = path.dirname(outfile);
  const toRoot = posix(path.relative(outdir, ROOT)) || '.';
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // Names stay readable in stack traces and logs (class names in errors, pino bindings).
    keepNames: true,
    external: external.flatMap((name) => [name, `${name}/*`]),
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    banner: {
      js: [
        '"use strict";',
        'const __zsgkBundleDir = __dirname;',
        `const __zsgkSource = (rel) => require("path").join(__zsgkBundleDir, ${JSON.stringify(toRoot)}, rel);`,
      ].join('\n'),
    },
    plugins: [sourcePathsPlugin(target)],
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** Builds every target (or those whose workspace is named) into `<workspace>/dist-server/`. */
export async function buildServers(only?: string[]): Promise<BuiltServer[]> {
  const external = npmPackageNames();
  const targets = SERVER_TARGETS.filter((t) => !only?.length || only.includes(t.workspace));
  const built: BuiltServer[] = [];
  for (const target of targets) {
    const started = Date.now();
    const outdir = path.join(ROOT, target.workspace, OUT_DIR);
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const outfile = path.join(outdir, 'main.js');
    const metafile = await bundle(target, path.join(ROOT, target.workspace, target.entry), outfile, external);
    const bundledNpm = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/'));
    if (bundledNpm.length) throw new Error(`${target.workspace}: npm code was bundled (not declared in any package.json?): ${bundledNpm.slice(0, 5).join(', ')}`);
    for (const worker of target.workers ?? []) {
      const from = path.join(ROOT, target.workspace, worker);
      if (/\.[cm]?ts$/.test(worker)) {
        await bundle(target, from, path.join(outdir, path.basename(worker).replace(/\.[cm]?ts$/, '.js')), external);
      } else copyFileSync(from, path.join(outdir, path.basename(worker)));
    }
    built.push({ workspace: target.workspace, file: posix(path.relative(ROOT, outfile)), bytes: statSync(outfile).size, ms: Date.now() - started });
  }
  return built;
}

if (require.main === module) {
  const started = Date.now();
  buildServers(process.argv.slice(2))
    .then((built) => {
      for (const b of built) console.log(`[build:server] ${b.file}  ${(b.bytes / 1024).toFixed(0)} KiB  ${b.ms} ms`);
      console.log(`[build:server] ${built.length} bundles in ${Date.now() - started} ms`);
    })
    .catch((error: unknown) => {
      console.error(`[build:server] failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
