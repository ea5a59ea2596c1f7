/**
 * Child-process entry for the checks bench's third mode: runs geometry tasks as the worker thread
 * does, in a separate process whose priority the parent lowers (`os.setPriority(pid, …)`, portable).
 * Messages (advanced serialisation): in `{ id, task }`; out `{ id, result }` or `{ id, error }`.
 */
import { runGeometryTask, type GeometryTask } from '../src/jobs/geometryTasks';

process.on('message', async ({ id, task }: { id: number; task: GeometryTask }) => {
  try {
    process.send!({ id, result: await runGeometryTask(task, () => {}) });
  } catch (error) {
    process.send!({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
