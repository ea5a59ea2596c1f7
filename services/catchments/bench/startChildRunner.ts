import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import type { GeometryTask, GeometryTaskResult } from '../src/jobs/geometryTasks';

/**
 * A geometry task runner in a child process at `niceness` (set by the parent through
 * `os.setPriority(pid)`, which works on every OS Node supports), to compare with the niced worker
 * thread: tasks cross by structured clone over IPC, and the child's memory is its own.
 */
export function startChildRunner(niceness: number): { run: (task: GeometryTask) => Promise<GeometryTaskResult>; close: () => void } {
  const child = fork(path.join(__dirname, 'geometryChild.ts'), { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: 'inherit' });
  if (child.pid) setPriority(child.pid, niceness);
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: GeometryTaskResult) => void; reject: (e: Error) => void }>();
  child.on('message', (message: { id: number; result?: GeometryTaskResult; error?: string }) => {
    const p = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) p?.reject(new Error(message.error));
    else p?.resolve(message.result!);
  });
  return {
    run: (task) => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, task });
    }),
    close: () => void child.kill(),
  };
}
