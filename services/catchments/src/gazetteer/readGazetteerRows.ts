import type { RowProblem } from '@zsgk/errors';
import { translateReason } from '@zsgk/messages';
import { checkChinaPosition, toWgs84, type Crs } from '@zsgk/geo';
import type { AssignedStage, GazetteerEntry, GazetteerKind, HouseNumberParity, ZoneAssignment } from './GazetteerEntry';
import { rangeHolds, streetKey } from './GazetteerIndex';
import { normalizeAddress, type AddressPlace } from './normalizeAddress';
import { parseCsv } from './parseCsv';

/** Column → accepted header spellings (English or Chinese, case-insensitive). */
const COLUMNS = {
  kind: ['kind', '类型'],
  name: ['name', '名称'],
  aliases: ['aliases', '别名'],
  from: ['from', '起号'],
  to: ['to', '止号'],
  parity: ['parity', '单双号'],
  lng: ['lng', '经度'],
  lat: ['lat', '纬度'],
  primaryZone: ['primaryzone', '小学学区'],
  juniorZone: ['juniorzone', '初中学区'],
} as const;
type Column = keyof typeof COLUMNS;

const KINDS: Record<string, GazetteerKind> = {
  COMPOUND: 'COMPOUND', 小区: 'COMPOUND', ADDRESS: 'ADDRESS', 地址: 'ADDRESS', STREET_RANGE: 'STREET_RANGE', 路段: 'STREET_RANGE',
};
const PARITIES: Record<string, HouseNumberParity> = { ODD: 'ODD', 单号: 'ODD', 单: 'ODD', EVEN: 'EVEN', 双号: 'EVEN', 双: 'EVEN', ALL: 'ALL', 全部: 'ALL', '': 'ALL' };
const ZONE_COLUMNS: [Column, AssignedStage][] = [['primaryZone', 'PRIMARY'], ['juniorZone', 'JUNIOR']];
export const MAX_GAZETTEER_ROWS = 200_000;
const MAX_NAME = 100;

export interface ReadGazetteerOptions {
  crs: Crs;
  where: AddressPlace;
  /** Whether a published zone of the stage has this name or id (for the file's district and year). */
  zoneExists(stage: AssignedStage, zone: string): boolean;
}

/**
 * Reads a gazetteer CSV: one row per compound (小区), address or street range (路段 with 起号, 止号
 * and 单双号), with a point and optionally the zone it is assigned to. Every problem is named by row
 * and column; the caller stores nothing unless `problems` is empty.
 */
export function readGazetteerRows(csv: string, options: ReadGazetteerOptions): { entries: GazetteerEntry[]; problems: RowProblem[] } {
  const parsed = parseCsv(csv);
  if (parsed.error) return { entries: [], problems: [{ row: 1, field: null, reason: parsed.error }] };
  const [header, ...records] = parsed.rows;
  if (!header) return { entries: [], problems: [{ row: 1, field: null, reason: '文件是空的' }] };
  const columns = readHeader(header);
  if ('problems' in columns) return { entries: [], problems: columns.problems };
  const dataRows = records.filter((r) => r.some((f) => f.trim() !== '')).length;
  if (dataRows === 0) return { entries: [], problems: [{ row: 1, field: null, reason: '文件只有表头，没有数据行' }] };
  if (dataRows > MAX_GAZETTEER_ROWS) return { entries: [], problems: [{ row: 1, field: null, reason: `文件有 ${dataRows} 行，一次最多导入 ${MAX_GAZETTEER_ROWS} 行；请拆分成几个文件` }] };

  const entries: GazetteerEntry[] = [];
  const problems: RowProblem[] = [];
  // Duplicates are looked for among every readable row, so a clash is named even if one side has other problems too.
  const readable: GazetteerEntry[] = [];
  records.forEach((record, i) => {
    if (record.every((f) => f.trim() === '')) return;
    const row = i + 2;
    const cell = (column: Column) => (columns.index[column] === undefined ? '' : (record[columns.index[column]!] ?? '').trim());
    const before = problems.length;
    const problem = (field: Column | null, reason: string) => void problems.push({ row, field, reason });
    const entry = readRow(cell, problem, options);
    if (entry) readable.push({ ...entry, row });
    if (entry && problems.length === before) entries.push({ ...entry, row });
  });
  problems.push(...findDuplicates(readable, options.where));
  return { entries: problems.length ? [] : entries, problems: problems.sort((a, b) => a.row - b.row) };
}

function readHeader(header: string[]): { index: Partial<Record<Column, number>> } | { problems: RowProblem[] } {
  const index: Partial<Record<Column, number>> = {};
  const problems: RowProblem[] = [];
  header.forEach((raw, i) => {
    const title = raw.trim().toLowerCase();
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(title));
    if (!column) problems.push({ row: 1, field: raw.trim(), reason: `不认识的列名「${raw.trim()}」；可用的列名：${Object.values(COLUMNS).map((c) => c[1]).join('、')}` });
    else if (index[column] !== undefined) problems.push({ row: 1, field: raw.trim(), reason: `「${COLUMNS[column][1]}」列出现了两次；请删去其中一列` });
    else index[column] = i;
  });
  if (index.name === undefined) problems.push({ row: 1, field: 'name', reason: '缺少必填的列「名称」；请按模板加上这一列' });
  return problems.length ? { problems } : { index };
}

