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
    throw new AppError('BAD_USER_INPUT', 'Give the file as exactly one of content (text) and contentBase64 (bytes).', { path: 'input.content' });
  }
  let text: string;
  let encoding: TextEncoding | null = null;
  const path = hasText ? 'input.content' : 'input.contentBase64';
  if (hasText) {
    if (input.encoding) throw new AppError('BAD_USER_INPUT', 'encoding applies to contentBase64 only; content is already text.', { path: 'input.encoding' });
    text = input.content!;
  } else {
    const base64 = input.contentBase64!.replace(/\s+/g, '');
    if (!BASE64.test(base64) || base64.length % 4 === 1) throw new AppError('BAD_USER_INPUT', 'contentBase64 is not base64.', { path });
    const decoded = decodeFile(Buffer.from(base64, 'base64'), input.encoding ?? null, input.encoding ? 'input.encoding' : path);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new AppError('BAD_USER_INPUT', 'The file is empty.', { path });
  const file = input.format === 'CSV' ? readCsvRows(text, input.districtCode, path) : readJsonRows(text, path);
  return { file, encoding };
}
