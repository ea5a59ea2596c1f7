import ExcelJS from 'exceljs';
import type { UploadProblem } from './UploadProblem';

/** The problem table of an upload as an .xlsx the clerk can keep beside the file (行, 列, 问题). */
export async function problemsWorkbook(problems: UploadProblem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题');
  sheet.columns = [
    { header: '行', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 20 },
    { header: '问题', key: 'reason', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of problems) sheet.addRow({ row: p.row ?? '整个文件', column: p.column ?? '', reason: p.reason });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
