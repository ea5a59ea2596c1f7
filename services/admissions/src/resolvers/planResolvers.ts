import { planKey, type EnrolmentPlan, type PlanFields, type Stage } from '../admissions/Admission';
import { parsePlanRow } from '../admissions/parseSchoolRows';
import { submitImport } from '../review/submitImport';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict } from './args';
import { rowsOf } from './recordResolvers';
import { isoAt, logIdentity } from './schoolResolvers';

type Rows = { row: number; fields: PlanFields }[];

/** Enrolment plans (招生计划): public reads, the bureau's import (review); schools submit theirs through the workflow (saveEnrolmentPlan). */
export const planResolvers = {
  Query: {
    enrolmentPlans: async (_: unknown, args: { districtCode: string; year: number; stage?: Stage | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const plans = await ctx.stores.plans.find({ districtCode: args.districtCode, year: args.year, ...(args.stage ? { stage: args.stage } : {}) });
      return plans.sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.stage.localeCompare(b.stage));
    },
    enrolmentPlanVersions: (_: unknown, args: { schoolId: string; year: number; stage: Stage }, ctx: Ctx) => ctx.stores.plans.find({ key: planKey(args) }, true),
  },
  Mutation: {
    importEnrolmentPlans: async (_: unknown, { input }: { input: { districtCode: string; content: string; decidedOn?: string | null } }, ctx: Ctx) => {
      await ctx.scope.requireBureauOf(ctx.identity, input.districtCode, 'input.districtCode', { action: 'IMPORT', entityType: 'ENROLMENT_PLAN', entityId: input.districtCode });
      const spec = {
        parse: (raw: unknown, row: number) => parsePlanRow(raw, row, input.districtCode),
        keyOf: planKey,
        findInForce: (keys: string[]) => ctx.stores.plans.findInForce(keys),
        requireScope: (rows: Rows) =>
          ctx.scope.requireSchoolsOf(ctx.identity, input.districtCode, rows.map((r) => ({ schoolId: r.fields.schoolId, row: r.row, path: 'input.content' })), {
            action: 'IMPORT', entityType: 'ENROLMENT_PLAN',
          }),
        check: async (rows: Rows) => (await Promise.all(rows.map((r) => ctx.checkPlan(r.fields, r.row)))).flat(),
      };
      return submitImport(ctx.changes, 'ENROLMENT_PLAN', spec, { districtCode: input.districtCode, rows: rowsOf(input.content), decidedOn: input.decidedOn }, ctx.identity);
    },
  },
  School: {
    enrolmentPlans: async (school: { id: string }, args: { year?: number | null }, ctx: Ctx) =>
      (await ctx.plansBySchool.load(school.id)).filter((p) => args.year == null || p.year === args.year).sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage)),
  },
  EnrolmentPlan: {
    school: (plan: EnrolmentPlan) => ({ __typename: 'School', id: plan.schoolId }),
    correctionReason: (plan: EnrolmentPlan) => plan.correctionReason ?? null,
    publishedAt: isoAt,
    ...logIdentity('ENROLMENT_PLAN'),
  },
};
