import { parse, type Options } from 'csv-parse/sync';

const OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  // A quote inside an unquoted cell (门牌 12"A) is text, as Excel writes it.
  relax_quotes: true,
  // Blank rows are kept, so record n is spreadsheet row n.
  skip_empty_lines: false,
  // Files pasted together from several sources mix CRLF, LF and CR.
  record_delimiter: ['\r\n', '\n', '\r'],
};

/**
 * Parses CSV text with csv-parse (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR, a UTF-8
 * BOM tolerated) into records of fields, blank ones kept so record n is spreadsheet row n. Decode the
 * bytes first (UTF-8 or GBK/GB18030: `decodeFile` of @zsgk/validation). Returns an error in Chinese
 * naming the 1-based line where an unterminated quote opened (shown to the clerk as is) instead of
 * throwing.
 *
 * @example parseCsv('name,lng\n"幸福小区, 东区",116.8\n') // { rows: [['name', 'lng'], ['幸福小区, 东区', '116.8']], error: null }
 */
export function parseCsv(text: string): { rows: string[][]; error: string | null } {
  try {
    return { rows: parse(text, OPTIONS) as string[][], error: null };
  } catch (error) {
    const { code, records } = error as { code?: string; records?: number };
    const line = lineOfRecord(text, records ?? 0);
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      return { rows: [], error: `第 ${line} 行开始的引号没有配对（单元格中的引号要写成两个 ""）；请在 Excel 中另存为 CSV 后再导入` };
    }
    return { rows: [], error: `第 ${line} 行附近的格式无法读取；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入` };
  }
}

/** The line on which record `index` (0-based) starts: the line after the previous record ends. */
function lineOfRecord(text: string, index: number): number {
  if (index === 0) return 1;
  const before = parse(text, { ...OPTIONS, to: index, info: true }) as unknown as Array<{ info: { lines: number } }>;
  return (before.at(-1)?.info.lines ?? 0) + 1;
}
