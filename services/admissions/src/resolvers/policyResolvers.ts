import { AppError } from '@zsgk/errors';
import { DATE_WINDOWS } from '@zsgk/validation';
import type { PreferentialAdmission, Published } from '../admissions/Admission';
import { beijingDate, parseDecidedOn } from '@zsgk/working-days';
import { PolicyDocumentStore } from '../data/PolicyDocumentStore';
import { parsePolicyDocument } from '../policy/parsePolicyDocument';
import { POLICY_STATUS_LABELS, policyStatus, type PolicyDocument } from '../policy/PolicyDocument';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { actorOf, checkDate, checkDistrict, dateOrToday, isBureauOf, plain } from './args';
import { checkReason } from './checkReason';
import { storedContentHash } from './schoolResolvers';

/** Policy documents for preferential admissions: drafted by the bureau, published (and expired) through review, read by all. */
export const policyResolvers = {
  Query: {
    policyDocuments: (_: unknown, args: { districtCode: string; includeDrafts?: boolean | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      if (args.includeDrafts && !isBureauOf(ctx.identity, args.districtCode)) {
        throw new AppError('FORBIDDEN', `Only the education bureau of district ${args.districtCode} reads draft documents.`, { path: 'includeDrafts' });
      }
      return ctx.stores.policies.find(args.districtCode, !args.includeDrafts);
    },
    policyDocumentVersions: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.stores.policies.versions.find({ key: args.id }, true),
  },
  PolicyDocumentVersion: {
    recordId: (v: Published) => v.id,
    publishedAt: (v: Published) => v.publishedAt.toISOString(),
    correctionReason: (v: Published) => v.correctionReason ?? null,
  },
  Mutation: {
    savePolicyDocument: async (_: unknown, args: { input: { districtCode: string } }, ctx: Ctx) => {
      await ctx.scope.requireBureauOf(ctx.identity, args.input.districtCode, 'input.districtCode', { action: 'SAVE_POLICY', entityType: 'POLICY_DOCUMENT', entityId: args.input.districtCode });
      const parsed = parsePolicyDocument(plain(args.input));
      if (!parsed.ok) throw new AppError('BAD_USER_INPUT', `${parsed.field} ${parsed.reason}`, { path: `input.${parsed.field}` });
      const saved = await ctx.stores.policies.saveDraft(parsed.value);
      if (!saved) {
        throw new AppError('CONFLICT', `${parsed.value.documentNumber} is published and is never edited; issue a new document, or set its expiry.`, { path: 'input.documentNumber' });
      }
      await log(ctx, 'SAVE_POLICY', saved, 'draft saved');
      return saved;
    },
    publishPolicyDocument: (_: unknown, args: { id: string; decidedOn?: string | null }, ctx: Ctx) =>
      ctx.policyChanges.submitPublication(args.id, ctx.identity, parseDecidedOn(args.decidedOn, 'decidedOn')),
    setPolicyDocumentExpiry: (_: unknown, args: { id: string; effectiveUntil: string; reason?: string | null; decidedOn?: string | null }, ctx: Ctx) => {
      const until = checkDate(args.effectiveUntil, 'effectiveUntil', DATE_WINDOWS.policy);
      const reason = args.reason == null ? null : checkReason(args.reason, 'reason');
      return ctx.policyChanges.submitExpiry(args.id, until, reason, ctx.identity, parseDecidedOn(args.decidedOn, 'decidedOn'));
    },
  },
  PolicyDocument: {
    published: (d: PolicyDocument) => d.publishedAt !== null,
    publishedAt: (d: PolicyDocument) => d.publishedAt?.toISOString() ?? null,
    versionPublishedAt: (d: PolicyDocument) => d.versionPublishedAt?.toISOString() ?? null,
    status: (d: PolicyDocument, args: { on?: string | null }) => policyStatus(d, dateOrToday(args.on, 'on')),
    statusLabel: (d: PolicyDocument) => POLICY_STATUS_LABELS[policyStatus(d, beijingDate())],
    contentHash: (d: PolicyDocument, _: unknown, ctx: Ctx) => (d.recordId ? storedContentHash(ctx, 'POLICY_DOCUMENT', d.recordId) : null),
  },
  PreferentialAdmission: {
    policyDocument: async (p: PreferentialAdmission & { districtCode?: string }, _: unknown, ctx: Ctx) => {
      if (!p.districtCode) return null;
      const doc = await ctx.policyById.load(PolicyDocumentStore.idOf(p.districtCode, p.policyDocumentNumber));
      // Drafts are the bureau's; the public sees a citation only of a published document.
      return doc && (doc.publishedAt || isBureauOf(ctx.identity, doc.districtCode)) ? doc : null;
    },
  },
};

function log(ctx: Ctx, action: string, doc: PolicyDocument, summary: string, changes?: object): Promise<void> {
  return ctx.stores.audit.record([{
    actor: actorOf(ctx.identity), role: ctx.identity.role, action, entityType: 'POLICY_DOCUMENT', entityId: doc.id,
    districtCode: doc.districtCode, schoolId: null, summary: `${doc.documentNumber} ${doc.title}: ${summary}`, changes: changes ? JSON.stringify(changes) : null,
  }]);
}
