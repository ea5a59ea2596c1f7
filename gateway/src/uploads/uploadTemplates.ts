import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { PREFERENCE_LABELS } from './recordColumns';
import type { UploadKindName } from './uploadKinds';

/** A table template: the Chinese headers its import reads and one example row. */
export interface TableTemplate {
  title: string;
  headers: string[];
  example: string[];
}

/** The example school every template names (a made-up 学校标识码: register it first, or replace it). */
export const EXAMPLE_SCHOOL_ID = '2137089901';

export const TABLE_TEMPLATES: Record<Exclude<UploadKindName, 'zones'>, TableTemplate> = {
  register: {
    title: '学校名录',
    headers: ['学校标识码', '学校名称', '学校简称', '学段', '办学性质', '地址', '经度', '纬度', '招生咨询电话', '监督举报电话', '信访接待地址', '网址', '状态', '开办日期'],
    example: [EXAMPLE_SCHOOL_ID, '兖州区示例小学', '示例小学', '小学', '公办', '山东省济宁市兖州区建设路1号', '116.7830', '35.5520', '0537-3411234', '0537-3415678', '兖州区建设路2号教育和体育局信访室', '', '正常', '2026-09-01'],
  },
  rules: {
    title: '对口地段表',
    headers: ['学校', '街道/镇', '路名', '门牌号', '单双号', '小区/村', '备注'],
    example: ['兖州区示例小学', '鼓楼街道', '建设路', '1-99', '单号', '', ''],
  },
  gazetteer: {
    title: '地名地址库',
    headers: ['类型', '名称', '别名', '起号', '止号', '单双号', '经度', '纬度', '小学学区', '初中学区'],
    example: ['小区', '阳光花园', '阳光小区', '', '', '', '116.7830', '35.5520', '', ''],
  },
  results: {
    title: '录取结果',
    headers: ['学校标识码', '年份', '学段', '轮次', '计划招生数', '报名人数', '录取人数', '录取分数线', '差异原因', '说明',
      ...PREFERENCE_LABELS.flatMap(([, label]) => [`${label}人数`, `${label}政策文号`]), '更正原因'],
    example: [EXAMPLE_SCHOOL_ID, '2026', '小学', '1', '270', '255', '255', '', '报名人数不足', '片区内适龄儿童少于计划招生数',
      ...PREFERENCE_LABELS.flatMap(() => ['', '']), ''],
  },
  plans: {
    title: '招生计划',
    headers: ['学校标识码', '年份', '学段', '计划招生数', '计划班数', '更正原因'],
    example: [EXAMPLE_SCHOOL_ID, '2026', '小学', '270', '6', ''],
  },
};

/** A one-zone GeoJSON in the shape importCatchments reads by default (name, schools, boundaryText). */
export const ZONES_TEMPLATE = {
  type: 'FeatureCollection',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    {
      type: 'Feature',
      properties: { name: '示例小学学区', schools: [EXAMPLE_SCHOOL_ID], boundaryText: '东至建设路，西至九州大道，南至文化路，北至中御桥路' },
      geometry: { type: 'Polygon', coordinates: [[[116.775, 35.548], [116.79, 35.548], [116.79, 35.558], [116.775, 35.558], [116.775, 35.548]]] },
    },
  ],
};

/** The template as CSV: UTF-8 with a BOM, so Excel on a Chinese Windows opens it without garbling. */
export function templateCsv(template: TableTemplate): Buffer {
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(stringify([template.headers, template.example]), 'utf8')]);
}

/** The template as .xlsx: one sheet, bold header row, every cell text (so 学校标识码 keeps its digits). */
export async function templateXlsx(template: TableTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.title);
  sheet.addRow(template.headers).font = { bold: true };
  sheet.addRow(template.example);
  sheet.columns.forEach((column, i) => {
    column.numFmt = '@';
    column.width = Math.max(10, (template.headers[i]?.length ?? 4) * 2 + 2);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
