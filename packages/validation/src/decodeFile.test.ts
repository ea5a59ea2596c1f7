import iconv from 'iconv-lite';
import { decodeFile } from './decodeFile';

const TEXT = '学校标识码,学校名称\n3708120001,兖州区实验小学\n';

describe('decodeFile', () => {
  it('when the bytes are UTF-8 without a BOM, then UTF-8 is detected', () => {
    expect(decodeFile(Buffer.from(TEXT, 'utf8'), null, 'f')).toEqual({ text: TEXT, encoding: 'UTF8', detected: true });
  });

  it('when the bytes start with a UTF-8 BOM, then the BOM is dropped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    expect(decodeFile(bytes, null, 'f').text).toBe(TEXT);
  });

  it('when the bytes are GBK, then they are read as GB18030', () => {
    expect(decodeFile(iconv.encode(TEXT, 'gbk'), null, 'f')).toEqual({ text: TEXT, encoding: 'GB18030', detected: true });
  });

  it('when a GB18030-only character (a four-byte sequence) is present, then it survives', () => {
    const text = '名称\n𠀀小学\n';
    expect(decodeFile(iconv.encode(text, 'gb18030'), 'GB18030', 'f').text).toBe(text);
  });

  it('when UTF-8 is declared but the bytes are GBK, then the error says to try GB18030', () => {
    expect(() => decodeFile(iconv.encode(TEXT, 'gbk'), 'UTF8', 'input.encoding')).toThrow(/GB18030/);
  });

  it('when the bytes are neither UTF-8 nor GB18030, then they are refused, not turned into replacement characters', () => {
    expect(() => decodeFile(Buffer.from([0x41, 0x81, 0x20]), null, 'f')).toThrow(/neither UTF-8 nor GB18030/);
  });
});
