import { AppError } from '@zsgk/errors';
import { readCsvRows } from '../register/csv/readCsvRows';
import { decodeFile, type TextEncoding } from '@zsgk/validation';
import type { ImportFile } from '../register/ImportFile';
import { readJsonRows } from './readJsonRows';

export interface ImportFileInput {
  districtCode: string;
  format: 'JSON' | 'CSV';
  content?: string | null;
  contentBase64?: string | null;
  encoding?: TextEncoding | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Reads the file of an import, given as text or as base64 bytes, into rows, naming what is wrong and where. */
export function readImportFile(input: ImportFileInput): { file: ImportFile; encoding: TextEncoding | null } {
  const hasText = input.content != null;
  const hasBytes = input.contentBase64 != null;
  if (hasText === hasBytes) {
    throw new AppError('BAD_USER_INPUT', '请只提供一份文件：content（文字）或 contentBase64（字节）二选一', { path: 'input.content' });
  }
  let text: string;
  let encoding: TextEncoding | null = null;
  const path = hasText ? 'input.content' : 'input.contentBase64';
  if (hasText) {
    if (input.encoding) throw new AppError('BAD_USER_INPUT', 'encoding（编码）只用于 contentBase64；content 已经是文字，请去掉 encoding', { path: 'input.encoding' });
    text = input.content!;
  } else {
    const base64 = input.contentBase64!.replace(/\s+/g, '');
    if (!BASE64.test(base64) || base64.length % 4 === 1) throw new AppError('BAD_USER_INPUT', 'contentBase64 不是 base64 编码的文件内容；请重新选择文件上传', { path });
    const decoded = decodeFile(Buffer.from(base64, 'base64'), input.encoding ?? null, input.encoding ? 'input.encoding' : path);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new AppError('BAD_USER_INPUT', '文件是空的；请检查是否选错了文件，或在 Excel 中保存后再导入', { path });
  const file = input.format === 'CSV' ? readCsvRows(text, input.districtCode, path) : readJsonRows(text, path);
  return { file, encoding };
}
