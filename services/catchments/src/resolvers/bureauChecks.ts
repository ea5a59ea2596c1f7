import { AppError } from '@zsgk/errors';
import type { CatchmentJob } from '../jobs/CatchmentJobs';
import { hydrateCoverage, hydrateDiff } from '../jobs/geometryTasks';
import type { RegisteredSchool } from '../register/SchoolRegister';
import type { Catchment, ZoneSetView } from '../zones/Zone';
import type { CatchmentsContext } from './CatchmentsContext';
import { schoolRef } from './resolverHelpers';

type Ctx = CatchmentsContext;

/**
 * The coverage report of a set as a job on the geometry workers (or the job already asking it).
 * The caller has checked the set is theirs; the report is built in the shape `CoverageReport` serves.
 */
export function startCoverageJob(ctx: Ctx, set: ZoneSetView, minAreaSquareMeters: number): CatchmentJob {
  return ctx.jobs.start({ kind: 'COVERAGE_REPORT', districtCode: set.districtCode, key: `COVERAGE_REPORT:${set.id}:${minAreaSquareMeters}` }, async (report) => {
    const [zones, district, register] = await Promise.all([
      ctx.repository.findZonesOfSet(set),
      ctx.repository.findDistrict(set.districtCode),
      readRegister(ctx, set.districtCode),
    ]);
    const task = { kind: 'COVERAGE' as const, boundary: district?.boundary ?? null, zones, stage: set.stage, registerSchools: register.schools, minAreaSquareMeters };
    const { result, bytes } = await ctx.geometryPool.run(task, report);
    if (result.kind !== 'COVERAGE') throw new Error('the geometry worker answered another task');
    const coverage = hydrateCoverage(result.coverage, zones);
    const notes = [...(register.note ? [register.note] : []), ...(district ? [] : [`no boundary is stored for district ${set.districtCode}: gaps were not computed`])];
    return {
      bytes,
      result: {
        set,
        ...coverage,
        overlaps: coverage.overlaps.map((o) => ({ ...o, catchments: o.zones })),
        schoolsWithoutZone: (coverage.schoolsWithoutZone ?? []).map((s) => schoolRef(s.id)),
        schoolsChecked: coverage.schoolsWithoutZone !== null,
        notes,
      },
    };
  });
}

/** What changed between two sets, as a job filed under their district. */
export function startDiffJob(ctx: Ctx, from: ZoneSetView, to: ZoneSetView): CatchmentJob {
  return ctx.jobs.start({ kind: 'ZONE_SET_DIFF', districtCode: from.districtCode, key: `ZONE_SET_DIFF:${from.id}:${to.id}` }, async (report) => {
    const [before, after] = await Promise.all([ctx.repository.findZonesOfSet(from), ctx.repository.findZonesOfSet(to)]);
    const { result, bytes } = await ctx.geometryPool.run({ kind: 'DIFF', before, after }, report);
    if (result.kind !== 'DIFF') throw new Error('the geometry worker answered another task');
    return { bytes, result: { from, to, ...hydrateDiff<Catchment>(result.diff, before, after) } };
  });
}

/**
 * For the synchronous fields: the job's result if it finishes within `syncWaitMs` (below the
 * gateway's 10 s subgraph timeout), else STILL_RUNNING naming the job, which goes on; asking again
 * once it is done answers at once from the kept result.
 */
export async function answerWithin<R>(ctx: Ctx, job: CatchmentJob): Promise<R> {
  const settled = await ctx.jobs.wait(job, ctx.syncWaitMs);
  if (settled.status === 'DONE') return settled.result as R;
  if (settled.status === 'FAILED') throw new AppError('INTERNAL_SERVER_ERROR', `The check failed: ${settled.error}`, { safe: false });
  throw new AppError('STILL_RUNNING', `This check takes longer than ${ctx.syncWaitMs / 1000} s; it goes on as job ${job.id} (the district's bureau can poll catchmentJob(id)); ask again when it is done.`, {
    details: { jobId: job.id, progress: job.progress },
  });
}

async function readRegister(ctx: Ctx, districtCode: string): Promise<{ schools: RegisteredSchool[] | null; note: string | null }> {
  if (!ctx.schoolRegister) return { schools: null, note: 'schools without a zone were not checked: no school register (SCHOOLS_URL) is configured' };
  try {
    return { schools: await ctx.schoolRegister.listDistrictSchools(districtCode), note: null };
  } catch (error) {
    return { schools: null, note: `schools without a zone were not checked: ${(error as Error).message}` };
  }
}
