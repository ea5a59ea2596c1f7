import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { translateReason } from '@zsgk/messages';
import { checkCalendarDate, DATE_WINDOWS } from '@zsgk/validation';
import { requireBureau } from '@zsgk/identity';
import type { Connection } from 'mongoose';
import { createGazetteerModels } from '../data/GazetteerModels';
import { GazetteerRepository } from '../data/GazetteerRepository';
import type { ExternalGeocoder } from '../gazetteer/ExternalGeocoder';
import type { AssignedStage } from '../gazetteer/GazetteerEntry';
import { GazetteerCatalog } from '../gazetteer/GazetteerCatalog';
import { geocodeAddress, type GeocodeCandidate } from '../gazetteer/geocodeAddress';
import type { AddressPlace } from '../gazetteer/normalizeAddress';
import { readGazetteerRows } from '../gazetteer/readGazetteerRows';
import type { Stage } from '../zones/Zone';
import { beijingDate } from '../zones/beijingDate';
import { checkPointsWithinDistrict } from '../zones/checkWithinDistrict';
import { audited } from './audited';
import { checkDistrictCode, checkYear } from './checkArguments';
import { districtScope } from './resolverHelpers';
import { answerByAddress, ruleResolvers } from './ruleResolvers';
import { officerOf } from './reviewResolvers';
import type { CatchmentsContext } from './CatchmentsContext';

/** What the gazetteer resolvers need beyond the catchments context. */
export interface GazetteerDeps {
  repository: GazetteerRepository;
  catalog: GazetteerCatalog;
  external: ExternalGeocoder | null;
}
export interface GazetteerContext extends CatchmentsContext {
  gazetteer: GazetteerDeps;
}
type Ctx = GazetteerContext;

export const MAX_ADDRESS_LENGTH = 200;
export const MAX_CANDIDATES = 20;

export async function createGazetteerDeps(connection: Connection, external: ExternalGeocoder | null): Promise<GazetteerDeps> {
  const repository = new GazetteerRepository(createGazetteerModels(connection));
  await repository.ensureIndexes();
  return { repository, catalog: new GazetteerCatalog(repository), external };
}

export const gazetteerResolvers = {
  Query: {
    geocode: async (_: unknown, args: GeocodeArgs, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      checkYear(args.year, 'year');
      const text = args.text.trim();
      if (text === '' || text.length > MAX_ADDRESS_LENGTH) {
        throw new AppError('BAD_USER_INPUT', `An address has 1 to ${MAX_ADDRESS_LENGTH} characters.`, { path: 'text' });
      }
      const limit = args.limit ?? 5;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES) {
        throw new AppError('BAD_USER_INPUT', `limit must be 1 to ${MAX_CANDIDATES}.`, { path: 'limit' });
      }
      const where = await placeOf(args.districtCode, ctx);
      const found = await ctx.gazetteer.catalog.find(where);
      const { index, catchments } = ctx.catalog.current();
      const answer = await geocodeAddress(
        text,
        where,
        { year: args.year ?? null, stage: args.stage ?? null, limit },
        {
          gazetteer: found?.index ?? null,
          zones: index,
          catchments,
          external: ctx.gazetteer.external,
          toleranceMeters: ctx.nearBoundaryMeters,
          warn: (message, error) => console.warn(`[catchments] ${message}:`, (error as Error).message),
        },
      );
      const { normalized } = answer;
      return {
        text,
        normalized: normalized.text,
        street: normalized.street,
        houseNumber: normalized.houseNumber,
        building: normalized.building,
        unit: normalized.unit,
        room: normalized.room,
        year: answer.year,
        gazetteerVersion: found?.version ?? null,
        gazetteerValidFrom: found?.validFrom ?? null,
        candidates: answer.candidates.map(toCandidate),
        clearMatch: answer.clearMatch,
        byAddress: () => answerByAddress({ text, where, year: args.year ?? null, stage: args.stage ?? null }, ctx),
      };
    },
  },
  Mutation: {
    importGazetteer: audited<{ input: GazetteerImportArgs }, GazetteerImportResult, Ctx>(
      'importGazetteer',
      {
        district: (args) => args.input.districtCode,
        done: (report) => ({ summary: report.review ? `submitted ${report.review.id} (${report.imported} rows)` : `refused: ${report.problems.length} problem(s)`, target: report.review?.id ?? null }),
      },
      async (_, args, ctx) => {
        const { input } = args;
        requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
        checkYear(input.year, 'input.year');
        const validFrom = readValidFrom(input.validFrom);
        // Checked against the zones as published now, not this replica's last poll (docs/scale.md).
        const published = (await ctx.catalog.fresh()).catchments.filter((c) => c.districtCode === input.districtCode && c.year === input.year);
        const zoneExists = (stage: AssignedStage, zone: string) => published.some((c) => c.stage === stage && (c.id === zone || c.name === zone));
        const { entries, problems } = readGazetteerRows(input.content, { crs: input.crs, where: await placeOf(input.districtCode, ctx), zoneExists });
        if (problems.length) return { accepted: false, version: null, imported: 0, problems, review: null };
        checkPointsWithinDistrict(entries, input.districtCode, await districtScope(ctx, input.districtCode), 'input.content');
        const officer = officerOf(ctx.identity, 'import gazetteers');
        const set = await ctx.gazetteer.repository.draft(
          { districtCode: input.districtCode, year: input.year, crs: input.crs, sampleData: input.sampleData ?? false, validFrom },
          entries,
          officer.subject,
        );
        const review = await ctx.publisher.submitGazetteer(set, officer);
        return { accepted: true, version: set.version, imported: entries.length, problems: [], review };
      },
    ),
  },
} satisfies GraphQLResolverMap<Ctx>;

