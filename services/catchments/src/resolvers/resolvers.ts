import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import { requireBureau } from '@zsgk/identity';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import { importZoneSet, publishZoneSet } from '../zones/importZoneSet';
import { readDistrictBoundary } from '../zones/readDistrictBoundary';
import { DEFAULT_MAPPING, type ZonePropertyMapping } from '../zones/readZoneFeatures';
import type { Catchment, Stage } from '../zones/Zone';
import { checkDistrictCode, checkYear } from './checkArguments';
import type { CatchmentsContext } from './CatchmentsContext';

type Ctx = CatchmentsContext;
const schoolRef = (id: string) => ({ __typename: 'School', id });
const actorOf = (ctx: Ctx) => (ctx.identity.role === 'PUBLIC' ? 'anonymous' : ctx.identity.subject);

export const resolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    district: (_: unknown, args: { code: string }, ctx: Ctx) => {
      checkDistrictCode(args.code, 'code');
      return ctx.repository.findDistrict(args.code);
    },
    catchments: (_: unknown, args: { districtCode: string; year?: number | null; stage: Stage }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      checkYear(args.year, 'year');
      const { catchments, index } = ctx.catalog.current();
      const year = args.year ?? index.latest(args.stage);
      return catchments
        .filter((c) => c.districtCode === args.districtCode && c.stage === args.stage && c.year === year)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },
    locate: (_: unknown, args: { lng: number; lat: number; crs?: Crs | null; year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      const outside = checkChinaPosition(args.lng, args.lat);
      if (outside) throw new AppError('BAD_USER_INPUT', `The point ${outside}.`, { path: 'lng' });
      checkYear(args.year, 'year');
      const [lng, lat] = toWgs84([args.lng, args.lat], args.crs ?? 'WGS84');
      const answer = ctx.catalog.current().index.locate(lng, lat, {
        year: args.year,
        stage: args.stage,
        toleranceMeters: ctx.nearBoundaryMeters,
      });
      return {
        lng,
        lat,
        year: answer.year,
        matches: answer.matches.map((m) => ({ catchment: m.zone, edgeDistanceMeters: round2(m.edgeDistanceMeters) })),
        nearBoundary: answer.nearestEdgeMeters !== null,
        nearestEdgeMeters: answer.nearestEdgeMeters === null ? null : round2(answer.nearestEdgeMeters),
        nearbyCatchments: answer.nearby.map((n) => n.zone),
      };
    },
  },
  Mutation: {
    importDistrictBoundary: async (_: unknown, args: { input: DistrictImportArgs }, ctx: Ctx) => {
      const { input } = args;
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      const collection = parseJsonArgument(input.content, 'input.content');
      const { district, problems } = readDistrictBoundary(collection, {
        districtCode: input.districtCode,
        codeProperty: input.codeProperty,
        nameProperty: input.nameProperty,
        crs: input.crs,
        sampleData: input.sampleData ?? false,
      });
      if (!district) return { accepted: false, district: null, problems };
      await ctx.repository.saveDistrict(district, actorOf(ctx));
      return { accepted: true, district, problems: [] };
    },
    importCatchments: async (_: unknown, args: { input: CatchmentImportArgs }, ctx: Ctx) => {
      const { input } = args;
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      checkYear(input.year, 'input.year');
      return importZoneSet(ctx.repository, {
        districtCode: input.districtCode,
        year: input.year,
        stage: input.stage,
        crs: input.crs,
        collection: parseJsonArgument(input.content, 'input.content'),
        mapping: { ...DEFAULT_MAPPING, ...(input.mapping ?? {}) },
        sourceDocument: input.sourceDocument ?? null,
        sampleData: input.sampleData ?? false,
        actor: actorOf(ctx),
      });
    },
    publishCatchmentSet: async (_: unknown, args: { setId: string }, ctx: Ctx) => {
      if (ctx.identity.role !== 'BUREAU') {
        throw new AppError(ctx.identity.role === 'PUBLIC' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'Only the education bureau publishes zones.');
      }
      const set = await publishZoneSet(ctx.repository, args.setId, actorOf(ctx), ctx.identity.districtCode);
      await ctx.catalog.refresh();
      return ctx.catalog.current().catchments.filter((c) => c.setId === set.id);
    },
  },
  Catchment: {
    __resolveReference: async (ref: { id: string }, ctx: Ctx) => {
      const catchment = await ctx.catchmentLoader.load(ref.id);
      return catchment && isVisible(catchment, ctx) ? catchment : null;
    },
    schools: (c: Catchment) => c.schoolIds.map(schoolRef),
    feederSchools: (c: Catchment) => c.feederSchoolIds.map(schoolRef),
    publishedAt: (c: Catchment) => c.publishedAt?.toISOString() ?? null,
  },
  School: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    catchments: (school: { id: string }, args: { year?: number | null }, ctx: Ctx) => {
      checkYear(args.year, 'year');
      const { bySchool, index } = ctx.catalog.current();
      const year = args.year ?? index.latest();
      return (bySchool.get(school.id) ?? []).filter((c) => c.year === year);
    },
  },
};

interface DistrictImportArgs {
  districtCode: string;
  crs: Crs;
  content: string;
  codeProperty: string;
  nameProperty: string;
  sampleData?: boolean | null;
}

interface CatchmentImportArgs {
  districtCode: string;
  year: number;
  stage: Stage;
  crs: Crs;
  content: string;
  mapping?: Partial<ZonePropertyMapping> | null;
  sourceDocument?: string | null;
  sampleData?: boolean | null;
}

/** Drafts are the bureau's own business until published. */
function isVisible(catchment: Catchment, ctx: Ctx): boolean {
  if (catchment.status !== 'DRAFT') return true;
  return ctx.identity.role === 'BUREAU' && ctx.identity.districtCode === catchment.districtCode;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
