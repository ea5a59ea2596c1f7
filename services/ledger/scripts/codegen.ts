// Writes src/resolvers/generated/resolverTypes.ts (see generateResolverTypes.ts), or with --check fails
// when the committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateResolverTypes, OUT_FILE } from './generateResolverTypes';

async function main(): Promise<void> {
  const generated = await generateResolverTypes();
  if (process.argv.includes('--check')) {
    const committed = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '';
    if (committed !== generated) {
      console.error(
        '[codegen] services/ledger/src/resolvers/generated/resolverTypes.ts is stale: run `npm run codegen -w services/ledger` and commit the result.',
      );
      process.exit(1);
    }
    console.log('[codegen] ledger resolver types are up to date.');
    return;
  }
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, generated);
  console.log(`[codegen] wrote ${path.relative(process.cwd(), OUT_FILE)}`);
}

void main();
