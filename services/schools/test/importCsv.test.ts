import { approveOrThrow, BUREAU, IMPORT, startSchoolsServer } from './schoolsServer';
import { csvRow, csvText, gbk, utf8, utf8WithBom } from './csvFiles';

let harness: Awaited<ReturnType<typeof startSchoolsServer>>;
beforeAll(async () => {
  harness = await startSchoolsServer();
});
afterAll(() => harness.stop());

/** Imports a sheet and, when it submits a change, has a second officer approve it. */
const importCsv = async (contentBase64: string, extra: Record<string, unknown> = {}) => {
  const res = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV', contentBase64, ...extra } }, BUREAU);
  const change = res.data?.importSchools?.change;
  if (change) await approveOrThrow(harness.client, change.id);
  return res;
};

const readSchool = async (id: string) =>
  (await harness.client.request('query($id: ID!) { school(id: $id) { id name stages ownership address location { lng lat } enquiryPhone } }', { id })).data!.school;

const countSchools = async () => (await harness.client.request('{ schools(first: 1) { totalCount } }')).data!.schools.totalCount as number;

describe('importSchools from CSV', () => {
  it('when a UTF-8 sheet with Chinese headers is imported, then its schools are stored with their values mapped', async () => {
    const res = await importCsv(utf8(csvText([csvRow(1), csvRow(2, { 学段: '九年一贯制', 办学性质: '民办' })])));
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 2, problems: [], encoding: 'UTF8' });
    expect(await readSchool('3708120002')).toEqual({
      id: '3708120002',
      name: '兖州区第2实验小学',
      stages: ['PRIMARY', 'JUNIOR'],
      ownership: 'PRIVATE',
      address: '兖州区建设路2号',
      location: { lng: 116.782, lat: 35.55 },
      enquiryPhone: '0537-3412345',
    });
  });

  it('when a UTF-8 sheet with a byte-order mark is imported, then the first header is still recognised', async () => {
    const res = await importCsv(utf8WithBom(csvText([csvRow(3)])));
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 1, encoding: 'UTF8' });
    expect((await readSchool('3708120003')).name).toBe('兖州区第3实验小学');
  });

  it('when a GBK sheet (Excel on a Chinese Windows) is imported, then GB18030 is detected and the Chinese text survives', async () => {
    const res = await importCsv(gbk(csvText([csvRow(4, { 学校名称: '兖州区鼓楼街道实验小学' })])));
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 1, encoding: 'GB18030' });
    expect((await readSchool('3708120004')).name).toBe('兖州区鼓楼街道实验小学');
  });

  it('when the encoding is declared GBK, then the file is read in it without detection', async () => {
    const res = await importCsv(gbk(csvText([csvRow(5)])), { encoding: 'GBK' });
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 1, encoding: 'GBK' });
  });

  it('when the same sheet is imported twice, then the second import changes nothing', async () => {
    const file = gbk(csvText([csvRow(6), csvRow(7)]));
    expect((await importCsv(file)).data!.importSchools).toMatchObject({ accepted: true, created: 2 });
    expect((await importCsv(file)).data!.importSchools).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('when one row of a sheet is bad, then nothing is written and the spreadsheet row and column are named', async () => {
    const before = await countSchools();
    const res = await importCsv(utf8(csvText([csvRow(10), csvRow(11), csvRow(12, { 招生咨询电话: '请来电' })])));
    expect(res.data!.importSchools.accepted).toBe(false);
    expect(res.data!.importSchools.problems).toEqual([{ row: 4, field: '招生咨询电话', reason: '不是有效的电话号码；请写带区号的固定电话（如 0537-1234567）、手机号或 12345' }]);
    expect(await countSchools()).toBe(before);
  });

  it('when a cell holds a formula, then it is stored as the text typed, never evaluated', async () => {
    const formula = "=cmd|' /C calc'!A0";
    const res = await importCsv(utf8(csvText([csvRow(20, { 学校名称: formula, 地址: '+1+1' })])));
    expect(res.data!.importSchools).toMatchObject({ accepted: true, created: 1 });
    expect(await readSchool('3708120020')).toMatchObject({ name: formula, address: '+1+1' });
  });

  it('when a cell holds a control character, then the row is refused naming the row and column', async () => {
    const res = await importCsv(utf8(csvText([csvRow(21), csvRow(22, { 地址: '兖州区\u0007建设路' })])));
    expect(res.data!.importSchools.problems).toEqual([{ row: 3, field: '地址', reason: '含有不可见的控制字符；请删去后重新输入' }]);
    expect(await readSchool('3708120021')).toBeNull();
  });

  it('when the columns are wrong, then the unknown and the missing columns are named and nothing is written', async () => {
    const headers = ['学校标识码', '学校名称', '学段', '校长', '地址'];
    const res = await importCsv(utf8(csvText([['3708120030', '兖州区第30实验小学', '小学', '张三', '建设路']], headers)));
    expect(res.data!.importSchools.accepted).toBe(false);
    expect(res.data!.importSchools.problems).toEqual([
      { row: 1, field: '校长', reason: expect.stringMatching(/^不认识的列名「校长」；可用的列名：学校标识码、学校名称、/) },
      { row: 1, field: '办学性质', reason: '缺少必填的列「办学性质」；请按模板加上这一列' },
    ]);
    expect(await readSchool('3708120030')).toBeNull();
  });

  it('when a cell cannot be read (a stage, a number), then the column says why, once', async () => {
    const res = await importCsv(utf8(csvText([csvRow(31, { 学段: '大学', 经度: '东经116' })])));
    expect(res.data!.importSchools.problems).toEqual([
      { row: 2, field: '学段', reason: '「大学」不是学段；请填写 小学、初中、高中、幼儿园 或 九年一贯制（多个用“、”分隔）' },
      { row: 2, field: '经度', reason: '「东经116」不是数字；经纬度请写成带小数的度数，如 116.5872、35.5512' },
    ]);
  });

  it('when the file is empty, has only a header, or is not base64, then the error names the argument', async () => {
    for (const [content, message] of [
      ['', '文件是空的；请检查是否选错了文件，或在 Excel 中保存后再导入'],
      [utf8('\uFEFF  \r\n'), '文件是空的；请检查是否选错了文件，或在 Excel 中保存后再导入'],
      [utf8(csvText([])), '文件中没有数据行：第 1 行应为表头，从第 2 行起每行一所学校'],
      ['not base64!', 'contentBase64 不是 base64 编码的文件内容；请重新选择文件上传'],
    ] as const) {
      const res = await importCsv(content);
      expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'input.contentBase64' } });
    }
  });

  it('when both or neither of content and contentBase64 are given, then the import is refused', async () => {
    const both = await importCsv(utf8(csvText([csvRow(40)])), { content: 'x' });
    expect(both.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    const neither = await harness.client.request(IMPORT, { input: { districtCode: '370812', format: 'CSV' } }, BUREAU);
    expect(neither.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
  });

  it('when no catchments database is configured, then the report warns that the district check was skipped', async () => {
    const res = await importCsv(utf8(csvText([csvRow(41)])));
    expect(res.data!.importSchools.warnings).toEqual(['未核对学校位置是否在本区边界内（未配置划片服务数据库 CATCHMENTS_DB），只核对了位置在中国境内']);
  });

  it('when the district code is not a real division, then the import is refused naming it', async () => {
    const res = await harness.client.request(
      IMPORT,
      { input: { districtCode: '370899', format: 'CSV', contentBase64: utf8(csvText([csvRow(42)])) } },
      { role: 'BUREAU', subject: 'x', districtCode: '370899' },
    );
    expect(res.errors![0]).toMatchObject({ message: expect.stringContaining('370899 不是地级或县级行政区划代码'), extensions: { code: 'BAD_USER_INPUT', field: 'input.districtCode' } });
  });
});
