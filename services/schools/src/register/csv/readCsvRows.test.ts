import { readCsvRows } from './readCsvRows';

const HEADER = '学校标识码,学校名称,学段,办学性质,地址,经度,纬度,办学状态,示例数据,版本';

function problemsOf(text: string) {
  const file = readCsvRows(text, '370812', 'input.content');
  return [...file.problems, ...file.rows.flatMap((r) => r.problems)].map((p) => [p.row, p.field === null ? null : file.fieldLabel(p.field), p.reason]);
}

describe('readCsvRows reasons', () => {
  it('when cells cannot be read, then each reason says what is wrong and what to write, in Chinese', () => {
    const text = [HEADER, '3708120001,实验小学,初级,国营,建设路1号,东经116,35.5,开着,对,三'].join('\n');
    expect(problemsOf(text)).toEqual([
      [2, '学段', '「初级」不是学段；请填写 小学、初中、高中、幼儿园 或 九年一贯制（多个用“、”分隔）'],
      [2, '办学性质', '「国营」不是办学性质；请填写 公办 或 民办'],
      [2, '经度', '「东经116」不是数字；经纬度请写成带小数的度数，如 116.5872、35.5512'],
      [2, '办学状态', '「开着」不是办学状态；请填写 正常、筹建 或 撤销（可不填，默认为正常）'],
      [2, '示例数据', '「对」不是“是”或“否”；请填写 是 或 否'],
      [2, '版本', '「三」不是整数；名册版本请照导出文件填写，如 3'],
    ]);
  });

  it('when the header is wrong, then unknown, repeated and missing columns are named in Chinese', () => {
    const text = ['学校标识码,学校名称,名称,学段,地址,校长,经度', '3708120001,实验小学,实验,小学,建设路1号,张三,116.5'].join('\n');
    expect(problemsOf(text)).toEqual([
      [1, '名称', '与「学校名称」是同一列，重复了；请删去其中一列'],
      [1, '校长', expect.stringMatching(/^不认识的列名「校长」；可用的列名：学校标识码、学校名称、学校简称、学段、办学性质、/)],
      [1, '办学性质', '缺少必填的列「办学性质」；请按模板加上这一列'],
      [1, '经度', '经度和纬度两列要同时提供；请补上缺少的一列，或两列都删去'],
    ]);
  });

  it('when a row has more cells than the header, then the row says so', () => {
    expect(problemsOf(['学校标识码,学校名称,学段,办学性质,地址', '3708120001,实验小学,小学,公办,建设路1号,多余'].join('\n'))).toEqual([
      [2, null, '这一行有 6 格，表头有 5 列；请检查是否多了或少了逗号'],
    ]);
  });

  it('when a quote is never closed, then the error names the line and says how to save the file', () => {
    expect(() => readCsvRows('学校标识码,学校名称\n"3708120001,实验小学\n', '370812', 'input.content')).toThrow(
      /^文件不是有效的 CSV（第 \d+ 行附近）：有一个引号没有配对；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入$/,
    );
  });
});
