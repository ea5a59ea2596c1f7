import { ensureFerretDb } from '@zsgk/db';

// Builds the embedded database (FerretDB 1.x) ahead of time, so a first `npm start` or `npm test`
// does not pause for it. Both build it on first use anyway; this only moves the wait.
const binary = ensureFerretDb();
console.log(`[db] ready: ${binary}`);
