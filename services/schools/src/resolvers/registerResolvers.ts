import { AppError } from '@zsgk/errors';
import type { ReviewItem, ReviewStatus } from '@zsgk/publication';
import type { RegisterChangePayload, RegisterChangeResult, SchoolChange } from '../register/RegisterChange';
import type { SchoolFields } from '../register/School';
import { checkDistrictCode, checkFirst } from './checkArguments';
import { auditedWrite, officerOf } from './districtScope';
import type { SchoolsContext } from './SchoolsContext';

type Ctx = SchoolsContext;

/** The register change `id`, once the caller is known to be the bureau of its district. */
async function changeInScope(ctx: Ctx, id: string, target: { districtCode: string | null; reviewId: string | null; schoolIds: string[] }) {
  target.reviewId = id;
  if (ctx.identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
  const item = await ctx.publisher.find(id);
  target.districtCode = item.districtCode;
  target.schoolIds = (item.payload as RegisterChangePayload).schoolIds;
  return { item, officer: officerOf(ctx, item.districtCode, `名册变更 ${id} `, 'id') };
}

export const registerMutationResolvers = {
  approveRegisterChange: (_: unknown, args: { id: string }, ctx: Ctx) =>
    auditedWrite(ctx, 'approveRegisterChange', async (target) => {
      const { item, officer } = await changeInScope(ctx, args.id, target);
      return ctx.publisher.approve(item, officer);
    }),
  returnRegisterChange: (_: unknown, args: { id: string; reason: string }, ctx: Ctx) =>
    auditedWrite(ctx, 'returnRegisterChange', async (target) => {
      const { item, officer } = await changeInScope(ctx, args.id, target);
      const reason = args.reason.trim();
      if (!reason) throw new AppError('BAD_USER_INPUT', '退回须写明原因。', { path: 'reason' });
      return ctx.publisher.returnItem(item, reason, officer);
    }),
};

export const registerQueryResolvers = {
  registerChanges: async (_: unknown, args: { districtCode: string; status?: ReviewStatus | null }, ctx: Ctx) => {
    officerOf(ctx, checkDistrictCode(args.districtCode, 'districtCode'), `${args.districtCode} 区的名册变更`, 'districtCode');
    return ctx.publisher.list(args.districtCode, args.status ?? undefined);
  },
  registerChange: async (_: unknown, args: { id: string }, ctx: Ctx) => {
    const item = await ctx.publisher.find(args.id);
    officerOf(ctx, item.districtCode, `名册变更 ${args.id} `, 'id');
    return item;
  },
  registerAudit: async (_: unknown, args: { districtCode: string; first?: number | null }, ctx: Ctx) => {
    officerOf(ctx, checkDistrictCode(args.districtCode, 'districtCode'), `${args.districtCode} 区的名册审计记录`, 'districtCode');
    return ctx.audit.find(args.districtCode, checkFirst(args.first ?? 100));
  },
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const payloadOf = (item: ReviewItem) => item.payload as RegisterChangePayload;
const resultOf = (item: ReviewItem) => (item.result as RegisterChangeResult | null) ?? { published: [], conflicts: [] };

export const registerTypeResolvers = {
  RegisterChange: {
    action: (item: ReviewItem) => payloadOf(item).action,
    warnings: (item: ReviewItem) => payloadOf(item).warnings,
    confirmedRows: (item: ReviewItem) => payloadOf(item).confirmedRows,
    changeCount: (item: ReviewItem) => payloadOf(item).changeCount,
    changes: async (item: ReviewItem, args: { first?: number | null }, ctx: Ctx) => {
      const first = Math.min(Math.max(args.first ?? 100, 0), 1000);
      return (await ctx.publisher.changesOf(item)).slice(0, first).map((change: SchoolChange) => ({
        schoolId: change.schoolId,
        row: change.row,
        baseVersion: change.baseVersion,
        fields: change.changedFields.map((field) => ({
          field,
          before: change.baseVersion === null ? null : json(change.before[field as keyof SchoolFields] ?? null),
          after: json(change.next[field as keyof SchoolFields] ?? null),
        })),
      }));
    },
    publishedRecords: (item: ReviewItem) => resultOf(item).published,
    conflicts: (item: ReviewItem) => resultOf(item).conflicts,
  },
  RegisterAuditEntry: {
    at: (entry: { at: Date }) => entry.at.toISOString(),
  },
};
