import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { requireBureau } from '@zsgk/identity';
import type { CatchmentJob } from '../jobs/CatchmentJobs';
import { startCoverageJob, startDiffJob } from './bureauChecks';
import type { CatchmentsContext } from './CatchmentsContext';
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
    startCoverageReport: async (_: unknown, args: { setId: string; minAreaSquareMeters: number }, ctx: Ctx) =>
      startCoverageJob(ctx, await readSetToCover(ctx, args), args.minAreaSquareMeters),
    startZoneSetDiff: async (_: unknown, args: { fromSetId: string; toSetId: string }, ctx: Ctx) => {
      const { from, to } = await readSetsToCompare(ctx, args);
      requireBureau(ctx.identity, from.districtCode, 'fromSetId');
      return startDiffJob(ctx, from, to);
    },
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

/** The service's resolvers with the job fields merged in. */
export function withCatchmentJobResolvers(resolvers: GraphQLResolverMap<Ctx>): GraphQLResolverMap<Ctx> {
  const { Query, Mutation, ...types } = catchmentJobResolvers;
  return { ...resolvers, ...types, Query: { ...(resolvers.Query as object), ...Query }, Mutation: { ...(resolvers.Mutation as object), ...Mutation } } as GraphQLResolverMap<Ctx>;
}
