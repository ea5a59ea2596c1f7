/** What the gateway's POST /upload/:kind accepts, and how the 导入 page asks for it. */
export type ImportKind = 'register' | 'zones' | 'rules' | 'gazetteer' | 'results' | 'plans';

/** Form fields a kind sends beside the file (text fields of the multipart body). */
export type ImportField = 'year' | 'stage' | 'crs' | 'sourceDocument' | 'repair';

export interface ImportKindSpec {
  kind: ImportKind;
  label: string;
  /** File types offered by the file picker. */
  accept: string;
  /** What the file is, for the clerk. */
  hint: string;
  /** Template files at GET /templates/<file>. */
  templates: string[];
  fields: ImportField[];
  /** Coordinate systems offered (zones can also be detected). */
  crsOptions?: ('WGS84' | 'GCJ02' | 'BD09' | 'AUTO')[];
}

export const IMPORT_KINDS: ImportKindSpec[] = [
  {
    kind: 'register', label: '学校名册', accept: '.csv,.xlsx', templates: ['register.csv', 'register.xlsx'], fields: ['crs'], crsOptions: ['WGS84', 'GCJ02', 'BD09'],
    hint: '每所学校一行。CSV（UTF-8 或 GBK 均可，自动识别）或 Excel .xlsx，表头用模板中的中文列名。',
  },
  {
    kind: 'zones', label: '划片区域', accept: '.geojson,.json,.kml,.zip', templates: ['zones.geojson'], fields: ['year', 'stage', 'crs', 'sourceDocument', 'repair'], crsOptions: ['AUTO', 'WGS84', 'GCJ02', 'BD09'],
    hint: 'GeoJSON、KML 或压缩的 Shapefile（.zip），每个要素一个学区。导入后为草稿，在“划片”页面查看覆盖情况并提交审核。',
  },
  {
    kind: 'rules', label: '对口地段表', accept: '.csv,.xlsx', templates: ['rules.csv', 'rules.xlsx'], fields: ['year', 'stage', 'sourceDocument'],
    hint: '每行一所学校对应的道路或小区（门牌号段、单双号）。CSV 或 Excel .xlsx。导入后为草稿学区方案。',
  },
  {
    kind: 'gazetteer', label: '地名库', accept: '.csv,.xlsx', templates: ['gazetteer.csv', 'gazetteer.xlsx'], fields: ['year', 'crs'], crsOptions: ['WGS84', 'GCJ02', 'BD09'],
    hint: '小区、门牌地址和路段，可指定所属学区，家长查询地址时优先使用。',
  },
  {
    kind: 'results', label: '录取结果', accept: '.csv,.xlsx', templates: ['results.csv', 'results.xlsx'], fields: [],
    hint: '各校历年录取人数（计划数、报名数、录取数及差异说明），提交审核后公开。',
  },
  {
    kind: 'plans', label: '招生计划', accept: '.csv,.xlsx', templates: ['plans.csv', 'plans.xlsx'], fields: [],
    hint: '各校本年招生计划数和班级数，须在报名开始前公开。',
  },
];

export const CRS_LABEL: Record<string, string> = {
  AUTO: '自动识别',
  WGS84: 'WGS-84（GPS、天地图）',
  GCJ02: 'GCJ-02（高德、腾讯地图）',
  BD09: 'BD-09（百度地图）',
};
