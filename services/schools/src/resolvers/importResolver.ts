import { parseDecidedOn } from '@zsgk/working-days';
import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import { importSchools } from '../register/importSchools';
import { auditedWrite, officerOf, recordRefusal } from './districtScope';
import { checkBaseline, checkDistrictCode } from './checkArguments';
import { readImportFile, type ImportFileInput } from './readImportFile';
import type { SchoolsContext } from './SchoolsContext';

type ImportArgs = { input: ImportFileInput & { crs?: Crs | null; baseline?: string | null; confirmRows?: number[] | null; decidedOn?: string | null } };

/**
 * importSchools: checks the file, plans it against the register in force and the file's baseline,
 * and submits what changes for review. Rows naming another district's schools are refused per row,
 * and each such attempt is audited under that district.
 */
export function importResolver(_: unknown, args: ImportArgs, ctx: SchoolsContext) {
  return auditedWrite(ctx, 'importSchools', async (target) => {
    const { input } = args;
    target.districtCode = /^\d{6}$/.test(input.districtCode) ? input.districtCode : null;
    const officer = officerOf(ctx, input.districtCode, '此导入文件', 'input.districtCode');
    const districtCode = checkDistrictCode(input.districtCode, 'input.districtCode');
    const decidedOn = parseDecidedOn(input.decidedOn, 'input.decidedOn');
    const confirmRows = new Set(input.confirmRows ?? []);
    if ([...confirmRows].some((row) => !Number.isInteger(row) || row < 1)) {
      throw new AppError('BAD_USER_INPUT', 'confirmRows 应为导入报告中的行号（从 1 起的整数）', { path: 'input.confirmRows' });
    }
    const { file, encoding } = readImportFile(input);
    const baseline = await resolveBaseline(ctx, districtCode, file.baseline ?? null, input.baseline ?? null);
    const catalog = await ctx.freshCatalog();
    const report = await importSchools({
      districtCode,
      file,
      crs: input.crs ?? 'WGS84',
      boundaries: ctx.boundaries,
      baselineTime: baseline.time,
      confirmRows,
      findExisting: async (ids) => catalog.getMany(ids),
      findRecords: (ids) => ctx.repository.findRecords(ids),
    });
    for (const [foreign, schoolIds] of report.foreign) {
      const rows = report.problems.filter((p) => p.reason.includes(`属于 ${foreign} 区`)).map((p) => p.row);
      const message = `导入文件（${districtCode} 区）第 ${rows.join('、')} 行写入 ${foreign} 区的学校 ${schoolIds.join('、')}，已拒绝`;
      await recordRefusal(ctx, 'importSchools', { districtCode: foreign, schoolIds, reviewId: null }, 'FORBIDDEN', message);
    }
    if (!report.accepted) {
      const message = `导入文件有 ${report.problems.length} 处问题，未提交（首个：第 ${report.problems[0]!.row} 行 ${report.problems[0]!.field ?? ''} ${report.problems[0]!.reason}）`;
      await recordRefusal(ctx, 'importSchools', { districtCode, schoolIds: [], reviewId: null }, 'BAD_USER_INPUT', message);
    }
    const change = report.changes.length
      ? await ctx.publisher.submit({
          action: 'IMPORT',
          districtCode,
          changes: report.changes,
          warnings: report.warnings,
          confirmedRows: [...confirmRows].sort((a, b) => a - b),
          summary: `导入学校名册：新增 ${report.created} 所，修改 ${report.updated} 所${report.conflicted ? `，${report.conflicted} 行因冲突未提交` : ''}`,
          operation: 'importSchools',
          officer,
          decidedOn,
        })
      : null;
    const conflicts = report.conflicts.map((c) => ({
      ...c,
      currentValue: JSON.stringify(c.currentValue ?? null),
      fileValue: JSON.stringify(c.fileValue ?? null),
      changedAt: c.changedAt?.toISOString() ?? null,
    }));
    return { ...report, conflicts, change, encoding, baseline: `${baseline.time.toISOString()} (${baseline.source})` };
  });
}

/** The file's own baseline, else the caller's, else the time of the district's last published import (see planImport). */
async function resolveBaseline(ctx: SchoolsContext, districtCode: string, fromFile: string | null, fromArgument: string | null) {
  if (fromFile) return { time: checkBaseline(fromFile, 'input.content.baseline'), source: 'FILE' };
  if (fromArgument) return { time: checkBaseline(fromArgument, 'input.baseline'), source: 'ARGUMENT' };
  const last = await ctx.publisher.lastImportAt(districtCode);
  return last ? { time: last, source: 'LAST_IMPORT' } : { time: new Date(0), source: 'NONE' };
}
