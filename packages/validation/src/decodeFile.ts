import { AppError } from '@zsgk/errors';
import iconv from 'iconv-lite';

/** Byte encodings an import file may be in. GBK is a subset of GB18030; both decode the same way. */
export const TEXT_ENCODINGS = ['UTF8', 'GB18030', 'GBK'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface DecodedFile {
  text: string;
  /** The encoding the bytes were read in: the declared one, or the detected one. */
  encoding: TextEncoding;
  /** True when the encoding was detected rather than declared. */
  detected: boolean;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Turns a file's bytes into text. With no declared encoding: a UTF-8 BOM or bytes that decode as
 * strict UTF-8 are UTF-8; anything else is read as GB18030, which is what Excel on a Chinese Windows
 * writes ("CSV (逗号分隔)"), and which also covers GBK and GB2312. A stray byte that is neither is
 * refused rather than turned into U+FFFD, so a clerk never imports mojibake.
 *
 * @example decodeFile(iconv.encode('学校名称', 'gbk'), null, 'input.contentBase64') // { text: '学校名称', encoding: 'GB18030', detected: true }
 */
export function decodeFile(bytes: Buffer, declared: TextEncoding | null, path: string): DecodedFile {
  if (declared === 'UTF8' || (declared === null && bytes.subarray(0, 3).equals(UTF8_BOM))) {
    const text = decodeUtf8(bytes);
    if (text === null) {
      throw new AppError('BAD_USER_INPUT', 'The file is not valid UTF-8; if Excel saved it on a Chinese Windows, import it as GB18030.', { path });
    }
    return { text: stripBom(text), encoding: 'UTF8', detected: declared === null };
  }
  if (declared === null) {
    const text = decodeUtf8(bytes);
    if (text !== null) return { text, encoding: 'UTF8', detected: true };
  }
  const text = iconv.decode(bytes, 'gb18030');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new AppError('BAD_USER_INPUT', `The file is neither UTF-8 nor GB18030/GBK (undecodable bytes near character ${bad + 1}).`, { path });
  }
  return { text: stripBom(text), encoding: declared ?? 'GB18030', detected: declared === null };
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
