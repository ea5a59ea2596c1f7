/**
 * The API's enum values as staff call them (学段, 办学性质, 学期 …). A row problem that lists the
 * allowed values shows both, `PRIMARY（小学）`, because a JSON import carries the API's word and a
 * form shows the Chinese one.
 */
export const enumLabels: Record<string, string> = {
  KINDERGARTEN: '幼儿园',
  PRIMARY: '小学',
  JUNIOR: '初中',
  SENIOR: '高中',
  PUBLIC: '公办',
  PRIVATE: '民办',
  OPEN: '正常办学',
  CLOSED: '已撤销',
  PLANNED: '筹建中',
  AUTUMN: '秋季学期',
  SPRING: '春季学期',
  UNDER_APPLIED: '报名人数不足',
  OVER_APPLIED_LOTTERY: '报名人数超过计划，摇号录取',
  POLICY_PREFERENCE: '政策性照顾',
  MILITARY_FAMILY: '军人子女',
  MARTYR_CHILD: '烈士子女',
  HIGH_LEVEL_TALENT: '高层次人才子女',
  FIRE_RESCUE_FAMILY: '消防救援人员子女',
  POLICE_FAMILY: '公安英模子女',
  FAMILY_MOVE: '家庭搬迁',
  PARENT_JOB: '父母工作调动',
  HUKOU_CHANGE: '户籍变动',
  HEALTH: '身体原因',
  RETURN_TO_HOMETOWN: '回户籍地就读',
  POPULAR_SCHOOL_ADMISSION: '热点学校录取名单',
  ADOPTED: '采纳',
  PARTLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '不采纳',
  ENROLMENT_RULES: '招生方案',
  POLICY_DOCUMENT: '政策文件',
  ZONE_SET: '划片方案',
  NEAREST: '就近入学',
  LOTTERY: '摇号',
  WGS84: 'WGS-84（GPS）',
  GCJ02: 'GCJ-02（高德、腾讯地图）',
  BD09: 'BD-09（百度地图）',
  JSON: 'JSON 文件',
  CSV: 'CSV 表格',
  UTF8: 'UTF-8',
  GB18030: 'GB18030（中文 Windows 的 Excel 默认）',
  GBK: 'GBK',
  GEOJSON: 'GeoJSON 区域图形',
  RULE_TABLE_CSV: '对口地段表（CSV）',
  RULE_TABLE_XLSX: '对口地段表（Excel .xlsx）',
  BOUNDARY_TEXT: '四至文字',
  TEXT: '文本',
  BASE64: 'Base64 编码',
  OTHER: '其他',
};

/** `PRIMARY（小学）` for a known value, the value itself otherwise. */
export function withEnumLabel(value: string): string {
  const label = Object.hasOwn(enumLabels, value) ? enumLabels[value] : undefined;
  return label ? `${value}（${label}）` : value;
}
