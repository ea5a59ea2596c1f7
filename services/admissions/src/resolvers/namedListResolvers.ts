import { AppError } from '@zsgk/errors';
import type { Published } from '../admissions/Admission';
import { maskIdNumber, maskName } from '../namedLists/maskPerson';
import type { NamedListFields, NamedListKind } from '../namedLists/NamedList';
import { submitNamedList } from '../namedLists/submitNamedList';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { checkDistrict, isBureauOf, plain } from './args';

type NamedList = NamedListFields & Published;

/**
 * Named lists. Every path to a person's name or ID number goes through `NamedList.entries`, the one
 * place that masks: unmasked only for the bureau of the list's district, only when it asks, and
 * every such read is recorded in the history (who, when, which list).
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
  },
  Mutation: {
    publishNamedList: (_: unknown, args: { input: object }, ctx: Ctx) =>
      submitNamedList({ scope: ctx.scope, changes: ctx.changes, findInForce: (keys) => ctx.stores.namedLists.findInForce(keys) }, plain(args.input), ctx.identity),
  },
  NamedList: {
    school: (l: NamedList) => (l.schoolId ? { __typename: 'School', id: l.schoolId } : null),
    entryCount: (l: NamedList) => l.entries.length,
    entries: async (l: NamedList, args: { unmasked?: boolean | null }, ctx: Ctx) => {
      if (args.unmasked) {
        if (ctx.identity.role === 'PUBLIC' || !isBureauOf(ctx.identity, l.districtCode)) {
          throw new AppError('FORBIDDEN', `Only the education bureau of district ${l.districtCode} reads this list unmasked.`, { path: 'unmasked' });
        }
        await ctx.stores.audit.record([{
          actor: ctx.identity.subject, role: ctx.identity.role, action: 'READ_UNMASKED', entityType: 'NAMED_LIST', entityId: l.id, districtCode: l.districtCode,
          schoolId: l.schoolId, summary: `${l.title}（第 ${l.version} 版，${l.entries.length} 人）未脱敏查看`, changes: null,
        }]);
        return l.entries.map((e) => ({ ...e, masked: false }));
      }
      return l.entries.map((e) => ({ name: maskName(e.name), idNumber: e.idNumber ? maskIdNumber(e.idNumber) : null, category: e.category, masked: true }));
    },
    publishedAt: (l: NamedList) => l.publishedAt.toISOString(),
  },
};
