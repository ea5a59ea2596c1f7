/**
 * The cells of a chosen file, as text, row by row: a CSV (UTF-8, with or without BOM, or GBK/GB18030
 * as Excel saves it on a Chinese Windows — strict UTF-8 first, like the services' import) or the first
 * sheet of an .xlsx. Read in the browser: the list goes to the service as GraphQL entries, so the file
 * itself never leaves the officer's machine. exceljs (≈ 250 kB gzip) loads only when an .xlsx is chosen.
 */
export async function readTableFile(file: File): Promise<string[][]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new Error('这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再选择');
  const { parse } = await import('csv-parse/browser/esm/sync');
  return parse(decode(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}
