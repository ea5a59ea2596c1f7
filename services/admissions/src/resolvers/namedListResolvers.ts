import type { Published } from '../admissions/Admission';
import type { NamedListFields, NamedListKind } from '../namedLists/NamedList';
import { submitNamedList } from '../namedLists/submitNamedList';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { AppError } from '@zsgk/errors';
import { checkDistrict, isBureauOf, plain } from './args';
import { listEntries } from './listEntries';
import { logIdentity } from './schoolResolvers';

type NamedList = NamedListFields & Published;

/**
 * Named lists. Every path to a person's name or ID number goes through listEntries (here, and a
 * named-list change's items in review), the one place that masks: unmasked only for the bureau of the
 * list's district, only when it asks, and every such read is recorded in the history (who, when, which list).
 */
export const namedListResolvers = {
  Query: {
    namedLists: async (_: unknown, args: { districtCode: string; year: number; kind?: NamedListKind | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const lists = await ctx.stores.namedLists.find({ districtCode: args.districtCode, year: args.year, ...(args.kind ? { kind: args.kind } : {}) });
      return lists.sort((a, b) => a.kind.localeCompare(b.kind) || (a.schoolId ?? '').localeCompare(b.schoolId ?? ''));
    },
    namedList: async (_: unknown, args: { id: string }, ctx: Ctx) => (await ctx.stores.namedLists.find({ _id: args.id }, true))[0] ?? null,
    namedListVersions: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const version = (await ctx.stores.namedLists.findVersions([args.id])).get(args.id);
      return version ? ctx.stores.namedLists.find({ key: version.key }, true) : [];
    },
    /** A school's own named-list changes (submitted, returned with the reason, published), newest first: its clerk or the bureau of its district. */
    schoolNamedListChanges: async (_: unknown, args: { schoolId: string }, ctx: Ctx) => {
      const { identity } = ctx;
      if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This needs a signed-in school or bureau user.');
      const districtCode = (await ctx.directory.registeredDistricts([args.schoolId])).get(args.schoolId) ?? null;
      const own = identity.role === 'SCHOOL' ? identity.schoolId === args.schoolId : districtCode !== null && isBureauOf(identity, districtCode);
      if (!own) throw new AppError('FORBIDDEN', `Only school ${args.schoolId} or the bureau of its district reads its named-list changes.`, { path: 'schoolId' });
      if (!districtCode) return [];
      return ctx.changes.listOfSchool('NAMED_LIST', districtCode, args.schoolId);
    },
  },
  Mutation: {
    publishNamedList: (_: unknown, args: { input: object }, ctx: Ctx) =>
      submitNamedList({ scope: ctx.scope, changes: ctx.changes, findInForce: (keys) => ctx.stores.namedLists.findInForce(keys) }, plain(args.input), ctx.identity),
  },
  NamedList: {
    school: (l: NamedList) => (l.schoolId ? { __typename: 'School', id: l.schoolId } : null),
    entryCount: (l: NamedList) => l.entries.length,
    entries: (l: NamedList, args: { unmasked?: boolean | null }, ctx: Ctx) =>
      listEntries({ ...l, entityId: l.id, summary: `${l.title}（第 ${l.version} 版，${l.entries.length} 人）未脱敏查看` }, args.unmasked, ctx),
    publishedAt: (l: NamedList) => l.publishedAt.toISOString(),
    ...logIdentity('NAMED_LIST'),
  },
};
