import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GeometryTask, GeometryTaskResult } from './geometryTasks';

interface Pending {
  id: number;
  task: GeometryTask;
  onProgress: (fraction: number) => void;
  resolve: (answer: { result: GeometryTaskResult; bytes: number }) => void;
  reject: (error: Error) => void;
}

/**
 * A small pool of worker threads for whole-set geometry checks, so a 20-second union never holds the
 * thread that answers lookups. Tasks wait in order for a free worker. A worker that dies fails its
 * task and is replaced on the next one. Workers are unref'd: an idle pool keeps no process alive.
 *
 * The worker file is this folder's `geometryWorker` with this file's own extension: compiled, the
 * `.js` file runs as is; from TypeScript sources (tsx in development, SWC in jest) the worker first
 * registers tsx's require hook, since a worker does not inherit jest's transform.
 *
 * @example const pool = new GeometryWorkerPool(1); await pool.run({ kind: 'DIFF', before, after }); await pool.close();
 */
export class GeometryWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * `niceness` (0–19) lowers each worker thread's CPU priority (Linux; elsewhere ignored), so that
   * on a busy machine the thread answering lookups wins the cores. A check then takes longer only
   * while something else wants the CPU, but under sustained load it can wait for minutes (a nice-10
   * thread gets ~1/10 of a nice-0 one's share); 0, the default, leaves the workers as the process.
   */
  constructor(private readonly size: number, private readonly niceness = 0) {
    if (!(size >= 1)) throw new Error('GeometryWorkerPool needs at least one worker');
  }

  /** Runs the task on the next free worker; `onProgress` hears 0–1 as it goes. */
  run(task: GeometryTask, onProgress: (fraction: number) => void = () => {}): Promise<{ result: GeometryTaskResult; bytes: number }> {
    if (this.closed) return Promise.reject(new Error('the geometry worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the geometry worker pool was closed'));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && (this.idle.length || this.busy.size < this.size)) {
      const worker = this.idle.pop() ?? this.startWorker();
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.ref();
      worker.postMessage({ id: pending.id, task: pending.task });
    }
  }

  private startWorker(): Worker {
    const file = path.join(__dirname, `geometryWorker${path.extname(__filename)}`);
    const worker = file.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(file)});`, { eval: true, workerData: { niceness: this.niceness } })
      : new Worker(file, { workerData: { niceness: this.niceness } });
    worker.on('message', (message: { id: number; progress?: number; result?: GeometryTaskResult; bytes?: number; error?: string }) => {
      const pending = this.busy.get(worker);
      if (!pending || pending.id !== message.id) return;
      if (message.progress !== undefined) return pending.onProgress(message.progress);
      this.busy.delete(worker);
      worker.unref();
      if (!this.closed) this.idle.push(worker);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve({ result: message.result!, bytes: message.bytes ?? 0 });
      this.dispatch();
    });
    const fail = (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      pending?.reject(new Error(`the geometry worker stopped: ${error.message}`));
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    worker.unref();
    return worker;
  }
}
