import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { DATE_WINDOWS, parseCalendarDate } from '@zsgk/validation';
import { parseDecidedOn } from '@zsgk/working-days';
import { planClose, planCreate, planReopen, planUpdate, type PlannedEdit, type SchoolPatch } from '../register/editSchool';
import type { RegisterAction } from '../register/RegisterChange';
import type { Officer } from '../register/RegisterPublisher';
import type { School } from '../register/School';
import { checkDistrictCode, checkSchoolId } from './checkArguments';
import { auditedWrite, officerOf, schoolInScope } from './districtScope';
import { importResolver } from './importResolver';
import type { SchoolsContext } from './SchoolsContext';

type Ctx = SchoolsContext;

/** Submits a planned one-school edit for review (nothing when it changes nothing) and says what is in force meanwhile. */
async function submitEdit(ctx: Ctx, operation: string, action: RegisterAction, officer: Officer, current: School | null, planned: PlannedEdit, summary: string, decidedOn: string) {
  if (!planned.change) return { school: current, change: null, warnings: planned.warnings };
  const change = await ctx.publisher.submit({
    action,
    districtCode: officer.districtCode,
    changes: [planned.change],
    warnings: planned.warnings,
    confirmedRows: [],
    summary: `${summary}（${planned.change.changedFields.join('、')}）`,
    operation,
    officer,
    decidedOn,
  });
  return { school: current, change, warnings: planned.warnings };
}

export const mutationResolvers = {
  importSchools: importResolver,
  createSchool: (_: unknown, args: { input: Record<string, unknown> & { id: string; districtCode: string }; crs?: Crs | null; decidedOn?: string | null }, ctx: Ctx) =>
    auditedWrite(ctx, 'createSchool', async (target) => {
      target.districtCode = args.input.districtCode;
      target.schoolIds = [String(args.input.id)];
      const officer = officerOf(ctx, args.input.districtCode, `学校 ${args.input.id} `, 'input.districtCode');
      checkDistrictCode(args.input.districtCode, 'input.districtCode');
      const existing = (await ctx.freshCatalog()).getMany([checkSchoolId(String(args.input.id), 'input.id')]).get(String(args.input.id)) ?? null;
      // A code another district registered is that district's school: refused (and audited) there, not a mere duplicate.
      if (existing && existing.districtCode !== officer.districtCode) {
        target.districtCode = existing.districtCode;
        officerOf(ctx, existing.districtCode, `学校 ${existing.id} `, 'input.id');
      }
      const planned = await planCreate(ctx.boundaries, args.input, existing, args.crs ?? 'WGS84');
      return submitEdit(ctx, 'createSchool', 'CREATE', officer, null, planned, `登记新学校 ${args.input.id} ${String(args.input.name)}`, parseDecidedOn(args.decidedOn, 'decidedOn'));
    }),
  updateSchool: (_: unknown, args: { id: string; patch: SchoolPatch; crs?: Crs | null; decidedOn?: string | null }, ctx: Ctx) =>
    auditedWrite(ctx, 'updateSchool', async (target) => {
      const { school, officer } = await schoolInScope(ctx, args.id, target);
      const planned = await planUpdate(ctx.boundaries, school, args.patch, args.crs ?? 'WGS84');
      return submitEdit(ctx, 'updateSchool', 'UPDATE', officer, school, planned, `修改学校 ${school.id} ${school.name}`, parseDecidedOn(args.decidedOn, 'decidedOn'));
    }),
  closeSchool: (_: unknown, args: { id: string; closedOn: string; reason: string; decidedOn?: string | null }, ctx: Ctx) =>
    auditedWrite(ctx, 'closeSchool', async (target) => {
      const { school, officer } = await schoolInScope(ctx, args.id, target);
      const closedOn = parseCalendarDate(args.closedOn, 'closedOn', DATE_WINDOWS.school);
      const planned = await planClose(ctx.boundaries, school, closedOn, args.reason);
      return submitEdit(ctx, 'closeSchool', 'CLOSE', officer, school, planned, `撤销学校 ${school.id} ${school.name}：${closedOn}，${args.reason}`, parseDecidedOn(args.decidedOn, 'decidedOn'));
    }),
  reopenSchool: (_: unknown, args: { id: string; status?: 'OPEN' | 'PLANNED' | 'CLOSED' | null; decidedOn?: string | null }, ctx: Ctx) =>
    auditedWrite(ctx, 'reopenSchool', async (target) => {
      const { school, officer } = await schoolInScope(ctx, args.id, target);
      const status = args.status ?? 'OPEN';
      if (status === 'CLOSED') throw new AppError('BAD_USER_INPUT', '重新开办的学校状态应为正常或筹建', { path: 'status' });
      const planned = await planReopen(ctx.boundaries, school, status);
      return submitEdit(ctx, 'reopenSchool', 'REOPEN', officer, school, planned, `重新开办学校 ${school.id} ${school.name}`, parseDecidedOn(args.decidedOn, 'decidedOn'));
    }),
};
