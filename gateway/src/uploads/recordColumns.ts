/** What a cell turns into: a value for the JSON row, or why it cannot (Chinese). */
export type CellResult = { value: unknown } | { reason: string };

/** One column of a results or plans sheet: the JSON field it fills and the headers it goes by. */
export interface RecordColumn {
  /** Dotted path in the JSON row (explanation.text), or preferential:<CATEGORY>.count / .policyDocumentNumber. */
  path: string;
  /** Header spellings; the first is the one templates write. */
  headers: string[];
  required: boolean;
  convert: (cell: string) => CellResult;
}

const text = (cell: string): CellResult => ({ value: cell.trim() });

function wholeNumber(cell: string): CellResult {
  const t = cell.trim().normalize('NFKC').replace(/,/g, '');
  if (/^-\d+$/.test(t)) return { reason: `「${cell}」不能为负数` };
  return /^\d+$/.test(t) ? { value: Number(t) } : { reason: `「${cell}」不是整数` };
}

function decimal(cell: string): CellResult {
  const t = cell.trim().normalize('NFKC');
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? { value: n } : { reason: `「${cell}」不是数字` };
}

function year(cell: string): CellResult {
  const m = /^(\d{4})\s*年?$/.exec(cell.trim().normalize('NFKC'));
  return m ? { value: Number(m[1]) } : { reason: `「${cell}」不是年份（如 2026）` };
}

function words(table: Record<string, string>, what: string) {
  return (cell: string): CellResult => {
    const value = table[cell.trim().toUpperCase()];
    return value === undefined ? { reason: `「${cell}」不是${what}；可填：${Object.keys(table).filter((k) => !/^[A-Z_]+$/.test(k)).join('、')}` } : { value };
  };
}

const STAGES: Record<string, string> = {
  幼儿园: 'KINDERGARTEN', 学前: 'KINDERGARTEN', 小学: 'PRIMARY', 初中: 'JUNIOR', 高中: 'SENIOR',
  KINDERGARTEN: 'KINDERGARTEN', PRIMARY: 'PRIMARY', JUNIOR: 'JUNIOR', SENIOR: 'SENIOR',
};
const REASONS: Record<string, string> = {
  报名人数不足: 'UNDER_APPLIED', 报名不足: 'UNDER_APPLIED',
  报名超额摇号: 'OVER_APPLIED_LOTTERY', 超额摇号: 'OVER_APPLIED_LOTTERY',
  政策性照顾: 'POLICY_PREFERENCE', 其他: 'OTHER',
  UNDER_APPLIED: 'UNDER_APPLIED', OVER_APPLIED_LOTTERY: 'OVER_APPLIED_LOTTERY', POLICY_PREFERENCE: 'POLICY_PREFERENCE', OTHER: 'OTHER',
};
const YES_NO: Record<string, string> = { 是: 'true', 否: 'false', TRUE: 'true', FALSE: 'false' };
const yesNo = (cell: string): CellResult => {
  const r = words(YES_NO, '是或否')(cell);
  return 'value' in r ? { value: r.value === 'true' } : r;
};

/** Preferential categories (政策性照顾) as the results sheet names them: two columns each, 人数 and 政策文号. */
export const PREFERENCE_LABELS: [category: string, label: string][] = [
  ['MILITARY_FAMILY', '军人子女'],
  ['MARTYR_CHILD', '烈士子女'],
  ['HIGH_LEVEL_TALENT', '高层次人才子女'],
  ['FIRE_RESCUE_FAMILY', '消防救援人员子女'],
  ['POLICE_FAMILY', '公安民警子女'],
  ['OTHER', '其他政策性照顾'],
];

const common = (): RecordColumn[] => [
  { path: 'schoolId', headers: ['学校标识码', '学校代码', 'schoolId'], required: true, convert: text },
  { path: 'year', headers: ['年份', '学年', 'year'], required: true, convert: year },
  { path: 'stage', headers: ['学段', 'stage'], required: true, convert: words(STAGES, '学段') },
];
const tail = (): RecordColumn[] => [
  { path: 'correctionReason', headers: ['更正原因', 'correctionReason'], required: false, convert: text },
  { path: 'sampleData', headers: ['示例数据', 'sampleData'], required: false, convert: yesNo },
];

/** Columns of an enrolment plans sheet (招生计划) → rows of importEnrolmentPlans. */
export const PLAN_COLUMNS: RecordColumn[] = [
  ...common(),
  { path: 'plannedSeats', headers: ['计划招生数', '计划招生人数', '招生计划数', 'plannedSeats'], required: true, convert: wholeNumber },
  { path: 'plannedClasses', headers: ['计划班数', '计划招生班数', 'plannedClasses'], required: false, convert: wholeNumber },
  ...tail(),
];

/** Columns of an admission results sheet (录取结果) → rows of importAdmissionResults. */
export const RESULT_COLUMNS: RecordColumn[] = [
  ...common(),
  { path: 'round', headers: ['轮次', '录取轮次', 'round'], required: false, convert: wholeNumber },
  { path: 'plannedSeats', headers: ['计划招生数', '计划招生人数', '招生计划数', 'plannedSeats'], required: true, convert: wholeNumber },
  { path: 'applicants', headers: ['报名人数', 'applicants'], required: true, convert: wholeNumber },
  { path: 'admitted', headers: ['录取人数', 'admitted'], required: true, convert: wholeNumber },
  { path: 'cutoffScore', headers: ['录取分数线', '最低录取分数', 'cutoffScore'], required: false, convert: decimal },
  { path: 'explanation.reasonCode', headers: ['差异原因', '原因类别', 'explanation.reasonCode'], required: false, convert: words(REASONS, '差异原因') },
  { path: 'explanation.text', headers: ['说明', '差异说明', 'explanation.text'], required: false, convert: text },
  ...PREFERENCE_LABELS.flatMap(([category, label]): RecordColumn[] => [
    { path: `preferential:${category}.count`, headers: [`${label}人数`], required: false, convert: wholeNumber },
    { path: `preferential:${category}.policyDocumentNumber`, headers: [`${label}政策文号`, `${label}文号`], required: false, convert: text },
  ]),
  ...tail(),
];
