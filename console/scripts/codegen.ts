// Writes src/api/generated/graphql.ts (see generateOperations.ts), or with --check fails when the
// committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateOperations, OUT_FILE } from './generateOperations';

async function main(): Promise<void> {
  const generated = await generateOperations();
  if (process.argv.includes('--check')) {
    const committed = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '';
    if (committed !== generated) {
      console.error('[codegen] console/src/api/generated/graphql.ts is stale: run `npm run codegen -w console` and commit the result.');
      process.exit(1);
    }
    console.log('[codegen] generated operations are up to date.');
    return;
  }
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, generated);
  console.log(`[codegen] wrote ${path.relative(process.cwd(), OUT_FILE)}`);
}

void main();
