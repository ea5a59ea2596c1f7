import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder whose package.json declares the workspaces: where `.cache/` and `.data/` live. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No workspace root (package.json with "workspaces") above ${start}`);
    dir = parent;
  }
}
