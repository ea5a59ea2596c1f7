import type { AddressRule, RuleZone } from './AddressRule';
import { parseNumberSpec } from './parseNumberSpec';
import { parseRuleFragment, type FragmentContext } from './parseRuleFragment';
import type { RuleProblem, RuleProblemCode } from './RuleProblem';
import { ruleKeys } from './ruleKeys';

/** Column → header spellings bureaus publish (compared without spaces, brackets made half-width). */
const COLUMNS = {
  school: ['学校', '学校名称', '对口学校', '对口小学', '对口初中', '招生学校', '小学', '初中'],
  subdistrict: ['街道/镇', '街道', '镇', '街镇', '乡镇', '街道(镇)', '街道/乡镇', '所属街道', '所属街镇', '街乡镇'],
  road: ['路名', '道路', '道路名称', '路段', '街路巷', '路(街)名', '路/街/巷', '路巷名'],
  numbers: ['门牌号/弄号', '门牌号', '弄号', '门牌', '门牌号段', '号段', '门弄号', '门牌(弄)号', '门牌号(弄号)', '门牌范围', '地段'],
  parity: ['单双号', '单双', '单/双号', '单/双'],
  place: ['小区/村', '小区', '村', '小区/村/居委', '居委', '居委会', '村居委', '居(村)委', '村(居)委会', '小区名称', '小区(村)', '居住小区'],
  note: ['备注', '说明'],
} as const;
type Column = keyof typeof COLUMNS;
/** How many rows above the header a title may take ("2025年XX区小学对口地段表"). */
const TITLE_ROWS = 5;
/** A 门牌号 cell meaning "every number" (the 单双号 cell may still pick a side). */
const WHOLE_ROAD = /^(?:全|全部|全段|全路段)$/;
/** A 街道/乡镇 行政区划代码: 9 digits, or 12 as the statistics bureau writes it. */
const DIVISION_CODE = /^\d{9}(?:\d{3})?$/;

export interface RuleTableResult {
  /** One zone per 学校, in order of first appearance; rules in row order. Rows with problems give none. */
  zones: RuleZone[];
  problems: RuleProblem[];
  /** Headers read as nothing (序号, 咨询电话 …): listed, never silently taken for data. */
  ignoredColumns: string[];
}

/**
 * Reads a 对口地段表 already split into rows (from CSV or .xlsx): one row per school × road or
 * place, headers in Chinese as published. A blank 学校 or 街道/镇 repeats the row above (merged
 * cells exported). Each bad cell is a problem naming its row (spreadsheet numbering) and column;
 * the row then gives no rule.
 */
export function readRuleTable(rows: string[][], file: string): RuleTableResult {
  const result: RuleTableResult = { zones: [], problems: [], ignoredColumns: [] };
  const headerAt = rows.slice(0, TITLE_ROWS).findIndex((row) => row.filter((cell) => columnOf(cell)).length >= 2);
  if (headerAt < 0) {
    result.problems.push({ source: { file, row: 1, column: '' }, text: (rows[0] ?? []).join(','), code: 'BAD_FILE', reason: `前 ${TITLE_ROWS} 行中没有表头：表头应有「学校」列，以及「路名」或「小区/村」列` });
    return result;
  }
  const header = rows[headerAt]!;
  const index: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && index[column] === undefined) index[column] = i;
    else if (cell.trim()) result.ignoredColumns.push(cell.trim());
  });
  const headerRow = headerAt + 1;
  if (index.school === undefined || (index.road === undefined && index.place === undefined && index.subdistrict === undefined)) {
    result.problems.push({ source: { file, row: headerRow, column: '' }, text: header.join(','), code: 'MISSING_COLUMN', reason: '表头须有「学校」列，以及「路名」「小区/村」「街道/镇」中的至少一列' });
    return result;
  }

  const zones = new Map<string, RuleZone>();
  let carried = { school: '', subdistrict: '' };
  rows.slice(headerAt + 1).forEach((record, i) => {
    const row = headerRow + 1 + i;
    const cell = (column: Column) => (index[column] === undefined ? '' : (record[index[column]!] ?? '').trim());
    if (record.every((c) => c.trim() === '')) return;
    const at = (column: Column) => ({ file, row, column: index[column] === undefined ? '' : header[index[column]!]!.trim() });
    const problems: RuleProblem[] = [];
    const problem = (column: Column, code: RuleProblemCode, reason: string) => void problems.push({ source: at(column), text: cell(column), code, reason });

    const school = cell('school') || carried.school;
    const ownSubdistrict = cell('subdistrict');
    const subdistrict = ownSubdistrict || (cell('school') ? '' : carried.subdistrict);
    carried = { school, subdistrict };
    if (!school) problem('school', 'MISSING_SCHOOL', '没有填学校，上面也没有可沿用的学校；请填写对口学校');
    const rules = readRow(cell, at, problem, subdistrict, Boolean(ownSubdistrict));
    result.problems.push(...problems);
    if (problems.length || !school) return;
    const zone = zones.get(school) ?? { key: school, name: school, rules: [] };
    zones.set(school, zone);
    zone.rules.push(...rules);
  });
  result.zones = [...zones.values()];
  return result;
}

