import { translateReason } from '@zsgk/messages';
import { decodeFile } from '@zsgk/validation';
import { parseCsv } from '../gazetteer';
import { readRuleTable, type RuleTableResult } from './readRuleTable';
import { readXlsxRows } from './readXlsxRows';

/**
 * A 对口地段表 file as published: `.xlsx` (first worksheet) or CSV in UTF-8 or GBK/GB18030, by the
 * name's ending. A file that cannot be read at all is one BAD_FILE problem; otherwise readRuleTable.
 */
export async function readRuleTableFile(bytes: Uint8Array, file: string): Promise<RuleTableResult & { encoding: string }> {
  const failed = (reason: string, encoding = '') => ({ zones: [], ignoredColumns: [], encoding, problems: [{ source: { file, row: 1, column: '' }, text: '', code: 'BAD_FILE' as const, reason }] });
  if (/\.xlsx$/i.test(file)) {
    const rows = await readXlsxRows(bytes).catch((error: Error) => error);
    if (rows instanceof Error) return failed('不是可读取的 .xlsx 工作簿；请用 Excel 打开后另存为 .xlsx 再上传', 'xlsx');
    return { ...readRuleTable(rows, file), encoding: 'xlsx' };
  }
  let decoded;
  try {
    decoded = decodeFile(Buffer.from(bytes), null, file);
  } catch (error) {
    return failed(translateReason((error as Error).message));
  }
  const encoding = decoded.encoding === 'UTF8' ? 'UTF-8' : decoded.encoding;
  const parsed = parseCsv(decoded.text);
  if (parsed.error) return failed(parsed.error, encoding);
  return { ...readRuleTable(parsed.rows, file), encoding };
}
