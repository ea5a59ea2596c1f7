import { toWgs84 } from '@zsgk/geo';
import { parseCsv } from './parseCsv';
import { readGazetteerRows } from './readGazetteerRows';

const options = {
  crs: 'WGS84' as const,
  where: { districtCode: '370812', districtName: '兖州区' },
  zoneExists: (stage: string, zone: string) => stage === 'PRIMARY' && ['一区', '二区'].includes(zone),
};
const read = (csv: string, crs: 'WGS84' | 'GCJ02' = 'WGS84') => readGazetteerRows(csv, { ...options, crs });

describe('readGazetteerRows', () => {
  it('when every row is good, then compounds, addresses and street ranges are read with their assignments', () => {
    const { entries, problems } = read(
      [
        'kind,name,aliases,from,to,parity,lng,lat,primaryZone,juniorZone',
        '小区,幸福小区,幸福里|幸福苑,,,,116.80,35.55,一区,',
        '地址,建设路15号,,,,,116.81,35.56,,',
        '路段,建设路,,1,99,单号,,,一区,',
        ',建设路,,2,98,双号,116.82,35.57,,',
      ].join('\r\n'),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.row, e.kind, e.name, e.fromNumber, e.toNumber, e.parity, e.assignments])).toEqual([
      [2, 'COMPOUND', '幸福小区', null, null, null, [{ stage: 'PRIMARY', zone: '一区' }]],
      [3, 'ADDRESS', '建设路15号', null, null, null, []],
      [4, 'STREET_RANGE', '建设路', 1, 99, 'ODD', [{ stage: 'PRIMARY', zone: '一区' }]],
      [5, 'STREET_RANGE', '建设路', 2, 98, 'EVEN', []],
    ]);
    expect(entries[0]!.aliases).toEqual(['幸福里', '幸福苑']);
    expect(entries[2]!.point).toBeNull();
  });

  it('when the header is in Chinese and the points are GCJ-02, then they are converted to WGS-84', () => {
    const { entries, problems } = read('名称,经度,纬度\n九州花园,116.8,35.55\n', 'GCJ02');
    expect(problems).toEqual([]);
    expect(entries[0]!.point).toEqual(toWgs84([116.8, 35.55], 'GCJ02'));
    expect(entries[0]!.point![0]).not.toBe(116.8);
  });

  it('when rows are wrong, then each is named with its column and nothing is returned', () => {
    const { entries, problems } = read(
      [
        'name,from,to,parity,lng,lat,primaryZone',
        '幸福小区,,,,116.8,35.55,三区', // unknown zone
        '建设路,9,3,全部,116.8,35.55,', // range backwards
        '建设路,2,99,单号,116.8,35.55,', // 2 is even
        ',,,,116.8,35.55,', // no name
        '龙城花园,,,,35.55,116.8,', // swapped
        '九州花园,,,,,,', // no point, not an assigned range
        '幸福小区,,,,116.8,35.55,', // duplicate
        '红旗路,1,9,单,116.8,35.55,',
        '红旗路,5,15,全部,116.8,35.55,', // overlaps the row above
      ].join('\n'),
    );
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'primaryZone', '本区县该年度没有已公布的小学学区「三区」；请填写已公布学区的名称或编号'],
      [3, 'to', '止号 3 小于起号 9；请对调或改正'],
      [4, 'from', '2 是双号，但这一路段是单号；请改正门牌号或单双号'],
      [5, 'name', '必填：请写小区、地址或路名'],
      [6, 'lng', '经度和纬度似乎填反了：（35.55, 116.8）不在中国境内，对调后在；经度在前（约 73–135），纬度在后（约 18–54）'],
      [7, 'lng', '缺少经度和纬度；只有已填学区的路段可以不填'],
      [8, 'name', '「幸福小区」已在第 2 行；同一小区或地址只写一行，其他叫法写在别名中'],
      [10, 'from', '门牌号与第 9 行（红旗路 1–9 号）重叠；同一门牌只能属于一行'],
    ]);
  });

  it('when the header has an unknown column or no name column, then the file is refused at row 1', () => {
    expect(read('名称,邮编\n幸福小区,272100\n').problems).toEqual([{ row: 1, field: '邮编', reason: '不认识的列名「邮编」；可用的列名：类型、名称、别名、起号、止号、单双号、经度、纬度、小学学区、初中学区' }]);
    expect(read('lng,lat\n116.8,35.55\n').problems[0]).toEqual({ row: 1, field: 'name', reason: '缺少必填的列「名称」；请按模板加上这一列' });
    expect(read('name,lng,lat\n').problems[0]!.reason).toBe('文件只有表头，没有数据行');
  });

  it('when 单号 and 双号 ranges of one street interleave, then they do not overlap', () => {
    expect(read('name,from,to,parity,primaryZone\n建设路,1,99,单号,一区\n建设路,2,98,双号,二区\n').problems).toEqual([]);
  });
});

describe('parseCsv', () => {
  it('when fields are quoted with commas, doubled quotes and newlines, then they are read whole', () => {
    expect(parseCsv('\uFEFFa,b\n"x, ""y""","1\n2"\n').rows).toEqual([['a', 'b'], ['x, "y"', '1\n2']]);
  });

  it('when a quote is never closed, then the line it opened on is named', () => {
    expect(parseCsv('a,b\n"x,1\n').error).toBe('第 2 行开始的引号没有配对（单元格中的引号要写成两个 ""）；请在 Excel 中另存为 CSV 后再导入');
  });

  it('when an earlier cell spans two lines, then the line the unpaired quote opened on is still named', () => {
    expect(parseCsv('名称,lng\n"多\n行",1\n幸福小区,"2\n丙,3\n').error).toMatch(/^第 4 行开始的引号没有配对/);
  });

  it('when line endings are mixed, a quote sits inside an unquoted cell, or rows are blank, then rows are read as a spreadsheet shows them', () => {
    expect(parseCsv('a,b\r\n建设路12"A,1\n\nc,d\re,f').rows).toEqual([['a', 'b'], ['建设路12"A', '1'], [''], ['c', 'd'], ['e', 'f']]);
  });
});
