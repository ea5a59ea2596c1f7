/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM tolerated) into
 * records of fields, blank ones kept so record n is spreadsheet row n. Returns an error naming the
 * 1-based line of an unterminated quote (in Chinese: it is shown to the clerk as is) instead of throwing.
 *
 * @example parseCsv('name,lng\n"幸福小区, 东区",116.8\n') // { rows: [['name', 'lng'], ['幸福小区, 东区', '116.8']] }
 */
export function parseCsv(text: string): { rows: string[][]; error: string | null } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) return { rows, error: `第 ${quoteLine} 行开始的引号没有配对（单元格中的引号要写成两个 ""）；请在 Excel 中另存为 CSV 后再导入` };
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { rows, error: null };
}
