import type { ReviewItem, ReviewStatus } from '@zsgk/publication';
import { canonicalJson } from '@zsgk/publication';
import type { RulesFields } from '../admissions/Admission';
import { contentOf } from '../publication/contentOf';
import type { BureauChangePayload } from '../review/BureauChanges';
import { proposedRecords, type ProposedRecord } from '../review/proposedRecords';
import { PUBLISHED_KINDS, type PublishedKind, type PublishedVersion } from '../publication/VersionChange';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict } from './args';
import { checkReason } from './checkReason';
import { listEntries } from './listEntries';

type LogEntryRef = { kind: string; recordId: string; version: number };

/** Review of bureau publications (先审查、后公开), and this service's part of the publication log entries. */
export const reviewResolvers = {
  Query: {
    bureauChanges: (_: unknown, args: { districtCode: string; status?: ReviewStatus | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      return ctx.changes.list(args.districtCode, args.status ?? undefined, ctx.identity);
    },
    bureauChange: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.changes.get(args.id, ctx.identity),
  },
  Mutation: {
    approveBureauChange: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.changes.approve(args.id, ctx.identity),
    returnBureauChange: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) => ctx.changes.returnChange(args.id, checkReason(args.reason), ctx.identity),
  },
  BureauChange: {
    published: (item: ReviewItem) => (item.result as { versions?: PublishedVersion[] } | null)?.versions ?? [],
    /** What approving publishes, read from the change as submitted (the reviewer approves exactly this). */
    enrolmentRules: (item: ReviewItem) =>
      item.kind !== 'ENROLMENT_RULES'
        ? []
        : (item.payload as BureauChangePayload).changes.map((c) => ({
            ...(c.fields as RulesFields), correctionReason: c.correctionReason ?? null, replaces: c.previous?.id ?? null, replacesVersion: c.previous?.version ?? null,
          })),
    items: (item: ReviewItem) => proposedRecords(item),
  },
  ProposedRecord: {
    content: (r: ProposedRecord) => canonicalJson(JSON.parse(JSON.stringify(r.content))),
    /** As the publication log hashed the replaced version (the same content `admissionsContent` serves). */
    replacedContent: async (r: ProposedRecord, _: unknown, ctx: Ctx) => {
      if (!r.replaces) return null;
      const stored = await ctx.versions.load({ kind: r.kind, recordId: r.replaces });
      return stored ? canonicalJson(contentOf(r.kind, stored)) : null;
    },
    entries: (r: ProposedRecord, args: { unmasked?: boolean | null }, ctx: Ctx) =>
      listEntries({ ...r, entityId: r.changeId, summary: `审核中的名单 ${r.recordKey}（${r.entries.length} 人）未脱敏查看` }, args.unmasked, ctx),
  },
  PublicationLogEntry: {
    __resolveReference: (ref: LogEntryRef) => ref,
    /** The stored version, hashed as when it was logged: a direct database edit no longer matches the log. */
    admissionsContent: async (ref: LogEntryRef, _: unknown, ctx: Ctx) => {
      if (!(PUBLISHED_KINDS as readonly string[]).includes(ref.kind)) return null;
      const stored = await ctx.versions.load({ kind: ref.kind as PublishedKind, recordId: ref.recordId });
      return stored && stored.version === ref.version ? canonicalJson(contentOf(ref.kind as PublishedKind, stored)) : null;
    },
  },
};