/** Adds the gazetteer's Query and Mutation fields, and the address-rule fields that read the gazetteer, to the service's resolver map. */
export function withGazetteerResolvers(resolvers: GraphQLResolverMap<CatchmentsContext>): GraphQLResolverMap<Ctx> {
  return {
    ...resolvers,
    Query: { ...(resolvers.Query as object), ...gazetteerResolvers.Query },
    Mutation: { ...(resolvers.Mutation as object), ...gazetteerResolvers.Mutation },
    Catchment: { ...(resolvers.Catchment as object), ...ruleResolvers.Catchment },
    LocateResult: ruleResolvers.LocateResult,
    DraftLocateAnswer: ruleResolvers.DraftLocateAnswer,
    RuleProblem: ruleResolvers.RuleProblem,
    CoverageReport: ruleResolvers.CoverageReport,
  } as GraphQLResolverMap<Ctx>;
}

async function placeOf(districtCode: string, ctx: Ctx): Promise<AddressPlace> {
  const district = await ctx.repository.findDistrict(districtCode);
  return { districtCode, districtName: district?.name ?? null };
}

/** validFrom as given (a real calendar date, YYYY-MM-DD), or today in Beijing. */
function readValidFrom(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return beijingDate();
  const checked = checkCalendarDate(value.trim(), DATE_WINDOWS.asked);
  if (!checked.ok) throw new AppError('BAD_USER_INPUT', `生效日期（validFrom）${translateReason(checked.reason)}`, { path: 'input.validFrom' });
  return checked.date;
}

function toCandidate(candidate: GeocodeCandidate) {
  return { ...candidate, lng: candidate.point?.[0] ?? null, lat: candidate.point?.[1] ?? null };
}

type GazetteerImportResult = { accepted: boolean; imported: number; problems: unknown[]; review: { id: string } | null } & Record<string, unknown>;

interface GeocodeArgs {
  text: string;
  districtCode: string;
  year?: number | null;
  stage?: Stage | null;
  limit?: number | null;
}

interface GazetteerImportArgs {
  districtCode: string;
  year: number;
  crs: Crs;
  content: string;
  sampleData?: boolean | null;
  validFrom?: string | null;
}
