import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { requireBureau } from '@zsgk/identity';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { importSchools } from '../register/importSchools';
import type { School, SchoolFilter } from '../register/School';
import { parseImportContent } from './parseImportContent';
import type { SchoolsContext } from './SchoolsContext';

const MAX_PAGE = 500;

export const resolvers: GraphQLResolverMap<SchoolsContext> = {
  Query: {
    school: (_: unknown, args: { id: string }, ctx: SchoolsContext) => ctx.schoolLoader.load(checkSchoolId(args.id, 'id')),
    schools: async (_: unknown, args: { filter?: SchoolFilter | null; first?: number | null; after?: string | null }, ctx: SchoolsContext) => {
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
        throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}.`, { path: 'first' });
      }
      const filter = args.filter ?? {};
      if (filter.districtCode != null && !/^\d{6}$/.test(filter.districtCode)) {
        throw new AppError('BAD_USER_INPUT', 'districtCode must be 6 digits.', { path: 'filter.districtCode' });
      }
      const page = await ctx.repository.findPage(filter, first, args.after ? decodeCursor(args.after) : null);
      const last = page.nodes.at(-1);
      return { ...page, endCursor: last && page.hasNextPage ? encodeCursor(last.id) : null };
    },
  },
  Mutation: {
    importSchools: async (
      _: unknown,
      args: { input: { districtCode: string; format: 'JSON'; content: string; crs?: Crs | null } },
      ctx: SchoolsContext,
    ) => {
      requireBureau(ctx.identity, args.input.districtCode, 'input.districtCode');
      const rows = parseImportContent(args.input.format, args.input.content);
      return importSchools(ctx.repository, {
        districtCode: args.input.districtCode,
        rows,
        crs: args.input.crs ?? 'WGS84',
        actor: ctx.identity.role === 'BUREAU' ? ctx.identity.subject : 'unknown',
      });
    },
  },
  School: {
    __resolveReference: (reference: { id: string }, ctx: SchoolsContext) => ctx.schoolLoader.load(reference.id),
    updatedAt: (school: School) => school.updatedAt.toISOString(),
  },
};

function checkSchoolId(id: string, path: string): string {
  if (!/^\d{10}$/.test(id)) throw new AppError('BAD_USER_INPUT', 'A school id is the 10-digit national school code.', { path });
  return id;
}

function encodeCursor(id: string): string {
  return Buffer.from(`school:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^school:\d{10}$/.test(decoded)) throw new AppError('BAD_USER_INPUT', 'after is not a cursor this API returned.', { path: 'after' });
  return decoded.slice('school:'.length);
}
