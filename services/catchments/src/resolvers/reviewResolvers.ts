import { parseDecidedOn } from '@zsgk/working-days';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError } from '@zsgk/errors';
import { requireBureau, type Identity } from '@zsgk/identity';
import { canonicalJson, type ReviewItem, type ReviewStatus } from '@zsgk/publication';
import type { AuditEvent } from '../audit/AuditEvent';
import { ZONE_SET, ZONE_SET_CONSULTATION, type Officer } from '../publication/CatchmentPublisher';
import { checkDistrictCode } from './checkArguments';
import type { CatchmentsContext } from './CatchmentsContext';
import { audited } from './audited';
import { canRead, requireBureauRole } from './resolverHelpers';

type Ctx = CatchmentsContext;
const MAX_REASON = 500;
const MAX_AUDIT = 1000;

/** A bureau officer, acting in their own district. */
export function officerOf(identity: Identity, action: string): Officer {
  requireBureauRole(identity, action);
  return { subject: identity.subject, districtCode: identity.districtCode };
}

const item = (result: ReviewItem) => ({ summary: `${result.id}: ${result.status} — ${result.summary}`, target: result.id, districtCode: result.districtCode });

/** Review of this service's publications (先审查、后公开), its audit, and its part of the publication log. */
export const reviewResolvers = {
  Query: {
    catchmentChanges: async (_: unknown, args: { districtCode: string; status?: ReviewStatus | null }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      requireBureau(ctx.identity, args.districtCode);
      const items = await ctx.publisher.list(args.districtCode, args.status ?? undefined);
      return items;
    },
    catchmentAudit: async (_: unknown, args: { districtCode: string; limit: number }, ctx: Ctx) => {
      checkDistrictCode(args.districtCode, 'districtCode');
      requireBureau(ctx.identity, args.districtCode);
      if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > MAX_AUDIT) {
        throw new AppError('BAD_USER_INPUT', `limit must be 1 to ${MAX_AUDIT}.`, { path: 'limit' });
      }
      return ctx.audit.find(args.districtCode, args.limit);
    },
  },
  Mutation: {
    publishCatchmentSet: audited<{ setId: string; decidedOn?: string | null }, ReviewItem, Ctx>(
      'publishCatchmentSet',
      { target: (args) => args.setId, done: item },
      async (_, args, ctx) => ctx.publisher.submitZoneSet(args.setId, officerOf(ctx.identity, 'publish zones'), parseDecidedOn(args.decidedOn, 'decidedOn')),
    ),
    openZoneSetConsultation: audited<{ setId: string; consultationId: string; closesOn: string }, ReviewItem, Ctx>(
      'openZoneSetConsultation',
      { target: (args) => args.setId, done: item },
      async (_, args, ctx) =>
        ctx.publisher.submitConsultation(args.setId, args.consultationId.trim(), args.closesOn.trim(), officerOf(ctx.identity, 'open zone sets for comment')),
    ),
    approveCatchmentChange: audited<{ id: string }, ReviewItem, Ctx>(
      'approveCatchmentChange',
      { target: (args) => args.id, done: item },
      async (_, args, ctx) => ctx.publisher.approve(args.id, officerOf(ctx.identity, 'approve changes')),
    ),
    returnCatchmentChange: audited<{ id: string; reason: string }, ReviewItem, Ctx>(
      'returnCatchmentChange',
      { target: (args) => args.id, done: item },
      async (_, args, ctx) => {
        const officer = officerOf(ctx.identity, 'return changes');
        const reason = args.reason.trim();
        if (!reason || reason.length > MAX_REASON) throw new AppError('BAD_USER_INPUT', `退回理由须为 1–${MAX_REASON} 个字符`, { path: 'reason' });
        return ctx.publisher.returnChange(args.id, reason, officer);
      },
    ),
  },
  CatchmentChange: {
    zoneSet: async (change: ReviewItem, _: unknown, ctx: Ctx) => {
      if (change.kind !== ZONE_SET && change.kind !== ZONE_SET_CONSULTATION) return null;
      const set = await ctx.repository.findZoneSet((change.payload as { setId: string }).setId);
      return set && canRead(set, ctx.identity) ? set : null;
    },
    publishedRecordId: (change: ReviewItem) => (change.result as { recordId?: string } | null)?.recordId ?? null,
    publishedVersion: (change: ReviewItem) => (change.result as { version?: number } | null)?.version ?? null,
  },
  CatchmentAuditEvent: {
    at: (event: AuditEvent) => event.at.toISOString(),
  },
  PublicationLogEntry: {
    __resolveReference: (ref: { kind: string; recordId: string; version: number }) => ref,
    catchmentsContent: async (ref: { kind: string; recordId: string }, _: unknown, ctx: Ctx) => {
      const content = await ctx.publisher.contentOf(ref.kind, ref.recordId);
      return content === null ? null : canonicalJson(content);
    },
  },
} satisfies GraphQLResolverMap<Ctx>;