function readRow(
  cell: (column: Column) => string,
  at: (column: Column) => { file: string; row: number; column: string },
  problem: (column: Column, code: RuleProblemCode, reason: string) => void,
  subdistrict: string,
  ownSubdistrict: boolean,
): AddressRule[] {
  const note = cell('note') || null;
  const excludes = note !== null && /^(?:但?除|但?不含|不包括|不包含)/.test(note);
  const named = subdistrict && !DIVISION_CODE.test(subdistrict) ? ruleKeys.road(subdistrict) : null;
  const context: FragmentContext = { subject: null, subdistrict: named, excluding: false, note: excludes ? null : note };
  const rules: AddressRule[] = [];
  const take = (column: Column, words: string) => {
    const read = parseRuleFragment(words, at(column), context);
    for (const p of read.problems) problem(column, p.code, p.reason);
    rules.push(...read.rules);
    context.subject = read.subject ?? context.subject;
  };

  if (cell('road')) {
    const spec = [cell('numbers'), cell('parity')].filter(Boolean).join('、');
    const stated = cell('parity') ? parseNumberSpec(cell('parity')) : null;
    if (stated && ('error' in stated || !stated.parity || stated.ranges.length || stated.neighbourhoods.length)) {
      return problem('parity', 'BAD_PARITY', `「${cell('parity')}」不是单双号；请填写 单号、双号 或 全部`), [];
    }
    if (cell('numbers') && !WHOLE_ROAD.test(cell('numbers'))) {
      const read = parseNumberSpec(cell('numbers'));
      if ('error' in read) return problem('numbers', read.code, read.error), [];
      if (read.parity && stated && !('error' in stated) && read.parity !== stated.parity) {
        return problem('parity', 'BAD_PARITY', `门牌号写的是${read.parity === 'ODD' ? '单号' : read.parity === 'EVEN' ? '双号' : '全部'}，单双号列却是「${cell('parity')}」；请改成一致`), [];
      }
    }
    const numbers = WHOLE_ROAD.test(cell('numbers')) ? cell('parity') : spec;
    take('road', numbers ? `${cell('road')}（${numbers}）` : cell('road'));
  } else if (cell('numbers')) {
    problem('numbers', 'NO_SUBJECT', '填了门牌号/弄号，却没有路名；请填写路名');
  }
  for (const place of cell('place').split(/[、，,；;]/).map((p) => p.trim()).filter(Boolean)) take('place', place);
  if (!cell('road') && !cell('place')) {
    if (ownSubdistrict && DIVISION_CODE.test(subdistrict)) {
      rules.push({ kind: 'UNIT', unitKind: '街道', name: null, code: subdistrict, text: subdistrict, source: at('subdistrict'), note });
    } else if (ownSubdistrict) take('subdistrict', /(?:街道|镇|乡)$/.test(subdistrict) ? subdistrict : `${subdistrict}街道`);
    else problem('road', 'NO_TARGET', '这一行没有路名、小区/村或街道/镇；请至少填写一项');
  }
  if (excludes && note) take('note', note);
  return rules;
}

function columnOf(header: string): Column | null {
  const title = header.normalize('NFKC').replace(/\s/g, '');
  if (!title) return null;
  return (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(title)) ?? null;
}
