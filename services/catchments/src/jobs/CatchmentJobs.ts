import { randomUUID } from 'node:crypto';
import { AppError } from '@zsgk/errors';

export type CatchmentJobKind = 'COVERAGE_REPORT' | 'ZONE_SET_DIFF';
export type CatchmentJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface CatchmentJob<R = unknown> {
  /** Random (unguessable) id the bureau polls with. */
  id: string;
  kind: CatchmentJobKind;
  districtCode: string;
  /** What was asked, e.g. `COVERAGE_REPORT:setId:10`: the same question asked again gets this job. */
  key: string;
  status: CatchmentJobStatus;
  progress: number;
  result: R | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When a finished job is forgotten. */
  expiresAt: Date | null;
  /** Size of the result as JSON, counted against the memory budget. */
  resultBytes: number;
}

export interface JobLimits {
  /** Jobs queued or running at once, all districts. */
  maxActive: number;
  /** Jobs queued or running at once for one district. */
  maxActivePerDistrict: number;
  /** How long a finished job (and its result) is kept. */
  retentionMs: number;
  /** Total size of kept results (JSON bytes); the oldest finished jobs are dropped first. */
  maxResultBytes: number;
}

/** What a job runs: `report(progress)` as it goes; resolves with the result and its size in bytes. */
export type JobWork<R> = (report: (progress: number) => void) => Promise<{ result: R; bytes: number }>;

/**
 * This replica's long bureau checks (coverage reports, set diffs): started at once, polled by id,
 * kept for `retentionMs` after they finish. Bounded in number (active jobs overall and per district)
 * and in memory (kept results). Asking the same question while its job is active or kept returns
 * that job: zone sets never change, so its answer still holds. Held in memory, per replica.
 */
export class CatchmentJobs {
  private readonly jobs = new Map<string, CatchmentJob>();
  private readonly byKey = new Map<string, CatchmentJob>();
  private readonly settled = new Map<string, Promise<void>>();

  constructor(private readonly limits: JobLimits, private readonly now: () => number = Date.now) {}

  /** The job for `key` if one is active or kept, else a new one running `work`. */
  start<R>(spec: { kind: CatchmentJobKind; districtCode: string; key: string }, work: JobWork<R>): CatchmentJob<R> {
    this.prune();
    const existing = this.byKey.get(spec.key);
    if (existing && existing.status !== 'FAILED') return existing as CatchmentJob<R>;
    const active = [...this.jobs.values()].filter((j) => j.status === 'QUEUED' || j.status === 'RUNNING');
    if (active.length >= this.limits.maxActive || active.filter((j) => j.districtCode === spec.districtCode).length >= this.limits.maxActivePerDistrict) {
      throw new AppError('TOO_MANY_REQUESTS', `Too many checks are running (${active.length}); try again when one has finished.`, {
        details: { active: active.length, limit: this.limits.maxActive, perDistrict: this.limits.maxActivePerDistrict },
      });
    }
    const job: CatchmentJob<R> = {
      ...spec, id: randomUUID(), status: 'QUEUED', progress: 0, result: null, error: null,
      createdAt: new Date(this.now()), startedAt: null, finishedAt: null, expiresAt: null, resultBytes: 0,
    };
    this.jobs.set(job.id, job);
    this.byKey.set(job.key, job);
    const report = (progress: number) => {
      if (job.status === 'QUEUED') Object.assign(job, { status: 'RUNNING', startedAt: new Date(this.now()) });
      job.progress = Math.max(job.progress, Math.min(1, progress));
    };
    this.settled.set(job.id, work(report).then(
      ({ result, bytes }) => {
        if (bytes > this.limits.maxResultBytes) return this.finish(job, null, `the result (${mb(bytes)} MB) is larger than the ${mb(this.limits.maxResultBytes)} MB kept for results`);
        this.finish(job, { result, bytes }, null);
      },
      (error: unknown) => this.finish(job, null, error instanceof Error ? error.message : String(error)),
    ));
    return job;
  }

  /** The job, or null when unknown or forgotten. */
  get(id: string): CatchmentJob | null {
    this.prune();
    return this.jobs.get(id) ?? null;
  }

  /** Resolves when the job has finished or after `ms`, whichever is first; then the job as it stands. */
  async wait<R>(job: CatchmentJob<R>, ms: number): Promise<CatchmentJob<R>> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settled.get(job.id), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    return job;
  }

  private finish(job: CatchmentJob, done: { result: unknown; bytes: number } | null, error: string | null): void {
    const now = this.now();
    Object.assign(job, {
      status: done ? 'DONE' : 'FAILED', progress: done ? 1 : job.progress, result: done?.result ?? null, resultBytes: done?.bytes ?? 0, error,
      startedAt: job.startedAt ?? new Date(now), finishedAt: new Date(now), expiresAt: new Date(now + this.limits.retentionMs),
    });
    this.settled.delete(job.id);
    this.prune();
  }

  /** Forgets expired jobs, then the oldest finished ones while kept results exceed the budget. */
  private prune(): void {
    const now = this.now();
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt).sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
    let bytes = finished.reduce((sum, j) => sum + j.resultBytes, 0);
    for (const job of finished) {
      if (job.expiresAt!.getTime() > now && bytes <= this.limits.maxResultBytes) continue;
      bytes -= job.resultBytes;
      this.jobs.delete(job.id);
      if (this.byKey.get(job.key) === job) this.byKey.delete(job.key);
    }
  }
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
