import { AppError } from '@zsgk/errors';
import { parseJsonArgument } from '@zsgk/subgraph-host';
import { resultKey, rulesKey, schoolRulesKey, transferKey, type ResultFields, type Stage, type Term } from '../admissions/Admission';
import { parseResultRow, parseRulesRow } from '../admissions/parseRows';
import { timetableStatus } from '../admissions/timetableStatus';
import { submitImport } from '../review/submitImport';
import { submitRulesForm } from '../review/submitRulesForm';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict, dateOrToday, plain } from './args';

interface ImportArgs {
  input: { districtCode: string; content: string; decidedOn?: string | null };
}

/** Enrolment rules and admission results: public reads and the bureau's imports (submitted for review). */
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
    transferReportVersions: (_: unknown, args: { schoolId: string; year: number; term: Term }, ctx: Ctx) => ctx.stores.transfers.find({ key: transferKey(args) }, true),
    schoolRulesVersions: (_: unknown, args: { schoolId: string; year: number; stage: Stage }, ctx: Ctx) => ctx.stores.schoolRules.find({ key: schoolRulesKey(args) }, true),
    enrolmentTimetable: async (_: unknown, args: { districtCode: string; year: number; stage: Stage; on?: string | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const on = dateOrToday(args.on, 'on');
      const [rules] = await ctx.stores.rules.find({ key: rulesKey(args) });
      return rules ? { ...timetableStatus(rules.timetable, on), rules } : null;
    },
  },
  Mutation: {
    importEnrolmentRules: async (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      await ctx.scope.requireBureauOf(ctx.identity, input.districtCode, 'input.districtCode', { action: 'IMPORT', entityType: 'ENROLMENT_RULES', entityId: input.districtCode });
      const spec = { parse: (raw: unknown, row: number) => parseRulesRow(raw, row, input.districtCode), keyOf: rulesKey, findInForce: (keys: string[]) => ctx.stores.rules.findInForce(keys) };
      const report = await submitImport(ctx.changes, 'ENROLMENT_RULES', spec, { districtCode: input.districtCode, rows: rowsOf(input.content), decidedOn: input.decidedOn }, ctx.identity);
      // Rules without their interpretation are not a row to fix later but a publication refused (issue 13, item 3).
      const missing = report.problems.find((p) => p.field === 'interpretation');
      if (missing) {
        throw new AppError('BAD_USER_INPUT', `row ${missing.row}: interpretation ${missing.reason}`, {
          path: `input.content[${missing.row - 1}].interpretation`,
          details: { problems: report.problems },
        });
      }
      return report;
    },
    saveEnrolmentRules: async (_: unknown, { input }: { input: { districtCode: string } }, ctx: Ctx) => {
      await ctx.scope.requireBureauOf(ctx.identity, input.districtCode, 'input.districtCode', { action: 'SAVE_RULES', entityType: 'ENROLMENT_RULES', entityId: input.districtCode });
      // A form sends null for what was left empty; the row schema reads absent (lists default to []).
      const fields = Object.fromEntries(Object.entries(plain(input)).filter(([, value]) => value !== null));
      return submitRulesForm({ changes: ctx.changes, findInForce: (keys) => ctx.stores.rules.findInForce(keys) }, fields, input.districtCode, ctx.identity);
    },
    importAdmissionResults: async (_: unknown, { input }: ImportArgs, ctx: Ctx) => {
      await ctx.scope.requireBureauOf(ctx.identity, input.districtCode, 'input.districtCode', { action: 'IMPORT', entityType: 'ADMISSION_RESULT', entityId: input.districtCode });
      const spec = {
        parse: (raw: unknown, row: number) => parseResultRow(raw, row, input.districtCode),
        keyOf: resultKey,
        findInForce: (keys: string[]) => ctx.stores.results.findInForce(keys),
        requireScope: (rows: { row: number; fields: ResultFields }[]) =>
          ctx.scope.requireSchoolsOf(ctx.identity, input.districtCode, rows.map((r) => ({ schoolId: r.fields.schoolId, row: r.row, path: 'input.content' })), {
            action: 'IMPORT', entityType: 'ADMISSION_RESULT',
          }),
        check: async (rows: { row: number; fields: ResultFields }[]) => (await Promise.all(rows.map((r) => ctx.checkResult(r.fields, r.row)))).flat(),
      };
      return submitImport(ctx.changes, 'ADMISSION_RESULT', spec, { districtCode: input.districtCode, rows: rowsOf(input.content), decidedOn: input.decidedOn }, ctx.identity);
    },
  },
};

export function rowsOf(content: string): unknown[] {
  const value = parseJsonArgument(content, 'input.content');
  if (!Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'The import must be a JSON array of rows.', { path: 'input.content' });
  return value;
}
