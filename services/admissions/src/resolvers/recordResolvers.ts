import { AppError } from '@zsgk/errors';
import { requireBureau } from '@zsgk/identity';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import { resultKey, rulesKey, type Stage } from '../admissions/Admission';
import { parseResultRow, parseRulesRow } from '../admissions/parseRows';
import { publishRows, type PublishedChange } from '../admissions/publishRows';
import { timetableStatus } from '../admissions/timetableStatus';
import { diffFields } from '../audit/AuditEvent';
import { createCitationCheck } from '../policy/checkPolicyCitations';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { actorOf, checkDistrict, dateOrToday } from './args';

interface ImportArgs {
  input: { districtCode: string; content: string };
}

/** Enrolment rules and admission results: public reads and the bureau's imports. */
export const recordResolvers = {
  Query: {
    enrolmentRules: (_: unknown, args: { districtCode: string; year: number; stage: Stage; includeSuperseded?: boolean | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      return ctx.stores.rules.find({ districtCode: args.districtCode, year: args.year, stage: args.stage }, args.includeSuperseded ?? false);
    },
    admissionResults: async (_: unknown, args: { districtCode: string; year: number; stage?: Stage | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const results = await ctx.stores.results.find({ districtCode: args.districtCode, year: args.year, ...(args.stage ? { stage: args.stage } : {}) });
      return results.sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.stage.localeCompare(b.stage) || a.round - b.round);
    },
    admissionResultVersions: (_: unknown, args: { schoolId: string; year: number; stage: Stage; round?: number | null }, ctx: Ctx) =>
      ctx.stores.results.find({ key: resultKey({ schoolId: args.schoolId, year: args.year, stage: args.stage, round: args.round ?? 1 }) }, true),
    enrolmentTimetable: async (_: unknown, args: { districtCode: string; year: number; stage: Stage; on?: string | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const on = dateOrToday(args.on, 'on');
      const [rules] = await ctx.stores.rules.find({ key: rulesKey(args) });
      return rules ? { ...timetableStatus(rules.timetable, on), rules } : null;
    },
  },
  Mutation: {
    importEnrolmentRules: (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      return publishRows(ctx.stores.rules, rowsOf(input.content), (raw, row) => parseRulesRow(raw, row, input.districtCode), rulesKey, actorOf(ctx.identity),
        undefined, (published) => logImport(ctx, 'ENROLMENT_RULES', input.districtCode, published));
    },
    importAdmissionResults: (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      requireBureau(ctx.identity, input.districtCode, 'input.districtCode');
      const citations = createCitationCheck(ctx.stores.policies);
      return publishRows(ctx.stores.results, rowsOf(input.content), (raw, row) => parseResultRow(raw, row, input.districtCode), resultKey, actorOf(ctx.identity),
        async (rows) => (await Promise.all(rows.map((r) => citations(r.fields, r.row)))).flat(),
        (published) => logImport(ctx, 'ADMISSION_RESULT', input.districtCode, published));
    },
  },
};

function logImport<F extends object>(ctx: Ctx, entityType: string, districtCode: string, published: PublishedChange<F>[]): Promise<void> {
  return ctx.stores.audit.record(
    published.map((p) => ({
      actor: actorOf(ctx.identity), role: ctx.identity.role, action: 'IMPORT', entityType, entityId: p.id, districtCode,
      schoolId: ((p.fields as { schoolId?: string }).schoolId ?? null),
      summary: `${entityType} ${p.key}: ${p.previous ? `version ${p.previous.version + 1}, superseding ${p.previous.id} (${p.correctionReason})` : 'published'}`,
      changes: JSON.stringify(diffFields(p.previous ?? null, p.fields)),
    })),
  );
}

function rowsOf(content: string): unknown[] {
  const value = parseJsonArgument(content, 'input.content');
  if (!Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'The import must be a JSON array of rows.', { path: 'input.content' });
  return value;
}
