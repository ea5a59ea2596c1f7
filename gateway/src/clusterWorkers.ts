import cluster from 'node:cluster';

export interface ClusterOptions {
  /** Processes to keep running. */
  workers: number;
  /** The first restart waits this long; each crash soon after the previous one doubles it, to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

/**
 * The primary of a node:cluster: forks `workers` copies of this same entry, which share the listening
 * port (the primary hands out connections round-robin), restarts a worker that dies with backoff while
 * the others keep serving, and on SIGTERM/SIGINT passes the signal on and exits when all have stopped.
 * Call it only in the primary; each worker runs the ordinary entry. Per-process state stays per process:
 * each worker has its own rate-limit buckets, plan decisions and persisted-query registry.
 */
export function runClusterWorkers(options: ClusterOptions): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let backoffMs = options.backoffMs ?? 1000;
  let lastCrash = 0;
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    backoffMs = now - lastCrash < 60_000 ? Math.min(backoffMs * 2, maxBackoffMs) : options.backoffMs ?? 1000;
    lastCrash = now;
    log(`[gateway] worker ${worker.process.pid} exited (${signal ?? code}); starting another in ${backoffMs} ms`);
    setTimeout(() => !stopping && fork(), backoffMs).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 15_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  log(`[gateway] ${options.workers} worker processes (GATEWAY_WORKERS)`);
  for (let i = 0; i < options.workers; i++) fork();
}
