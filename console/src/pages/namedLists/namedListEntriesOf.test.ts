import { describe, expect, it } from '@jest/globals';
import { namedListEntriesOf } from './namedListEntriesOf';

describe('namedListEntriesOf', () => {
  it('when the file has the Chinese headers, then each row becomes a person and a Chinese category becomes the API\'s word', () => {
    const { entries, problems } = namedListEntriesOf([
      ['姓名', '身份证号', '类别'],
      ['张三明', '370812201901011234', '军人子女'],
      ['', '', ''],
      ['李四', '', 'OTHER'],
    ]);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { name: '张三明', idNumber: '370812201901011234', category: 'MILITARY_FAMILY' },
      { name: '李四', category: 'OTHER' },
    ]);
  });

  it('when a column the list does not need is there, then the file is refused naming it (nothing beyond the list is carried)', () => {
    const { entries, problems } = namedListEntriesOf([['姓名', '家庭住址'], ['张三明', '建设路1号']]);
    expect(entries).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: '家庭住址' })]);
  });

  it('when a row has no name, then that spreadsheet row is named (blank rows counted)', () => {
    const { problems } = namedListEntriesOf([['姓名', '类别'], ['', ''], ['', '其他政策性照顾']]);
    expect(problems).toEqual([{ row: 3, column: '姓名', reason: '姓名为空' }]);
  });

  it('when the 姓名 column is missing or the file is empty, then it says so', () => {
    expect(namedListEntriesOf([['身份证号'], ['370812201901011234']]).problems[0]).toMatchObject({ column: '姓名', reason: '缺少「姓名」列' });
    expect(namedListEntriesOf([]).problems[0]!.reason).toContain('文件是空的');
  });
});
