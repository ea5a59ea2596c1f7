import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import { requireBureau } from '@zsgk/identity';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import { answerUnderDrafts } from '../zones/answerUnderDrafts';
import { beijingDate } from '../zones/beijingDate';
import { catchmentDisclosure } from '../zones/catchmentDisclosure';
import { importZoneSet, type ZoneSetImportReport } from '../zones/importZoneSet';
import { checkBoundaryClearOfNeighbours } from '../zones/checkWithinDistrict';
import { readDistrictBoundary } from '../zones/readDistrictBoundary';
import type { BureauContact, Catchment, Stage } from '../zones/Zone';
import { checkDistrictCode, checkYear } from './checkArguments';
import type { CatchmentsContext } from './CatchmentsContext';
import { audited } from './audited';
import { actorOf, canRead, districtScope, schoolRef } from './resolverHelpers';
import { officerOf, reviewResolvers } from './reviewResolvers';
import { zoneSetResolvers } from './zoneSetResolvers';
import { deadlineResolvers } from './deadlineResolvers';
import { zoneUploadArgument, type ZoneUploadArgs } from './zoneUploadArgument';
import { problemsInChinese } from './problemsInChinese';
import { MAX_ADDRESS_LENGTH } from './gazetteerResolvers';

type Ctx = CatchmentsContext;

/** When a point is in no zone: how many of the closest zones to offer, and how far to look. */
const NEAREST_ZONES = 3;
const NEAREST_WITHIN_METERS = 5_000;

