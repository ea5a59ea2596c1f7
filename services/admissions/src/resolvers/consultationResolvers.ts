import { AppError } from '@zsgk/errors';
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { CommentGroup } from '../consultation/checkGroups';
import { acceptsComments, ADOPTION_DECISIONS, DECISION_LABELS, windowDays, type Consultation, type FeedbackGroup } from '../consultation/Consultation';
import type { ConsultationComment } from '../consultation/ConsultationComment';
import type { Consultations } from '../consultation/Consultations';
import { optionalPlainText, plainText } from '../consultation/plainText';
import type { AdmissionsContext } from './AdmissionsContext';
import { checkDistrict, plain } from './args';

/** What consultations add to the request context (server.ts puts them there). */
export interface ConsultationContext {
  consultations: Consultations;
  /** Comments per consultation id, batched: one query for every consultation in a response. */
  commentCounts: DataLoader<string, number>;
  /** The client's address as the gateway signed it (absent when the subgraph is called without the gateway): comment limits per client. */
  clientAddress?: string;
}
type Ctx = AdmissionsContext & ConsultationContext;

export function createConsultationLoaders(counts: (ids: readonly string[]) => Promise<Map<string, number>>): Pick<ConsultationContext, 'commentCounts'> {
  return { commentCounts: new DataLoader(async (ids) => { const found = await counts(ids); return ids.map((id) => found.get(id) ?? 0); }) };
}

const groupsSchema = z
  .array(
    z.object({
      receipts: z.array(z.string().max(40)).max(10_000, '一组最多 10,000 条意见'),
      summary: plainText('分组摘要', 1_000),
      decision: z.enum(ADOPTION_DECISIONS).nullish().transform((v) => v ?? null),
      reason: optionalPlainText('理由', 2_000),
    }),
  )
  .max(1_000, '最多 1,000 组');

function parseGroups(groups: unknown): CommentGroup[] {
  const parsed = groupsSchema.safeParse(groups);
  if (parsed.success) return parsed.data.map((g) => ({ ...g, receipts: [...new Set(g.receipts)] }));
  const issue = parsed.error.issues[0]!;
  const path = issue.path.reduce<string>((p, part) => (typeof part === 'number' ? `${p}[${part}]` : `${p}.${part}`), 'groups');
  throw new AppError('BAD_USER_INPUT', issue.message, { path });
}

function text<T>(rule: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, path: string): T {
  const parsed = rule.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_USER_INPUT', parsed.error.issues[0]!.message, { path });
  return parsed.data;
}

/** Public order: taking comments, then not yet open, then past the window, then closed; newest first within each. */
function rank(c: Consultation, today: string): number {
  if (acceptsComments(c, today)) return 0;
  if (c.phase === 'OPEN') return today < c.opensOn ? 1 : 2;
  return 3;
}

/** Consultations on drafts (征求意见): opened and closed through review, commented on by anyone, read by all (contacts by the bureau alone). */
export const consultationResolvers = {
  Query: {
    consultations: async (_: unknown, args: { districtCode: string }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const today = ctx.consultations.today();
      const all = await ctx.consultations.find(args.districtCode);
      return all.sort((a, b) => rank(a, today) - rank(b, today) || b.opensOn.localeCompare(a.opensOn) || a.consultationId.localeCompare(b.consultationId));
    },
    consultation: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.consultations.findOne(args.id),
    consultationComments: (_: unknown, args: { consultationId: string }, ctx: Ctx) => ctx.consultations.comments(args.consultationId, ctx.identity),
    commentGrouping: (_: unknown, args: { consultationId: string }, ctx: Ctx) => ctx.consultations.grouping(args.consultationId, ctx.identity),
  },
  Mutation: {
    openConsultation: (_: unknown, args: { input: { districtCode: string } }, ctx: Ctx) => {
      checkDistrict(args.input.districtCode, 'input.districtCode');
      return ctx.consultations.open(plain(args.input), ctx.identity);
    },
    submitConsultationComment: async (_: unknown, args: { consultationId: string; text: string; contact?: string | null }, ctx: Ctx) => {
      const { comment, duplicate } = await ctx.consultations.comment(args.consultationId, args.text, args.contact, ctx.clientAddress);
      return { receipt: comment.receipt, consultationId: comment.consultationId, duplicate, submittedAt: comment.submittedAt.toISOString() };
    },
    saveCommentGroups: (_: unknown, args: { consultationId: string; revision: number; groups: unknown[] }, ctx: Ctx) => {
      if (!Number.isInteger(args.revision) || args.revision < 0) throw new AppError('BAD_USER_INPUT', '版本号应为不小于 0 的整数', { path: 'revision' });
      return ctx.consultations.saveGroups(args.consultationId, args.revision, parseGroups(plain({ groups: args.groups }).groups), ctx.identity);
    },
    closeConsultation: (_: unknown, args: { id: string; finalRecordId: string; summary?: string | null }, ctx: Ctx) =>
      ctx.consultations.close(args.id, text(plainText('最终版本编号', 200), args.finalRecordId, 'finalRecordId'), text(optionalPlainText('说明', 5_000), args.summary, 'summary'), ctx.identity),
  },
  Consultation: {
    id: (c: Consultation) => c.consultationId,
    recordId: (c: Consultation) => c.id,
    windowDays: (c: Consultation) => windowDays(c.opensOn, c.closesOn),
    status: (c: Consultation) => (c.phase === 'CLOSED' ? 'CLOSED' : 'CONSULTATION'),
    statusLabel: (c: Consultation, _: unknown, ctx: Ctx) => ['征求意见中', '尚未开始', '意见征集已截止', '已结束（已反馈）'][rank(c, ctx.consultations.today())],
    acceptingComments: (c: Consultation, _: unknown, ctx: Ctx) => acceptsComments(c, ctx.consultations.today()),
    commentCount: (c: Consultation, _: unknown, ctx: Ctx) => ctx.commentCounts.load(c.consultationId),
    supersededBy: (c: Consultation) => c.feedback?.finalRecordId ?? null,
    publishedAt: (c: Consultation) => c.publishedAt.toISOString(),
    correctionReason: (c: Consultation) => c.correctionReason ?? null,
  },
  FeedbackGroup: {
    decisionLabel: (g: FeedbackGroup) => DECISION_LABELS[g.decision],
    commentCount: (g: FeedbackGroup) => g.receipts.length,
  },
  ConsultationComment: {
    submittedAt: (c: ConsultationComment) => c.submittedAt.toISOString(),
  },
  CommentGrouping: {
    savedAt: (g: { savedAt: Date | null }) => g.savedAt?.toISOString() ?? null,
  },
};
