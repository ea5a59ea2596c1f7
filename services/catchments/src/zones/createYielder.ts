/**
 * For long geometry jobs (coverage, set diffs) on a process that also answers lookups: call the
 * returned function between steps; every `sliceMs` of work it waits one turn of the event loop so
 * queued requests run in between. A single step still runs to its end.
 *
 * @example const pause = createYielder(); for (const pair of pairs) { await pause(); intersect(pair); }
 */
export function createYielder(sliceMs = 25): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = Date.now();
  };
}
