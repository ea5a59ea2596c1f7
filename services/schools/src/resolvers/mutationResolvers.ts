import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { requireBureau } from '@zsgk/identity';
import { DATE_WINDOWS, parseCalendarDate } from '@zsgk/validation';
import { closeSchool, createSchool, updateSchool, type EditDeps, type SchoolPatch } from '../register/editSchool';
import { importSchools } from '../register/importSchools';
import type { School } from '../register/School';
import { checkDistrictCode, checkSchoolId } from './checkArguments';
import { readImportFile, type ImportFileInput } from './readImportFile';
import { actorOf, type SchoolsContext } from './SchoolsContext';

type Ctx = SchoolsContext;

const editDeps = (ctx: Ctx): EditDeps => ({ repository: ctx.repository, boundaries: ctx.boundaries, actor: actorOf(ctx) });

/** The school named by `id`, once the caller is known to be the bureau of its district. */
async function schoolToEdit(ctx: Ctx, id: string): Promise<School> {
  if (ctx.identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
  const school = await ctx.schoolLoader.load(checkSchoolId(id, 'id'));
  if (!school) throw new AppError('NOT_FOUND', `No school has the code ${id}.`, { path: 'id' });
  requireBureau(ctx.identity, school.districtCode, 'id');
  return school;
}

export const mutationResolvers = {
  importSchools: async (_: unknown, args: { input: ImportFileInput & { crs?: Crs | null } }, ctx: Ctx) => {
    requireBureau(ctx.identity, args.input.districtCode, 'input.districtCode');
    const districtCode = checkDistrictCode(args.input.districtCode, 'input.districtCode');
    const { file, encoding } = readImportFile(args.input);
    const report = await importSchools(ctx.repository, {
      districtCode,
      file,
      crs: args.input.crs ?? 'WGS84',
      actor: actorOf(ctx),
      boundaries: ctx.boundaries,
      findExisting: async (ids) => (await ctx.freshCatalog()).getMany(ids),
    });
    return { ...report, encoding };
  },
  createSchool: async (_: unknown, args: { input: Record<string, unknown> & { districtCode: string }; crs?: Crs | null }, ctx: Ctx) => {
    requireBureau(ctx.identity, args.input.districtCode, 'input.districtCode');
    checkDistrictCode(args.input.districtCode, 'input.districtCode');
    return createSchool(editDeps(ctx), args.input, args.crs ?? 'WGS84');
  },
  updateSchool: async (_: unknown, args: { id: string; patch: SchoolPatch; crs?: Crs | null }, ctx: Ctx) => {
    const school = await schoolToEdit(ctx, args.id);
    return updateSchool(editDeps(ctx), school, args.patch, args.crs ?? 'WGS84');
  },
  closeSchool: async (_: unknown, args: { id: string; closedOn: string; reason: string }, ctx: Ctx) => {
    const school = await schoolToEdit(ctx, args.id);
    const closedOn = parseCalendarDate(args.closedOn, 'closedOn', DATE_WINDOWS.school);
    return closeSchool(editDeps(ctx), school, closedOn, args.reason);
  },
};
