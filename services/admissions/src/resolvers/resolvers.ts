import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { requireBureau } from '@zsgk/identity';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import { resultKey, rulesKey, type AdmissionResult, type Published, type Stage } from '../admissions/Admission';
import { parseResultRow, parseRulesRow } from '../admissions/parseRows';
import { publishRows } from '../admissions/publishRows';
import type { AdmissionsContext } from './AdmissionsContext';

type Ctx = AdmissionsContext;
interface ImportArgs {
  input: { districtCode: string; content: string };
}

export const resolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    enrolmentRules: (_: unknown, args: { districtCode: string; year: number; stage: Stage; includeSuperseded?: boolean | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      return ctx.stores.rules.find(
        { districtCode: args.districtCode, year: args.year, stage: args.stage },
        args.includeSuperseded ?? false,
      );
    },
    admissionResults: async (_: unknown, args: { districtCode: string; year: number; stage?: Stage | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const results = await ctx.stores.results.find({
        districtCode: args.districtCode,
        year: args.year,
        ...(args.stage ? { stage: args.stage } : {}),
      });
      return results.sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.stage.localeCompare(b.stage) || a.round - b.round);
    },
  },
  Mutation: {
    importEnrolmentRules: (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      return publishRows(ctx.stores.rules, rowsOf(input.content), (raw, row) => parseRulesRow(raw, row, input.districtCode), rulesKey, actor(ctx));
    },
    importAdmissionResults: (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      return publishRows(ctx.stores.results, rowsOf(input.content), (raw, row) => parseResultRow(raw, row, input.districtCode), resultKey, actor(ctx));
    },
  },
  School: {
    __resolveReference: (ref: { id: string; districtCode?: string }) => ref,
    admissions: async (school: { id: string }, args: { year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      const results = await ctx.resultsBySchool.load(school.id);
      return results
        .filter((r) => (args.year == null || r.year === args.year) && (args.stage == null || r.stage === args.stage))
        .sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage) || a.round - b.round);
    },
    enrolmentRules: async (school: { id: string; districtCode: string }, args: { year?: number | null }, ctx: Ctx) => {
      const rules = await ctx.rulesByDistrict.load(school.districtCode);
      const year = args.year ?? Math.max(...rules.map((r) => r.year));
      return rules.filter((r) => r.year === year).sort((a, b) => a.stage.localeCompare(b.stage));
    },
  },
  AdmissionResult: {
    school: (result: AdmissionResult) => ({ __typename: 'School', id: result.schoolId }),
    fillRate: (result: AdmissionResult) => (result.plannedSeats > 0 ? Math.round((result.admitted / result.plannedSeats) * 1000) / 1000 : null),
    publishedAt: (record: Published) => record.publishedAt.toISOString(),
  },
  EnrolmentRules: {
    publishedAt: (record: Published) => record.publishedAt.toISOString(),
  },
};

function rowsOf(content: string): unknown[] {
  const value = parseJsonArgument(content, 'input.content');
  if (!Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'The import must be a JSON array of rows.', { path: 'input.content' });
  return value;
}

function checkDistrict(code: string): void {
  if (!/^\d{6}$/.test(code)) throw new AppError('BAD_USER_INPUT', 'A district code has 6 digits.', { path: 'districtCode' });
}

function actor(ctx: Ctx): string {
  return ctx.identity.role === 'PUBLIC' ? 'anonymous' : ctx.identity.subject;
}
