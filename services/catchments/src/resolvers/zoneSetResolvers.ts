import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { requireBureau } from '@zsgk/identity';
import type { RegisteredSchool } from '../register/SchoolRegister';
import { analyseCoverage } from '../zones/analyseCoverage';
import { diffZoneSets, type AreaMove } from '../zones/diffZoneSets';
import type { Stage, ZoneSetView } from '../zones/Zone';
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
      const from = await readableSet(ctx, args.fromSetId, 'fromSetId');
      const to = await readableSet(ctx, args.toSetId, 'toSetId');
      if (from.districtCode !== to.districtCode || from.stage !== to.stage) {
        throw new AppError('BAD_USER_INPUT', 'Compare two sets of the same district and stage.', { path: 'toSetId' });
      }
      const [before, after] = await Promise.all([ctx.repository.findZonesOfSet(from), ctx.repository.findZonesOfSet(to)]);
      return { from, to, ...(await diffZoneSets(before, after)) };
    },
    coverageReport: async (_: unknown, args: { setId: string; minAreaSquareMeters: number }, ctx: Ctx) => {
      requireBureauRole(ctx.identity, 'read coverage reports');
      if (!(args.minAreaSquareMeters >= 0 && args.minAreaSquareMeters <= 1_000_000)) {
        throw new AppError('BAD_USER_INPUT', 'minAreaSquareMeters must be between 0 and 1,000,000.', { path: 'minAreaSquareMeters' });
      }
      const set = await ctx.repository.findZoneSet(args.setId);
      if (!set) throw new AppError('NOT_FOUND', `No zone set ${args.setId}.`, { path: 'setId' });
      requireBureau(ctx.identity, set.districtCode, 'setId');
      const [zones, district, register] = await Promise.all([
        ctx.repository.findZonesOfSet(set),
        ctx.repository.findDistrict(set.districtCode),
        readRegister(ctx, set.districtCode),
      ]);
      const coverage = await analyseCoverage(district?.boundary ?? null, zones, set.stage, register.schools, args.minAreaSquareMeters, {
        get: () => ctx.zoneUnions.get(set.id),
        set: (union) => ctx.zoneUnions.set(set.id, union),
      });
      const notes = [...(register.note ? [register.note] : []), ...(district ? [] : [`no boundary is stored for district ${set.districtCode}: gaps were not computed`])];
      return {
        set,
        ...coverage,
        overlaps: coverage.overlaps.map((o) => ({ ...o, catchments: o.zones })),
        schoolsWithoutZone: (coverage.schoolsWithoutZone ?? []).map((s) => schoolRef(s.id)),
        schoolsChecked: coverage.schoolsWithoutZone !== null,
        notes,
      };
    },
  },
  ZoneSet: {
    createdAt: (set: ZoneSetView) => set.createdAt.toISOString(),
    publishedAt: (set: ZoneSetView) => set.publishedAt?.toISOString() ?? null,
    catchments: (set: ZoneSetView, _: unknown, ctx: Ctx) => ctx.repository.findZonesOfSet(set),
  },
  AreaMove: {
    fromSchools: (move: AreaMove) => move.fromSchoolIds.map(schoolRef),
    toSchools: (move: AreaMove) => move.toSchoolIds.map(schoolRef),
  },
} satisfies GraphQLResolverMap<Ctx>;

/** A set the caller may read; a draft of another district reads as absent. */
async function readableSet(ctx: Ctx, id: string, path: string): Promise<ZoneSetView> {
  const set = await ctx.repository.findZoneSet(id);
  if (!set || !canRead(set, ctx.identity)) throw new AppError('NOT_FOUND', `No zone set ${id} you may read.`, { path });
  return set;
}

async function readRegister(ctx: Ctx, districtCode: string): Promise<{ schools: RegisteredSchool[] | null; note: string | null }> {
  if (!ctx.schoolRegister) return { schools: null, note: 'schools without a zone were not checked: no school register (SCHOOLS_URL) is configured' };
  try {
    return { schools: await ctx.schoolRegister.listDistrictSchools(districtCode), note: null };
  } catch (error) {
    return { schools: null, note: `schools without a zone were not checked: ${(error as Error).message}` };
  }
}
