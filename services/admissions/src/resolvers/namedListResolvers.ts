import { AppError, rowProblemsFromZod } from '@zsgk/errors';
import { requireBureau } from '@zsgk/identity';
import type { Published } from '../admissions/Admission';
import { sameFields } from '../admissions/publishRows';
import { maskIdNumber, maskName } from '../namedLists/maskPerson';
import { namedListKey, namedListSchema, type NamedListFields, type NamedListKind } from '../namedLists/NamedList';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { actorOf, checkDistrict, isBureauOf, plain } from './args';

type NamedList = NamedListFields & Published;

/**
 * Named lists. Every path to a person's name or ID number goes through `NamedList.entries`, the one
 * place that masks: unmasked only for the bureau of the list's district, and only when it asks.
 */
export const namedListResolvers = {
  Query: {
    namedLists: async (_: unknown, args: { districtCode: string; year: number; kind?: NamedListKind | null }, ctx: Ctx) => {
      checkDistrict(args.districtCode);
      const lists = await ctx.stores.namedLists.find({ districtCode: args.districtCode, year: args.year, ...(args.kind ? { kind: args.kind } : {}) });
      return lists.sort((a, b) => a.kind.localeCompare(b.kind) || (a.schoolId ?? '').localeCompare(b.schoolId ?? ''));
    },
    namedList: async (_: unknown, args: { id: string }, ctx: Ctx) => (await ctx.stores.namedLists.find({ _id: args.id }, true))[0] ?? null,
  },
  Mutation: {
    publishNamedList: async (_: unknown, args: { input: { districtCode: string } }, ctx: Ctx) => {
      requireBureau(ctx.identity, args.input.districtCode, 'input.districtCode');
      const parsed = namedListSchema(new Date()).safeParse(plain(args.input));
      if (!parsed.success) {
        const problems = rowProblemsFromZod(parsed.error.issues, 1);
        throw new AppError('BAD_USER_INPUT', problems.map((p) => `${p.field} ${p.reason}`).join('; '), { path: `input.${problems[0]!.field}` });
      }
      const { correctionReason, ...fields } = parsed.data;
      const key = namedListKey(fields);
      const previous = (await ctx.stores.namedLists.findInForce([key])).get(key);
      if (previous && sameFields(fields, previous)) return previous;
      if (previous && !correctionReason) throw new AppError('BAD_USER_INPUT', 'This changes a published list: say why in correctionReason.', { path: 'input.correctionReason' });
      const [id] = await ctx.stores.namedLists.publishVersions([{ key, fields, correctionReason, previous }], actorOf(ctx.identity));
      await ctx.stores.audit.record([{
        actor: actorOf(ctx.identity), role: ctx.identity.role, action: 'PUBLISH', entityType: 'NAMED_LIST', entityId: id!, districtCode: fields.districtCode,
        schoolId: fields.schoolId, summary: `${fields.kind} ${fields.title}: ${fields.entries.length} entries${previous ? `, superseding ${previous.id} (${correctionReason})` : ''}`,
        changes: null, // never the names themselves
      }]);
      return (await ctx.stores.namedLists.find({ _id: id }, true))[0];
    },
  },
  NamedList: {
    school: (l: NamedList) => (l.schoolId ? { __typename: 'School', id: l.schoolId } : null),
    entryCount: (l: NamedList) => l.entries.length,
    entries: (l: NamedList, args: { unmasked?: boolean | null }, ctx: Ctx) => {
      if (args.unmasked) {
        if (!isBureauOf(ctx.identity, l.districtCode)) {
          throw new AppError('FORBIDDEN', `Only the education bureau of district ${l.districtCode} reads this list unmasked.`, { path: 'unmasked' });
        }
        return l.entries.map((e) => ({ ...e, masked: false }));
      }
      return l.entries.map((e) => ({ name: maskName(e.name), idNumber: e.idNumber ? maskIdNumber(e.idNumber) : null, category: e.category, masked: true }));
    },
    publishedAt: (l: NamedList) => l.publishedAt.toISOString(),
  },
};
