import iconv from 'iconv-lite';

/**
 * A CSV's bytes as text: UTF-8 (BOM or not) when they decode strictly as UTF-8, else GB18030, which
 * covers GBK and GB2312 and is what Excel on a Chinese Windows saves. Bytes that are neither give
 * an error, never U+FFFD mojibake. (The register's decodeFile does the same inside the schools
 * service; it moves to a shared package at the integration step.)
 *
 * @example decodeRuleCsv(iconv.encode('学校,路名', 'gbk')) // { text: '学校,路名', encoding: 'GB18030' }
 */
export function decodeRuleCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GB18030' } | { error: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) return { error: `neither UTF-8 nor GB18030/GBK (undecodable bytes near character ${bad + 1})` };
    return { text, encoding: 'GB18030' };
  }
}
