import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { contentHash, versionId } from '@zsgk/publication';
import { contentOf } from '../register/contentOf';
import { SCHOOL_KIND } from '../register/RegisterChange';
import { registerDisclosure } from '../register/registerDisclosure';
import type { School, SchoolFilter, SchoolVersion } from '../register/School';
import { checkFilter, checkFirst, checkSchoolId, decodeCursor, encodeCursor } from './checkArguments';
import { deadlineResolvers } from './deadlineResolvers';
import { mutationResolvers } from './mutationResolvers';
import { publicationLogEntryResolvers } from './publicationLogEntryResolvers';
import { registerMutationResolvers, registerQueryResolvers, registerTypeResolvers } from './registerResolvers';
import { canSeeEditors, type SchoolsContext } from './SchoolsContext';

type Ctx = SchoolsContext;

export const resolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    school: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.schoolLoader.load(checkSchoolId(args.id, 'id')),
    schools: async (_: unknown, args: { filter?: SchoolFilter | null; first?: number | null; after?: string | null; fresh?: boolean | null }, ctx: Ctx) => {
      const first = checkFirst(args.first);
      const filter = checkFilter(args.filter);
      const catalog = args.fresh ? await ctx.freshCatalog() : ctx.catalog;
      const page = catalog.search(filter, first, args.after ? decodeCursor(args.after) : null);
      const last = page.nodes.at(-1);
      return { ...page, endCursor: last && page.hasNextPage ? encodeCursor(last.id) : null };
    },
    ...registerQueryResolvers,
    ...deadlineResolvers.Query,
  },
  Mutation: { ...mutationResolvers, ...registerMutationResolvers },
  School: {
    __resolveReference: (reference: { id: string }, ctx: Ctx) => ctx.schoolLoader.load(reference.id),
    recordId: (school: School) => versionId(SCHOOL_KIND, school.id, school.version),
    contentHash: (school: School) => contentHash(contentOf(school)),
    updatedAt: (school: School) => school.updatedAt.toISOString(),
    updatedBy: (school: School, _: unknown, ctx: Ctx) => (canSeeEditors(ctx, school.districtCode) ? school.updatedBy : null),
    history: (school: School, _: unknown, ctx: Ctx) => ctx.historyLoader.load(school.id),
    registerDisclosure: (school: School) => registerDisclosure(school),
  },
  SchoolVersion: {
    writtenAt: (version: SchoolVersion) => version.updatedAt.toISOString(),
    writtenBy: (version: SchoolVersion, _: unknown, ctx: Ctx) => (canSeeEditors(ctx, version.districtCode) ? version.updatedBy : null),
    supersededAt: (version: SchoolVersion) => version.supersededAt.toISOString(),
    supersededBy: (version: SchoolVersion, _: unknown, ctx: Ctx) => (canSeeEditors(ctx, version.districtCode) ? version.supersededBy : null),
  },
  ...registerTypeResolvers,
  ...publicationLogEntryResolvers,
  RegisterChangeClock: deadlineResolvers.RegisterChangeClock,
};
