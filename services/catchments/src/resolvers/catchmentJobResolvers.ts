import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import type { CatchmentJob } from '../jobs/CatchmentJobs';
import { audited } from './audited';
import { startCoverageJob, startDiffJob } from './bureauChecks';
import type { CatchmentsContext } from './CatchmentsContext';
import { requireBureauRole } from './resolverHelpers';
import { readSetsToCompare, readSetToCover } from './zoneSetResolvers';

type Ctx = CatchmentsContext;

/**
 * Long bureau checks as jobs: `startCoverageReport` / `startZoneSetDiff` answer at once with a job,
 * `catchmentJob(id)` polls it. Bureau of the job's district only; anyone else reads null.
 */
export const catchmentJobResolvers = {
  Query: {
    catchmentJob: (_: unknown, args: { id: string }, ctx: Ctx) => {
      const job = ctx.jobs.get(args.id);
      return job && ctx.identity.role === 'BUREAU' && ctx.identity.districtCode === job.districtCode ? job : null;
    },
  },
  Mutation: {
    startCoverageReport: audited<{ setId: string; minAreaSquareMeters: number }, CatchmentJob, Ctx>(
      'startCoverageReport',
      { target: (args) => args.setId, done: (job) => ({ summary: `coverage job ${job.id}`, target: job.id, districtCode: job.districtCode }) },
      async (_, args, ctx) => {
        await requireOwnSets(ctx, [[args.setId, 'setId']]);
        return startCoverageJob(ctx, await readSetToCover(ctx, args), args.minAreaSquareMeters);
      },
    ),
    startZoneSetDiff: audited<{ fromSetId: string; toSetId: string }, CatchmentJob, Ctx>(
      'startZoneSetDiff',
      { target: (args) => args.fromSetId, done: (job) => ({ summary: `diff job ${job.id}`, target: job.id, districtCode: job.districtCode }) },
      async (_, args, ctx) => {
        await requireOwnSets(ctx, [[args.fromSetId, 'fromSetId'], [args.toSetId, 'toSetId']]);
        const { from, to } = await readSetsToCompare(ctx, args);
        return startDiffJob(ctx, from, to);
      },
    ),
  },
  CatchmentJob: {
    result: (job: CatchmentJob) => (job.status === 'DONE' ? job.result : null),
    createdAt: (job: CatchmentJob) => job.createdAt.toISOString(),
    startedAt: (job: CatchmentJob) => job.startedAt?.toISOString() ?? null,
    finishedAt: (job: CatchmentJob) => job.finishedAt?.toISOString() ?? null,
    expiresAt: (job: CatchmentJob) => job.expiresAt?.toISOString() ?? null,
  },
  CatchmentJobResult: {
    __resolveType: (result: object) => ('gaps' in result ? 'CoverageReport' : 'ZoneSetChanges'),
  },
} satisfies GraphQLResolverMap<Ctx>;

/**
 * Jobs run on the bureau's own sets only: another district's set is refused naming it and its
 * district (and the refusal is audited there), whether it is a draft or published.
 */
async function requireOwnSets(ctx: Ctx, sets: [id: string, path: string][]): Promise<void> {
  requireBureauRole(ctx.identity, 'run bureau checks');
  for (const [id, path] of sets) {
    const set = await ctx.repository.findZoneSet(id);
    if (!set) throw new AppError('NOT_FOUND', `No zone set ${id}.`, { path });
    if (set.districtCode !== ctx.identity.districtCode) {
      throw new AppError('FORBIDDEN', `划片方案 ${id} 属于 ${set.districtCode} 区，不属于 ${ctx.identity.districtCode} 区`, {
        path,
        details: { targetDistricts: [set.districtCode] },
      });
    }
  }
}

/** The service's resolvers with the job fields merged in. */
export function withCatchmentJobResolvers(resolvers: GraphQLResolverMap<Ctx>): GraphQLResolverMap<Ctx> {
  const { Query, Mutation, ...types } = catchmentJobResolvers;
  return { ...resolvers, ...types, Query: { ...(resolvers.Query as object), ...Query }, Mutation: { ...(resolvers.Mutation as object), ...Mutation } } as GraphQLResolverMap<Ctx>;
}
