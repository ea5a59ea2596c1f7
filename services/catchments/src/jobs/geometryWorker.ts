/**
 * Worker-thread entry (node:worker_threads) for whole-set geometry checks, started by
 * `GeometryWorkerPool`. Messages in: `{ id, task }`; out: `{ id, progress }` as it goes, then
 * `{ id, result, bytes }` or `{ id, error }`. One task at a time per worker. `workerData.niceness`
 * lowers this thread's CPU priority (Linux).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runGeometryTask, type GeometryTask } from './geometryTasks';
import { lowerThreadPriority } from './lowerThreadPriority';

if (!parentPort) throw new Error('geometryWorker.ts runs as a worker thread; start it through GeometryWorkerPool');
const port = parentPort;
// Lookups share the cores with this thread: let them win (see GeometryWorkerPool's niceness).
lowerThreadPriority((workerData as { niceness?: number } | undefined)?.niceness ?? 0);

port.on('message', async ({ id, task }: { id: number; task: GeometryTask }) => {
  try {
    const result = await runGeometryTask(task, (progress) => port.postMessage({ id, progress }));
    // The size of the report as JSON: what the job store counts against its memory budget.
    port.postMessage({ id, result, bytes: JSON.stringify(result).length });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
