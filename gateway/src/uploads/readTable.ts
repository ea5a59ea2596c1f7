import { decodeFile } from '@zsgk/validation';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UploadError } from './UploadError';
import { zipUnpackedBytes } from './zipUnpackedBytes';

/** Largest unpacked .xlsx accepted (what its zip directory declares); a 10,000-row register is about 3 MB. */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A spreadsheet read into cell texts: rows[i] is spreadsheet row i + 1 (the header is row 1). */
export interface Table {
  rows: string[][];
  /** UTF8 or GB18030 for CSV (detected), XLSX for a workbook. */
  encoding: 'UTF8' | 'GB18030' | 'XLSX';
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export function isXlsx(bytes: Buffer, fileName: string): boolean {
  return /\.xlsx$/i.test(fileName) || bytes.subarray(0, 4).equals(ZIP_MAGIC);
}

/**
 * Reads an uploaded table: .xlsx (first worksheet; what Excel displays in each cell) or CSV in
 * UTF-8 or GBK/GB18030 (detected by @zsgk/validation's decodeFile, as the services do). Blank rows
 * are kept so row numbers match the sheet. Nothing is evaluated: a formula cell gives its value.
 */
export async function readTable(bytes: Buffer, fileName: string, maxUnpackedBytes = MAX_XLSX_UNPACKED_BYTES): Promise<Table> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw new UploadError(400, 'BAD_USER_INPUT', '不支持旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再上传。', 'file');
  }
  if (isXlsx(bytes, fileName)) return { rows: await readXlsx(bytes, maxUnpackedBytes), encoding: 'XLSX' };
  let decoded;
  try {
    decoded = decodeFile(bytes, null, 'file');
  } catch {
    throw new UploadError(400, 'BAD_USER_INPUT', '无法识别文件的编码：CSV 文件须为 UTF-8 或 GBK/GB18030 编码（Excel 中“另存为 CSV”即可）。', 'file');
  }
  try {
    const rows = parse(decoded.text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return { rows, encoding: decoded.encoding === 'UTF8' ? 'UTF8' : 'GB18030' };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UploadError(400, 'BAD_USER_INPUT', `文件不是有效的 CSV${line ? `（第 ${line} 行附近）` : ''}：请检查引号是否成对。`, 'file');
  }
}

async function readXlsx(bytes: Buffer, maxUnpackedBytes: number): Promise<string[][]> {
  const unpacked = zipUnpackedBytes(bytes);
  if (unpacked === null) throw new UploadError(400, 'BAD_USER_INPUT', '文件不是可读取的 .xlsx 工作簿：请用 Excel 打开后重新保存为 .xlsx 或 CSV。', 'file');
  if (unpacked > maxUnpackedBytes) {
    throw new UploadError(413, 'PAYLOAD_TOO_LARGE', `工作簿解压后有 ${Math.round(unpacked / 1024 / 1024)} MB，超过 ${Math.round(maxUnpackedBytes / 1024 / 1024)} MB 的上限：请删去多余的工作表或另存为 CSV。`, 'file');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UploadError(400, 'BAD_USER_INPUT', '文件不是可读取的 .xlsx 工作簿：请用 Excel 打开后重新保存为 .xlsx 或 CSV。', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
  }
  return rows;
}

/**
 * What the clerk sees in a cell. A date cell (开办日期) is written YYYY-MM-DD (exceljs gives dates as
 * UTC midnight of the day shown; its `text` would be JavaScript's long date), a formula gives its
 * result; everything else is exceljs's text.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cell.text ?? '';
}

export function isBlankRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Headers compared without a BOM, spaces or case, brackets made half-width. */
export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}
