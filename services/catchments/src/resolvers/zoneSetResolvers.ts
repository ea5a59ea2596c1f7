import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { requireBureau } from '@zsgk/identity';
import { describeFieldChange } from '../zones/describeFieldChange';
import type { AreaMove, ZoneEdit } from '../zones/diffZoneSets';
import type { Stage, ZoneSetView } from '../zones/Zone';
import { answerWithin, startCoverageJob, startDiffJob } from './bureauChecks';
import { checkDistrictCode, checkYear } from './checkArguments';
import type { CatchmentsContext } from './CatchmentsContext';
import { canRead, requireBureauRole, schoolRef } from './resolverHelpers';

type Ctx = CatchmentsContext;

/** Zone-set versions, previews of drafts, what changed between versions, and coverage reports. */
export const zoneSetResolvers = {
  Query: {
    zoneSet: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const set = await ctx.repository.findZoneSet(args.id);
      return set && canRead(set, ctx.identity) ? set : null;
    },
    zoneSets: async (_: unknown, args: { districtCode: string; year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      checkYear(args.year, 'year');
      const sets = await ctx.repository.findZoneSets(args);
      return sets.filter((set) => canRead(set, ctx.identity));
    },
    zoneSetChanges: async (_: unknown, args: { fromSetId: string; toSetId: string }, ctx: Ctx) => {
      const { from, to } = await readSetsToCompare(ctx, args);
      return answerWithin(ctx, startDiffJob(ctx, from, to));
    },
    coverageReport: async (_: unknown, args: { setId: string; minAreaSquareMeters: number }, ctx: Ctx) => {
      const set = await readSetToCover(ctx, args);
      return answerWithin(ctx, startCoverageJob(ctx, set, args.minAreaSquareMeters));
    },
  },
  ZoneSet: {
    createdAt: (set: ZoneSetView) => set.createdAt.toISOString(),
    publishedAt: (set: ZoneSetView) => set.publishedAt?.toISOString() ?? null,
    catchments: (set: ZoneSetView, _: unknown, ctx: Ctx) => ctx.repository.findZonesOfSet(set),
    consultation: (set: ZoneSetView) => (set.consultation ? { ...set.consultation, label: 'DRAFT' } : null),
    decidedOn: async (set: ZoneSetView, _: unknown, ctx: Ctx) => (await ctx.zoneSetRecords.load(set.id))?.decidedOn ?? null,
  },
  ZoneEdit: {
    changes: (edit: ZoneEdit<unknown>) => edit.changes.map(describeFieldChange),
  },
  AreaMove: {
    fromSchools: (move: AreaMove) => move.fromSchoolIds.map(schoolRef),
    toSchools: (move: AreaMove) => move.toSchoolIds.map(schoolRef),
  },
} satisfies GraphQLResolverMap<Ctx>;

/** Arguments of a coverage report checked: the set, which must be the caller's district's. */
export async function readSetToCover(ctx: Ctx, args: { setId: string; minAreaSquareMeters: number }): Promise<ZoneSetView> {
  requireBureauRole(ctx.identity, 'read coverage reports');
  if (!(args.minAreaSquareMeters >= 0 && args.minAreaSquareMeters <= 1_000_000)) {
    throw new AppError('BAD_USER_INPUT', 'minAreaSquareMeters must be between 0 and 1,000,000.', { path: 'minAreaSquareMeters' });
  }
  const set = await ctx.repository.findZoneSet(args.setId);
  if (!set) throw new AppError('NOT_FOUND', `No zone set ${args.setId}.`, { path: 'setId' });
  requireBureau(ctx.identity, set.districtCode, 'setId');
  return set;
}

/** Arguments of a set comparison checked: two sets the caller may read, of one district and stage. */
export async function readSetsToCompare(ctx: Ctx, args: { fromSetId: string; toSetId: string }): Promise<{ from: ZoneSetView; to: ZoneSetView }> {
  const from = await readableSet(ctx, args.fromSetId, 'fromSetId');
  const to = await readableSet(ctx, args.toSetId, 'toSetId');
  if (from.districtCode !== to.districtCode || from.stage !== to.stage) {
    throw new AppError('BAD_USER_INPUT', 'Compare two sets of the same district and stage.', { path: 'toSetId' });
  }
  return { from, to };
}

/** A set the caller may read; a draft of another district reads as absent. */
async function readableSet(ctx: Ctx, id: string, path: string): Promise<ZoneSetView> {
  const set = await ctx.repository.findZoneSet(id);
  if (!set || !canRead(set, ctx.identity)) throw new AppError('NOT_FOUND', `No zone set ${id} you may read.`, { path });
  return set;
}
