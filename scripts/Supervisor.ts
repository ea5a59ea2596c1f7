import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface SupervisedProcess {
  name: string;
  command: string;
  args: string[];
  options: SpawnOptions;
}

export interface SupervisorOptions {
  /** First wait before a restart; doubled after each crash that came soon after a start. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A process that stayed up this long before it crashed restarts after the initial wait again. */
  stableAfterMs?: number;
  log?: (line: string) => void;
}

interface Entry {
  spec: SupervisedProcess;
  child: ChildProcess | null;
  backoffMs: number;
  startedAt: number;
  restarts: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Keeps `npm start`'s processes running: one that exits on its own is restarted after a wait that
 * doubles while it keeps crashing soon after starting (1 s, 2 s, 4 s … 30 s), while the others go on
 * serving. Only `stop()` (Ctrl-C/SIGTERM of the launcher) ends them: SIGTERM, then SIGKILL after 8 s.
 */
export class Supervisor {
  private readonly entries = new Map<string, Entry>();
  private stopping = false;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly stableAfterMs: number;
  private readonly log: (line: string) => void;

  constructor(options: SupervisorOptions = {}) {
    this.initialBackoffMs = options.initialBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.stableAfterMs = options.stableAfterMs ?? 60_000;
    this.log = options.log ?? ((line) => console.error(line));
  }

  start(spec: SupervisedProcess): void {
    if (this.entries.has(spec.name)) throw new Error(`a process named ${spec.name} is already supervised`);
    const entry: Entry = { spec, child: null, backoffMs: this.initialBackoffMs, startedAt: 0, restarts: 0, timer: null };
    this.entries.set(spec.name, entry);
    this.launch(entry);
  }

  /** How many times each process has been restarted after exiting on its own. */
  restarts(): Record<string, number> {
    return Object.fromEntries([...this.entries].map(([name, e]) => [name, e.restarts]));
  }

  pid(name: string): number | undefined {
    return this.entries.get(name)?.child?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.entries.values()].map((entry) => {
        if (entry.timer) clearTimeout(entry.timer);
        const child = entry.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
        return new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 8000).unref();
        });
      }),
    );
  }

  private launch(entry: Entry): void {
    entry.timer = null;
    entry.startedAt = Date.now();
    const child = spawn(entry.spec.command, entry.spec.args, entry.spec.options);
    entry.child = child;
    child.once('error', (error) => this.log(`[start] ${entry.spec.name} could not start: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const upMs = Date.now() - entry.startedAt;
      if (upMs >= this.stableAfterMs) entry.backoffMs = this.initialBackoffMs;
      const wait = entry.backoffMs;
      entry.backoffMs = Math.min(entry.backoffMs * 2, this.maxBackoffMs);
      entry.restarts += 1;
      this.log(`[start] ${entry.spec.name} exited (${signal ?? code}) after ${(upMs / 1000).toFixed(1)} s; restarting in ${(wait / 1000).toFixed(1)} s (restart ${entry.restarts}); the others keep serving.`);
      entry.timer = setTimeout(() => this.launch(entry), wait);
    });
  }
}
