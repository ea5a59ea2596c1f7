import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { AuditEvent } from '../audit/AuditEvent';
import { type Submission, type SubmissionKind, type SubmissionStatus } from '../workflow/Submission';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict, checkFirst, isBureauOf, plain, requireBureauReader } from './args';
import { checkReason } from './checkReason';

type SaveArgs = { input: object; submit?: boolean | null };
const save = (kind: SubmissionKind) => (_: unknown, args: SaveArgs, ctx: Ctx) => ctx.workflow.saveDraft(kind, plain(args.input), ctx.identity, args.submit ?? false);

/** The school → bureau review workflow and the write history. */
export const workflowResolvers = {
  Query: {
    submission: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const submission = await ctx.stores.submissions.findById(args.id);
      return submission && canRead(ctx.identity, submission) ? submission : null;
    },
    submissions: (_: unknown, args: { districtCode?: string | null; status?: SubmissionStatus[] | null; first?: number | null }, ctx: Ctx) => {
      const first = checkFirst(args.first);
      const status = args.status ?? undefined;
      if (ctx.identity.role === 'SCHOOL') return ctx.stores.submissions.find({ schoolId: ctx.identity.schoolId, status }).then((s) => s.slice(0, first));
      if (!args.districtCode) throw new AppError('BAD_USER_INPUT', 'Give the district whose submissions to list.', { path: 'districtCode' });
      requireBureauReader(ctx.identity, args.districtCode);
      return ctx.stores.submissions.find({ districtCode: args.districtCode, status }).then((s) => s.slice(0, first));
    },
    history: (_: unknown, args: { districtCode: string; schoolId?: string | null; entityId?: string | null; first?: number | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const first = checkFirst(args.first);
      if (ctx.identity.role === 'SCHOOL') {
        if (args.schoolId !== ctx.identity.schoolId) throw new AppError('FORBIDDEN', 'A school user reads its own school\'s history only: pass your schoolId.', { path: 'schoolId' });
      } else requireBureauReader(ctx.identity, args.districtCode);
      return ctx.stores.audit.find({ districtCode: args.districtCode, schoolId: args.schoolId ?? undefined, entityId: args.entityId ?? undefined }, first);
    },
  },
  Mutation: {
    saveAdmissionResult: save('ADMISSION_RESULT'),
    saveTransferReport: save('TRANSFER'),
    saveSchoolRules: save('SCHOOL_RULES'),
    saveEnrolmentPlan: save('ENROLMENT_PLAN'),
    submitSubmission: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.workflow.submit(args.id, ctx.identity),
    approveSubmission: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.workflow.approve(args.id, ctx.identity),
    returnSubmission: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) => ctx.workflow.returnSubmission(args.id, checkReason(args.reason), ctx.identity),
  },
  Submission: {
    school: (s: Submission) => ({ __typename: 'School', id: s.schoolId }),
    admissionResult: (s: Submission) => (s.kind === 'ADMISSION_RESULT' ? s.fields : null),
    transfer: (s: Submission) => (s.kind === 'TRANSFER' ? s.fields : null),
    schoolRules: (s: Submission) => (s.kind === 'SCHOOL_RULES' ? s.fields : null),
    enrolmentPlan: (s: Submission) => (s.kind === 'ENROLMENT_PLAN' ? s.fields : null),
    createdAt: (s: Submission) => s.createdAt.toISOString(),
    submittedAt: (s: Submission) => s.submittedAt?.toISOString() ?? null,
    reviewedAt: (s: Submission) => s.reviewedAt?.toISOString() ?? null,
    history: (s: Submission, _: unknown, ctx: Ctx) => ctx.stores.audit.find({ districtCode: s.districtCode, entityId: s.id }, 1000),
  },
  AuditEvent: {
    at: (e: AuditEvent) => e.at.toISOString(),
  },
};

/** The submitting school's users and the district's bureau read a submission; nobody else. */
function canRead(identity: Identity, s: Submission): boolean {
  return (identity.role === 'SCHOOL' && identity.schoolId === s.schoolId) || isBureauOf(identity, s.districtCode);
}