export const resolvers: GraphQLResolverMap<Ctx> = {
  ...zoneSetResolvers,
  ...reviewResolvers,
  ZoneSetClock: deadlineResolvers.ZoneSetClock,
  Query: {
    ...zoneSetResolvers.Query,
    ...reviewResolvers.Query,
    ...deadlineResolvers.Query,
    district: (_: unknown, args: { code: string }, ctx: Ctx) => {
      checkDistrictCode(args.code, 'code');
      return ctx.repository.findDistrict(args.code);
    },
    catchments: (_: unknown, args: { districtCode: string; year?: number | null; stage: Stage }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      checkYear(args.year, 'year');
      const { catchments, index } = ctx.published();
      const year = args.year ?? index.latest(args.districtCode, args.stage);
      return catchments
        .filter((c) => c.districtCode === args.districtCode && c.stage === args.stage && c.year === year)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },
    locate: (_: unknown, args: { lng: number; lat: number; crs?: Crs | null; year?: number | null; stage?: Stage | null; address?: string | null }, ctx: Ctx) => {
      const outside = checkChinaPosition(args.lng, args.lat);
      if (outside) throw new AppError('BAD_USER_INPUT', `The point ${outside}.`, { path: 'lng' });
      checkYear(args.year, 'year');
      const address = args.address?.trim() ?? '';
      if (address.length > MAX_ADDRESS_LENGTH) throw new AppError('BAD_USER_INPUT', `An address has at most ${MAX_ADDRESS_LENGTH} characters.`, { path: 'address' });
      const [lng, lat] = toWgs84([args.lng, args.lat], args.crs ?? 'WGS84');
      const snapshot = ctx.published();
      const answer = snapshot.index.locate(lng, lat, { year: args.year, stage: args.stage, toleranceMeters: ctx.nearBoundaryMeters });
      // The fallback search reaches 5 km; run it only for a point in no zone, and only if asked for.
      let nearestHits: ReturnType<typeof snapshot.index.nearest> | undefined;
      const districtCode = () => snapshot.districtAt(lng, lat)?.code ?? answer.matches[0]?.zone.districtCode ?? nearest()[0]?.zone.districtCode;
      const nearest = () =>
        (nearestHits ??=
          answer.matches.length
            ? []
            : snapshot.index.nearest(lng, lat, { year: answer.year, stage: args.stage, limit: NEAREST_ZONES, maxMeters: NEAREST_WITHIN_METERS }));
      return {
        lng,
        lat,
        // Without a year and in no zone: the latest year of the district the point lies in.
        year: () => answer.year ?? latestAt(snapshot, lng, lat, args.stage) ?? nearest()[0]?.zone.year ?? null,
        matches: answer.matches.map((m) => ({ catchment: m.zone, edgeDistanceMeters: () => round2(m.edgeDistanceMeters) })),
        nearBoundary: answer.nearestEdgeMeters !== null,
        nearestEdgeMeters: answer.nearestEdgeMeters === null ? null : round2(answer.nearestEdgeMeters),
        nearbyCatchments: answer.nearby.map((n) => n.zone),
        // Functions are called by the default field resolver only when the field is selected.
        nearestCatchments: () => nearest().map((n) => ({ catchment: n.zone, edgeDistanceMeters: round2(n.edgeDistanceMeters) })),
        nearestSchools: () => [...new Set(nearest().flatMap((n) => n.zone.schoolIds))].map(schoolRef),
        district: () => snapshot.districts.find((d) => d.code === districtCode()) ?? null,
        // Read by LocateResult.byAddress (ruleResolvers): the address in the district at the point.
        addressQuery: address && districtCode() ? { text: address, where: placeOf(snapshot, districtCode()!), year: args.year ?? null, stage: args.stage ?? null } : null,
        // Drafts out for comment, apart from the answer in force and labelled DRAFT.
        drafts: () =>
          answerUnderDrafts(snapshot, lng, lat, { stage: args.stage, toleranceMeters: ctx.nearBoundaryMeters, today: beijingDate() }).map((d) => ({
            label: 'DRAFT',
            consultationId: d.draft.consultation.consultationId,
            closesOn: d.draft.consultation.closesOn,
            zoneSet: d.draft.set,
            setId: d.draft.set.id,
            matches: d.matches.map((m) => ({ catchment: m.zone, edgeDistanceMeters: () => round2(m.edgeDistanceMeters) })),
            current: d.current,
            moves: d.moves,
            summary: d.summary,
            addressQuery: address
              ? { text: address, where: placeOf(snapshot, d.draft.set.districtCode), year: d.draft.set.year, stage: d.draft.set.stage }
              : null,
          })),
      };
    },
  },
  Mutation: {
    ...reviewResolvers.Mutation,
    importDistrictBoundary: audited<{ input: DistrictImportArgs }, DistrictImportResult, Ctx>(
      'importDistrictBoundary',
      {
        district: (args) => args.input.districtCode,
        done: (report, args) => ({
          summary: report.review ? `submitted ${report.review.id}` : `refused: ${report.problems.length} problem(s)`,
          target: report.review?.id ?? args.input.districtCode,
        }),
      },
      async (_, args, ctx) => {
        const { input } = args;
        requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
        const collection = parseJsonArgument(input.content, 'input.content');
        const { district, problems, repairs } = readDistrictBoundary(collection, {
          districtCode: input.districtCode,
          codeProperty: input.codeProperty,
          nameProperty: input.nameProperty,
          crs: input.crs,
          sampleData: input.sampleData ?? false,
          contact: input.contact ? readContact(input.contact) : null,
          repair: input.repair ?? false,
        });
        if (!district) return problemsInChinese({ accepted: false, district: null, problems, repairs, review: null });
        checkBoundaryClearOfNeighbours(district, await districtScope(ctx, input.districtCode), 'input.content');
        const review = await ctx.publisher.submitDistrict(district, officerOf(ctx.identity, 'import boundaries'));
        return { accepted: true, district, problems: [], repairs, review };
      },
    ),
    importCatchments: audited<{ input: CatchmentImportArgs }, ZoneSetImportReport, Ctx>(
      'importCatchments',
      {
        district: (args) => args.input.districtCode,
        done: (report) => ({ summary: report.accepted ? `drafted zone set version ${report.version} (${report.imported} zones)` : `refused: ${report.problems.length} problem(s)`, target: report.setId }),
      },
      async (_, args, ctx) => {
        const { input } = args;
        requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
        checkYear(input.year, 'input.year');
        const report = await importZoneSet(
          ctx.repository,
          ctx.schoolRegister,
          {
            districtCode: input.districtCode,
            year: input.year,
            stage: input.stage,
            crs: input.crs,
            upload: zoneUploadArgument(input),
            sourceDocument: input.sourceDocument ?? null,
            sampleData: input.sampleData ?? false,
            actor: actorOf(ctx),
          },
          await districtScope(ctx, input.districtCode),
        );
        return problemsInChinese(report);
      },
    ),
  },
  Catchment: {
    __resolveReference: async (ref: { id: string }, ctx: Ctx) => {
      const catchment = await ctx.catchmentLoader.load(ref.id);
      return catchment && canRead(catchment, ctx.identity) ? catchment : null;
    },
    schools: (c: Catchment) => c.schoolIds.map(schoolRef),
    feederSchools: (c: Catchment) => c.feederSchoolIds.map(schoolRef),
    publishedAt: (c: Catchment) => c.publishedAt?.toISOString() ?? null,
    recordId: async (c: Catchment, _: unknown, ctx: Ctx) => (await ctx.zoneSetRecords.load(c.setId))?.recordId ?? null,
    contentHash: async (c: Catchment, _: unknown, ctx: Ctx) => (await ctx.zoneSetRecords.load(c.setId))?.contentHash ?? null,
  },
  School: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    catchments: (school: { id: string }, args: { year?: number | null }, ctx: Ctx) => {
      checkYear(args.year, 'year');
      const zones = ctx.published().bySchool.get(school.id) ?? [];
      const year = args.year ?? latestOfSchool(zones, ctx);
      return zones.filter((c) => c.year === year);
    },
    catchmentDisclosure: (school: { id: string }, args: { year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      checkYear(args.year, 'year');
      const zones = ctx.published().bySchool.get(school.id) ?? [];
      const year = args.year ?? latestOfSchool(zones, ctx) ?? new Date().getUTCFullYear();
      return catchmentDisclosure(year, zones.filter((c) => c.year === year), args.stage);
    },
  },
};

