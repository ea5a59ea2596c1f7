import type { ReviewItem, ReviewStatus } from '@zsgk/publication';
import { canonicalJson } from '@zsgk/publication';
import DataLoader from 'dataloader';
import { contentOf } from '../publication/contentOf';
import { PUBLISHED_KINDS, type PublishedKind, type PublishedVersion, type StoredVersion } from '../publication/VersionChange';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict } from './args';
import { checkReason } from './checkReason';

type LogEntryRef = { kind: string; recordId: string; version: number };
type VersionRef = { kind: PublishedKind; recordId: string };

/**
 * Stored versions for the log entries of one request, batched: the verifier asks for hundreds of
 * entries at once, and FerretDB 1.x scans the collection for every read, even by `_id` (200 entries
 * one read each: 15 s under load; batched: one read per kind). Batches of 200 ids, as FerretDB checks
 * a long `$in` element by element. Kept per request context, so nothing is cached across requests.
 * Also behind `EnrolmentRules.contentHash` and `AdmissionResult.contentHash`.
 */
const versionLoaders = new WeakMap<Ctx, DataLoader<VersionRef, StoredVersion<object> | null, string>>();
export function versionLoader(ctx: Ctx): DataLoader<VersionRef, StoredVersion<object> | null, string> {
  let loader = versionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((refs) => ctx.publisher.findVersions(refs), { cacheKeyFn: (ref) => `${ref.kind} ${ref.recordId}`, maxBatchSize: 200 });
    versionLoaders.set(ctx, loader);
  }
  return loader;
}

/** Review of bureau publications (先审查、后公开), and this service's part of the publication log entries. */
export const reviewResolvers = {
  Query: {
    bureauChanges: (_: unknown, args: { districtCode: string; status?: ReviewStatus | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      return ctx.changes.list(args.districtCode, args.status ?? undefined, ctx.identity);
    },
  },
  Mutation: {
    approveBureauChange: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.changes.approve(args.id, ctx.identity),
    returnBureauChange: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) => ctx.changes.returnChange(args.id, checkReason(args.reason), ctx.identity),
  },
  BureauChange: {
    published: (item: ReviewItem) => (item.result as { versions?: PublishedVersion[] } | null)?.versions ?? [],
  },
  PublicationLogEntry: {
    __resolveReference: (ref: LogEntryRef) => ref,
    /** The stored version, hashed as when it was logged: a direct database edit no longer matches the log. */
    admissionsContent: async (ref: LogEntryRef, _: unknown, ctx: Ctx) => {
      if (!(PUBLISHED_KINDS as readonly string[]).includes(ref.kind)) return null;
      const stored = await versionLoader(ctx).load({ kind: ref.kind as PublishedKind, recordId: ref.recordId });
      return stored && stored.version === ref.version ? canonicalJson(contentOf(ref.kind as PublishedKind, stored)) : null;
    },
  },
};