function readRow(
  cell: (column: Column) => string,
  problem: (field: Column | null, reason: string) => void,
  options: ReadGazetteerOptions,
): Omit<GazetteerEntry, 'row'> | null {
  const name = cell('name');
  if (!name) problem('name', '必填：请写小区、地址或路名');
  else if (name.length > MAX_NAME) problem('name', `长度不超过 ${MAX_NAME} 个字`);
  else if (/[\u0000-\u001f\u007f]/.test(name)) problem('name', '含有不可见的控制字符；请删去后重新输入');
  const hasNumbers = cell('from') !== '' || cell('to') !== '';
  const kind = cell('kind') ? KINDS[cell('kind').toUpperCase()] : hasNumbers ? 'STREET_RANGE' : 'COMPOUND';
  if (!kind) return problem('kind', `「${cell('kind')}」不是地名类型；请填写 小区、地址 或 路段`), null;

  let fromNumber: number | null = null;
  let toNumber: number | null = null;
  let parity: HouseNumberParity | null = null;
  if (kind === 'STREET_RANGE') {
    fromNumber = readHouseNumber(cell('from'), 'from', problem);
    toNumber = readHouseNumber(cell('to'), 'to', problem);
    parity = PARITIES[cell('parity').toUpperCase()] ?? null;
    if (!parity) problem('parity', `「${cell('parity')}」不是单双号；请填写 单号、双号 或 全部（不填即为全部）`);
    if (fromNumber !== null && toNumber !== null && fromNumber > toNumber) problem('to', `止号 ${toNumber} 小于起号 ${fromNumber}；请对调或改正`);
    for (const [column, n] of [['from', fromNumber], ['to', toNumber]] as const) {
      if (n !== null && parity && parity !== 'ALL' && !rangeHolds({ fromNumber: n, toNumber: n, parity }, n)) {
        problem(column, `${n} 是${n % 2 ? '单号' : '双号'}，但这一路段是${parity === 'ODD' ? '单号' : '双号'}；请改正门牌号或单双号`);
      }
    }
  } else if (hasNumbers || cell('parity')) {
    problem('from', '只有路段才填起号、止号和单双号；小区和地址请留空，或把类型改为 路段');
  }

  const assignments: ZoneAssignment[] = [];
  for (const [column, stage] of ZONE_COLUMNS) {
    const zone = cell(column);
    if (!zone) continue;
    if (!options.zoneExists(stage, zone)) problem(column, `本区县该年度没有已公布的${stage === 'PRIMARY' ? '小学' : '初中'}学区「${zone}」；请填写已公布学区的名称或编号`);
    assignments.push({ stage, zone });
  }
  const point = readPoint(cell('lng'), cell('lat'), options.crs, problem);
  if (point === undefined) return null;
  if (point === null && !(kind === 'STREET_RANGE' && assignments.length)) {
    problem('lng', '缺少经度和纬度；只有已填学区的路段可以不填');
  }
  const aliases = cell('aliases') ? [...new Set(cell('aliases').split(/[|、；;]/).map((a) => a.trim()).filter(Boolean))] : [];
  return { kind, name, aliases, fromNumber, toNumber, parity, point, assignments };
}

function readHouseNumber(text: string, field: Column, problem: (field: Column, reason: string) => void): number | null {
  const n = Number(text.normalize('NFKC'));
  if (text === '' || !Number.isInteger(n) || n < 1 || n > 99_999) {
    problem(field, `「${text}」不是门牌号；请填写 1 到 99999 之间的整数`);
    return null;
  }
  return n;
}

/** The point converted to WGS-84; null when both cells are empty; undefined when it is wrong. */
function readPoint(lngText: string, latText: string, crs: Crs, problem: (field: Column, reason: string) => void) {
  if (lngText === '' && latText === '') return null;
  const lng = Number(lngText);
  const lat = Number(latText);
  if (lngText === '' || latText === '' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    problem(lngText === '' || !Number.isFinite(lng) ? 'lng' : 'lat', `经度和纬度都要填数字，现为「${lngText}」「${latText}」；如 116.5872、35.5512`);
    return undefined;
  }
  const outside = checkChinaPosition(lng, lat);
  if (outside) return problem('lng', translateReason(outside)), undefined;
  return toWgs84([lng, lat], crs);
}

/** The same compound or address twice, or two ranges of one street claiming the same house number. */
function findDuplicates(entries: GazetteerEntry[], where: AddressPlace): RowProblem[] {
  const problems: RowProblem[] = [];
  const names = new Map<string, number>();
  const streets = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    if (entry.kind === 'STREET_RANGE') {
      if (entry.fromNumber === null || entry.toNumber === null || entry.parity === null) continue;
      const street = streetKey(entry.name, where);
      const clash = (streets.get(street) ?? []).find((other) => rangesOverlap(entry, other));
      if (clash) problems.push({ row: entry.row, field: 'from', reason: `门牌号与第 ${clash.row} 行（${clash.name} ${clash.fromNumber}–${clash.toNumber} 号）重叠；同一门牌只能属于一行` });
      streets.set(street, [...(streets.get(street) ?? []), entry]);
      continue;
    }
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normalizeAddress(name, where).place;
      const earlier = names.get(key);
      if (earlier !== undefined && earlier !== entry.row) problems.push({ row: entry.row, field: 'name', reason: `「${name}」已在第 ${earlier} 行；同一小区或地址只写一行，其他叫法写在别名中` });
      else names.set(key, entry.row);
    }
  }
  return problems;
}

function rangesOverlap(a: GazetteerEntry, b: GazetteerEntry): boolean {
  const from = Math.max(a.fromNumber!, b.fromNumber!);
  const to = Math.min(a.toNumber!, b.toNumber!);
  const parity = a.parity === 'ALL' ? b.parity : b.parity === 'ALL' || a.parity === b.parity ? a.parity : null;
  if (!parity) return false;
  // Among two consecutive numbers one is odd and one even: checking the first two settles it.
  for (let n = from; n <= Math.min(to, from + 1); n++) if (rangeHolds({ fromNumber: n, toNumber: n, parity }, n)) return true;
  return false;
}
