import iconv from 'iconv-lite';
import { readRuleTableFile } from './readRuleTableFile';

describe('readRuleTableFile', () => {
  it('when a UTF-8 CSV with a BOM is read, then its rows give zones and the encoding is UTF-8', async () => {
    const bytes = Buffer.from('\uFEFF学校,路名,门牌号\n江宁路小学,江宁路,1-99号\n', 'utf8');
    const read = await readRuleTableFile(bytes, 'a.csv');
    expect(read.encoding).toBe('UTF-8');
    expect(read.problems).toEqual([]);
    expect(read.zones.map((z) => [z.key, z.rules.length])).toEqual([['江宁路小学', 1]]);
  });

  it('when the bytes are neither UTF-8 nor GB18030, then one BAD_FILE problem says so', async () => {
    const bytes = Buffer.concat([iconv.encode('学校,路名\n', 'gbk'), Buffer.from([0x81, 0x20, 0xff])]);
    const read = await readRuleTableFile(bytes, 'b.csv');
    expect(read.problems.map((p) => [p.code, p.reason])).toEqual([['BAD_FILE', expect.stringMatching(/^文件既不是 UTF-8 也不是 GB18030\/GBK 编码/)]]);
    expect(read.zones).toEqual([]);
  });

  it('when a file named .xlsx is not a workbook, then one BAD_FILE problem says so instead of throwing', async () => {
    const read = await readRuleTableFile(Buffer.from('学校,路名\n'), 'c.xlsx');
    expect(read.problems).toEqual([expect.objectContaining({ code: 'BAD_FILE', source: { file: 'c.xlsx', row: 1, column: '' }, reason: '不是可读取的 .xlsx 工作簿；请用 Excel 打开后另存为 .xlsx 再上传' })]);
  });

  it('when a row has only a 备注, then it is NO_TARGET at its spreadsheet row', async () => {
    const read = await readRuleTableFile(Buffer.from('学校,路名,备注\n江宁路小学,江宁路,\n,,另见附表\n'), 'd.csv');
    expect(read.problems).toEqual([expect.objectContaining({ code: 'NO_TARGET', source: { file: 'd.csv', row: 3, column: '路名' }, reason: '这一行没有路名、小区/村或街道/镇；请至少填写一项' })]);
    expect(read.zones[0]!.rules).toHaveLength(1);
  });
});
