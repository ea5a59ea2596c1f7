import type { AdmissionResult, Published, ResultFields, Stage } from '../admissions/Admission';
import { admissionsDisclosure } from '../disclosure/admissionsDisclosure';
import { contentHash } from '@zsgk/publication';
import { contentOf } from '../publication/contentOf';
import type { PublishedKind } from '../publication/VersionChange';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';

type SchoolRef = { id: string; districtCode?: string };
const ofYear = <T extends { year: number }>(rows: T[], year: number | null | undefined) => rows.filter((r) => year == null || r.year === year);
const newestFirst = <T extends { year: number }>(rows: T[]) => [...rows].sort((a, b) => b.year - a.year);
const latestYear = (rows: { year: number }[]) => (rows.length ? Math.max(...rows.map((r) => r.year)) : null);
export const isoAt = (record: Published) => record.publishedAt.toISOString();
/** recordId (the version's id, as its log entries name it) and contentHash of a published version (rules, result, plan, transfers, school rules, named list). */
export const logIdentity = (kind: PublishedKind) => ({
  recordId: (record: Published) => record.id,
  contentHash: (record: Published, _: unknown, ctx: Ctx) => storedContentHash(ctx, kind, record.id),
});
/** The hash of a version's content as stored now, as the publication log hashed it at publication. */
export async function storedContentHash(ctx: Ctx, kind: PublishedKind, recordId: string): Promise<string | null> {
  const stored = await ctx.versions.load({ kind, recordId });
  return stored ? contentHash(contentOf(kind, stored)) : null;
}
const withDistrict = (r: Pick<ResultFields, 'districtCode' | 'preferential'>) => (r.preferential ?? []).map((p) => ({ ...p, districtCode: r.districtCode }));

/** Fields the admissions service adds to School, and the published record types' derived fields. */
export const schoolResolvers = {
  School: {
    __resolveReference: (ref: SchoolRef) => ref,
    admissions: async (school: SchoolRef, args: { year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      const results = await ctx.resultsBySchool.load(school.id);
      return ofYear(results, args.year)
        .filter((r) => args.stage == null || r.stage === args.stage)
        .sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage) || a.round - b.round);
    },
    enrolmentRules: async (school: Required<SchoolRef>, args: { year?: number | null }, ctx: Ctx) => {
      const rules = await ctx.rulesByDistrict.load(school.districtCode);
      return ofYear(rules, args.year ?? latestYear(rules)).sort((a, b) => a.stage.localeCompare(b.stage));
    },
    schoolRules: async (school: SchoolRef, args: { year?: number | null }, ctx: Ctx) => {
      const rules = await ctx.schoolRulesBySchool.load(school.id);
      return ofYear(rules, args.year ?? latestYear(rules)).sort((a, b) => a.stage.localeCompare(b.stage));
    },
    transfers: async (school: SchoolRef, args: { year?: number | null }, ctx: Ctx) =>
      newestFirst(ofYear(await ctx.transfersBySchool.load(school.id), args.year)).sort((a, b) => b.year - a.year || a.term.localeCompare(b.term)),
    namedLists: async (school: SchoolRef, args: { year?: number | null }, ctx: Ctx) => newestFirst(ofYear(await ctx.namedListsBySchool.load(school.id), args.year)),
    admissionsDisclosure: async (school: Required<SchoolRef>, args: { year?: number | null; stage?: Stage | null }, ctx: Ctx) => {
      const [rules, results, transfers, schoolRules, plans] = await Promise.all([
        ctx.rulesByDistrict.load(school.districtCode),
        ctx.resultsBySchool.load(school.id),
        ctx.transfersBySchool.load(school.id),
        ctx.schoolRulesBySchool.load(school.id),
        ctx.plansBySchool.load(school.id),
      ]);
      const year = args.year ?? latestYear(rules) ?? new Date().getUTCFullYear();
      const stageOk = (r: { stage: Stage }) => args.stage == null || r.stage === args.stage;
      const items = admissionsDisclosure({
        year,
        rules: ofYear(rules, year).filter(stageOk),
        schoolRules: ofYear(schoolRules, year).filter(stageOk),
        plans: ofYear(plans, year).filter(stageOk),
        results: ofYear(results, year).filter(stageOk),
        transferTerms: ofYear(transfers, year).map((t) => t.term),
      });
      return { year, items, missing: items.filter((i) => !i.present).map((i) => i.item) };
    },
  },
  AdmissionResult: {
    school: (result: AdmissionResult) => ({ __typename: 'School', id: result.schoolId }),
    fillRate: (result: AdmissionResult) => (result.plannedSeats > 0 ? Math.round((result.admitted / result.plannedSeats) * 1000) / 1000 : null),
    preferential: withDistrict,
    correctionReason: (record: Published) => record.correctionReason ?? null,
    publishedAt: isoAt,
    ...logIdentity('ADMISSION_RESULT'),
  },
  SubmittedAdmissionResult: { preferential: withDistrict },
  EnrolmentRules: { publishedAt: isoAt, ...logIdentity('ENROLMENT_RULES') },
  TransferReport: { school: (r: { schoolId: string }) => ({ __typename: 'School', id: r.schoolId }), publishedAt: isoAt, ...logIdentity('TRANSFER') },
  SchoolRules: { school: (r: { schoolId: string }) => ({ __typename: 'School', id: r.schoolId }), publishedAt: isoAt, ...logIdentity('SCHOOL_RULES') },
};
