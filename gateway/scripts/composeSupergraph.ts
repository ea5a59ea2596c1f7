// Writes gateway/supergraph.graphql, or with --check fails when the committed file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../src/composeSupergraph';

const { supergraphSdl, hints } = composeSupergraph();
for (const hint of hints) console.warn(`[compose] hint ${hint}`);
if (process.argv.includes('--check')) {
  const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (committed !== supergraphSdl) {
    console.error('[compose] gateway/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('[compose] supergraph.graphql is up to date.');
} else {
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  console.log(`[compose] wrote ${SUPERGRAPH_FILE}`);
}