type DistrictImportResult = { accepted: boolean; problems: unknown[]; review: { id: string } | null } & Record<string, unknown>;

interface DistrictImportArgs {
  districtCode: string;
  crs: Crs;
  content: string;
  codeProperty: string;
  nameProperty: string;
  sampleData?: boolean | null;
  contact?: { [K in keyof BureauContact]?: string | null } | null;
  repair?: boolean | null;
}

interface CatchmentImportArgs extends ZoneUploadArgs {
  districtCode: string;
  year: number;
  stage: Stage;
  crs: Crs;
  sourceDocument?: string | null;
  sampleData?: boolean | null;
}

/** Trims the contact fields; an empty department is refused, empty optional fields become null. */
function readContact(contact: NonNullable<DistrictImportArgs['contact']>): BureauContact {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const department = text(contact.department);
  if (!department) throw new AppError('BAD_USER_INPUT', 'The bureau contact needs a department name.', { path: 'input.contact.department' });
  return {
    department,
    enquiryPhone: text(contact.enquiryPhone),
    supervisionPhone: text(contact.supervisionPhone),
    address: text(contact.address),
    website: text(contact.website),
  };
}

function placeOf(snapshot: ReturnType<Ctx['published']>, districtCode: string) {
  return { districtCode, districtName: snapshot.districts.find((d) => d.code === districtCode)?.name ?? null };
}

function latestAt(snapshot: ReturnType<Ctx['published']>, lng: number, lat: number, stage: Stage | null | undefined): number | null {
  const district = snapshot.districtAt(lng, lat);
  return district ? snapshot.index.latest(district.code, stage) : null;
}

/** The latest published year of the district of a school's zones (a school's zones are all in its district). */
function latestOfSchool(zones: readonly Catchment[], ctx: Ctx): number | null {
  return zones[0] ? ctx.published().index.latest(zones[0].districtCode) : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
