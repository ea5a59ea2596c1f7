import type { Ownership, SchoolStatus, Stage } from '../School';

/** What a cell turns into: a value for the row object, or why it cannot. */
export type CellResult = { value: unknown } | { reason: string };

/** One column a school CSV may have: the row field it fills and the headers it goes by. */
export interface CsvColumn {
  field: string;
  /** Header spellings, compared after trimming and ignoring case and inner spaces. */
  headers: string[];
  required: boolean;
  /** Turns a non-empty cell into the row value; absent means the text as is. */
  convert?: (cell: string) => CellResult;
}

const STAGE_WORDS: Record<string, Stage[]> = {
  幼儿园: ['KINDERGARTEN'],
  学前: ['KINDERGARTEN'],
  学前教育: ['KINDERGARTEN'],
  小学: ['PRIMARY'],
  初中: ['JUNIOR'],
  初级中学: ['JUNIOR'],
  高中: ['SENIOR'],
  高级中学: ['SENIOR'],
  普通高中: ['SENIOR'],
  九年一贯制: ['PRIMARY', 'JUNIOR'],
  九年一贯制学校: ['PRIMARY', 'JUNIOR'],
  完全中学: ['JUNIOR', 'SENIOR'],
  十二年一贯制: ['PRIMARY', 'JUNIOR', 'SENIOR'],
  十二年一贯制学校: ['PRIMARY', 'JUNIOR', 'SENIOR'],
  KINDERGARTEN: ['KINDERGARTEN'],
  PRIMARY: ['PRIMARY'],
  JUNIOR: ['JUNIOR'],
  SENIOR: ['SENIOR'],
};

const OWNERSHIP_WORDS: Record<string, Ownership> = { 公办: 'PUBLIC', 民办: 'PRIVATE', PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' };

const STATUS_WORDS: Record<string, SchoolStatus> = {
  正常: 'OPEN',
  开办: 'OPEN',
  在办: 'OPEN',
  办学中: 'OPEN',
  OPEN: 'OPEN',
  撤销: 'CLOSED',
  已撤销: 'CLOSED',
  停办: 'CLOSED',
  关闭: 'CLOSED',
  CLOSED: 'CLOSED',
  筹建: 'PLANNED',
  筹建中: 'PLANNED',
  规划: 'PLANNED',
  PLANNED: 'PLANNED',
};

const BOOLEAN_WORDS: Record<string, boolean> = { 是: true, 否: false, TRUE: true, FALSE: false, '1': true, '0': false };

/** A cell read through a table of words; `what` and `write` say what it should be, in the clerk's words. */
function word<T>(table: Record<string, T>, what: string, write: string) {
  return (cell: string): CellResult => {
    const value = table[cell.trim().toUpperCase()];
    return value === undefined ? { reason: `「${cell}」不是${what}；请填写 ${write}` } : { value };
  };
}

function stages(cell: string): CellResult {
  const found = new Set<Stage>();
  for (const part of cell.split(/[、,，;；/|+＋\s]+/).filter(Boolean)) {
    const named = STAGE_WORDS[part.toUpperCase()];
    if (!named) return { reason: `「${part}」不是学段；请填写 小学、初中、高中、幼儿园 或 九年一贯制（多个用“、”分隔）` };
    named.forEach((s) => found.add(s));
  }
  return { value: [...found] };
}

/** Excel writes dates as 2026/9/1 or 2026-9-1 (or 2026年9月1日); the register stores YYYY-MM-DD. */
function date(cell: string): CellResult {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.trim());
  return { value: m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : cell };
}

function degrees(cell: string): CellResult {
  const value = Number(cell.trim());
  return cell.trim() !== '' && Number.isFinite(value) ? { value } : { reason: `「${cell}」不是数字；经纬度请写成带小数的度数，如 116.5872、35.5512` };
}

function wholeNumber(cell: string): CellResult {
  return /^\s*\d+\s*$/.test(cell) ? { value: Number(cell) } : { reason: `「${cell}」不是整数；名册版本请照导出文件填写，如 3` };
}

/** Every column a school CSV may carry. Headers: the field name, and what a bureau's Excel sheet says. */
export const CSV_COLUMNS: CsvColumn[] = [
  { field: 'id', headers: ['id', '学校标识码', '学校代码', '标识码'], required: true },
  { field: 'name', headers: ['name', '学校名称', '名称'], required: true },
  { field: 'shortName', headers: ['shortName', '学校简称', '简称'], required: false },
  { field: 'stages', headers: ['stages', '学段'], required: true, convert: stages },
  { field: 'ownership', headers: ['ownership', '办学性质', '举办性质'], required: true, convert: word(OWNERSHIP_WORDS, '办学性质', '公办 或 民办') },
  { field: 'districtCode', headers: ['districtCode', '行政区划代码', '区划代码'], required: false },
  { field: 'address', headers: ['address', '地址', '学校地址'], required: true },
  { field: 'location.lng', headers: ['lng', 'longitude', '经度'], required: false, convert: degrees },
  { field: 'location.lat', headers: ['lat', 'latitude', '纬度'], required: false, convert: degrees },
  { field: 'enquiryPhone', headers: ['enquiryPhone', '招生咨询电话', '咨询电话'], required: false },
  { field: 'supervisionPhone', headers: ['supervisionPhone', '监督举报电话', '举报电话'], required: false },
  { field: 'petitionAddress', headers: ['petitionAddress', '信访接待地址', '信访地址'], required: false },
  { field: 'website', headers: ['website', '网址', '学校网址', '学校网站'], required: false },
  { field: 'status', headers: ['status', '状态', '办学状态'], required: false, convert: word(STATUS_WORDS, '办学状态', '正常、筹建 或 撤销（可不填，默认为正常）') },
  { field: 'openedOn', headers: ['openedOn', '开办日期', '建校日期'], required: false, convert: date },
  { field: 'closedOn', headers: ['closedOn', '撤销日期', '停办日期'], required: false, convert: date },
  { field: 'closureReason', headers: ['closureReason', '撤销原因', '停办原因'], required: false },
  { field: 'sampleData', headers: ['sampleData', '示例数据'], required: false, convert: word(BOOLEAN_WORDS, '“是”或“否”', '是 或 否') },
  // The register version the row was exported from: the baseline a re-import is checked against.
  { field: 'version', headers: ['version', '版本', '名册版本'], required: false, convert: wholeNumber },
];

export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

const byHeader = new Map(CSV_COLUMNS.flatMap((column) => column.headers.map((h) => [normaliseHeader(h), column] as const)));

export function findColumn(header: string): CsvColumn | undefined {
  return byHeader.get(normaliseHeader(header));
}
