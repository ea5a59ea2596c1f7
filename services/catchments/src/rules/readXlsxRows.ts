import ExcelJS from 'exceljs';

/**
 * The first worksheet of an .xlsx as rows of cell texts (row n of the result is spreadsheet row
 * n + 1). A merged cell gives its text in every cell it covers, as a reader sees it; numbers and
 * formulas give what Excel displays. Rejects with exceljs's error for a file that is not .xlsx.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}
