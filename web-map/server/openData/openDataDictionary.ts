import type { OpenDataColumn } from './OpenDataColumn';
import { planColumns, resultColumns, schoolColumns, transferColumns, zoneProperties } from './openDataDatasets';

/** The data dictionary of every file, derived from the same column lists the files are written from. */
export function openDataDictionary(districtCode: string) {
  const describe = (columns: OpenDataColumn<never>[]) =>
    columns.map(({ name, header, type, unit, meaning, meaningEn, values }) => ({ name, header, type, unit: unit ?? null, meaning, meaningEn, values: values ?? null }));
  return {
    districtCode,
    files: [
      { file: 'zones.geojson', title: '学区（划片）范围', titleEn: 'Catchment zones', format: 'GeoJSON (RFC 7946) FeatureCollection, WGS-84 [经度, 纬度]；metadata 中有发布日志树头与许可', columns: describe(zoneProperties as OpenDataColumn<never>[]) },
      { file: 'schools.csv', title: '学校名录', titleEn: 'School register', format: 'CSV', columns: describe(schoolColumns as OpenDataColumn<never>[]) },
      { file: 'enrolment-plans.csv', title: '招生计划', titleEn: 'Enrolment plans', format: 'CSV', columns: describe(planColumns as OpenDataColumn<never>[]) },
      { file: 'admission-results.csv', title: '录取情况（含差异说明）', titleEn: 'Admission results, with explanations', format: 'CSV', columns: describe(resultColumns as OpenDataColumn<never>[]) },
      { file: 'transfers.csv', title: '转学情况（按学期）', titleEn: 'Transfers per term', format: 'CSV', columns: describe(transferColumns as OpenDataColumn<never>[]) },
    ],
    csv: {
      encoding: 'UTF-8，带 BOM（Excel 可直接打开）',
      lineEnd: 'CRLF (RFC 4180)',
      header: '第一行为中文列名；英文机器名（name）见本词典及每个 CSV 的同名 .json 附属清单，顺序与列一致',
      empty: '空单元格表示没有该值（null）',
      boolean: 'true / false',
      list: '多个值以英文分号 ; 分隔',
      formula: '以 = + - @ 开头的文字前加一个单引号 \'，防止表格软件把它当作公式执行；程序读取时去掉开头的单引号即可',
    },
    verification: '每个文件的 SHA-256 见 manifest.json；文件取自 metadata / 附属清单中的发布日志树头（treeSize、rootHash、签名时间）。记录的 content_hash 可用发布日志的包含证明核验。',
  };
}

export type OpenDataDictionary = ReturnType<typeof openDataDictionary>;
