/**
 * Lists bare imports each workspace makes that its own package.json does not declare.
 * They resolve today only because npm hoists everything into the root node_modules, so they break
 * the day a version conflict puts two copies side by side, or the workspace is installed alone.
 *
 * Run: `node --import tsx scripts/checkDependencies.ts` (exit 1 and a list when anything is missing).
 * Scans sources with TypeScript's preProcessFile (no type checker), so it takes about a second.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');
const sourceExtensions = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const skippedFolders = new Set(['node_modules', 'dist', 'build', 'coverage', 'test-results', 'generated', 'dist-server']);
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

function workspaceDirs(): string[] {
  const patterns = readPackage(root).workspaces ?? [];
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    return readdirSync(parent)
      .map((name) => join(parent, name))
      .filter((dir) => statSync(dir).isDirectory() && safeExists(join(dir, 'package.json')));
  });
}

function safeExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : sourceFiles(path);
    return sourceExtensions.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** 'lodash/fp' → 'lodash', '@scope/pkg/sub' → '@scope/pkg'; relative paths, aliases and builtins → undefined. */
export function packageNameOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':') && !specifier.startsWith('node:')) return undefined;
  if (builtins.has(specifier) || builtins.has(specifier.split('/')[0]!)) return undefined;
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  // Vite's virtual ids and query suffixes ('leaflet/dist/leaflet.css?inline') keep their package name.
  return name.split('?')[0];
}

/** Type-only packages are supplied by @types/x; a declared @types/x counts as declaring x for `import type`. */
function isDeclared(name: string, declared: Set<string>): boolean {
  if (declared.has(name)) return true;
  const typesName = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
  return declared.has(typesName);
}

export function findUndeclared(): Map<string, Map<string, string[]>> {
  const rootPackage = readPackage(root);
  const rootDeclared = new Set(Object.keys({ ...rootPackage.dependencies, ...rootPackage.devDependencies }));
  const missingByWorkspace = new Map<string, Map<string, string[]>>();
  for (const dir of workspaceDirs()) {
    const pkg = readPackage(dir);
    const declared = new Set([
      pkg.name,
      ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies }),
      // Tooling every workspace gets from the root (jest, typescript, @types/node, tsx).
      ...[...rootDeclared].filter((name) => !name.startsWith('@zsgk/')),
    ]);
    const missing = new Map<string, string[]>();
    for (const file of sourceFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      // TypeScript's own scanner: imports, re-exports, require() and import(), never a look-alike in a string.
      for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
        const name = packageNameOf(imported.fileName);
        if (!name || isDeclared(name, declared)) continue;
        const files = missing.get(name) ?? [];
        files.push(relative(root, file));
        missing.set(name, files);
      }
    }
    if (missing.size > 0) missingByWorkspace.set(relative(root, dir), missing);
  }
  return missingByWorkspace;
}

if (require.main === module) {
  const missing = findUndeclared();
  for (const [workspace, packages] of missing) {
    console.error(`${workspace}/package.json does not declare:`);
    for (const [name, files] of packages) console.error(`  ${name}  (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`);
  }
  if (missing.size > 0) process.exit(1);
  console.log('Every workspace declares the packages it imports.');
}
