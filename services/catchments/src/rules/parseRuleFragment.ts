import type { AddressRule, IncludeRule, PlaceKind, PlaceRule, RoadRule, RuleSource } from './AddressRule';
import { prepareRuleText } from './normalizeRuleText';
import { parseNumberSpec, type NumberSpec } from './parseNumberSpec';
import type { RuleProblem, RuleProblemCode } from './RuleProblem';
import { ruleKeys } from './ruleKeys';

/** What the fragments before this one in the same clause or row established. */
export interface FragmentContext {
  /** The road or place that bare numbers belong to (福德里（1-7鄰）、除1-6鄰). */
  subject: RoadRule | PlaceRule | null;
  /** 街道/镇 the clause or row is in; scopes road and place rules. */
  subdistrict: string | null;
  /** Inside a 除…外 or 不含… that began in an earlier fragment. */
  excluding: boolean;
  /** 备注 to keep on the rules. */
  note: string | null;
}

export interface FragmentResult {
  rules: AddressRule[];
  problems: RuleProblem[];
  /** Subject for the fragments that follow. */
  subject: RoadRule | PlaceRule | null;
  /** True when a 除/不含 opened here (or before) and has not been closed by 外. */
  excluding: boolean;
}

/**
 * Item numbering (1. ①), then at most one word that introduces the item (包括, 以及, 含). Only one:
 * repeated, 包括和平小区 lost the 和 of 和平小区. 和 is not a lead at all: it begins many names
 * (和平路, 和谐小区), and a list item is not opened with it.
 */
const LEAD = /^(?:[(（]?\d{1,2}[)）.、]|[①-⑳])*(?:包括|包含|另含|含有|含|以及|及)?/;
const EXCLUDE = /^(?:但?除了?|但?不含|不包括|不包含)/;
const EXCLUDE_END = /(?:以外|之外|外)$/;
const WHOLE = /(?:全境|全域|辖区|所辖区域|范围内|全部)$/;
const BOUNDARY = /—|所围|围成|围合|之间|以内|区域$/;
const NAME_END = /街道办事处|街道|鎮|鄉|镇|乡|大道|路|街|巷|道|段|弄|新村|村|社区|居委会|居委|小区|花园|家园|公寓|大厦|公馆|名邸|苑|府|城|园|庭|湾|坊|院|里/g;
const OPEN_END = /(?:等|…+|\.{2,})$/;
const STARTS_NUMBERS = /^(?:\d|单|双|全)/;

/**
 * Reads one fragment of a 四至 list or one cell of a 对口地段表 into rules: a road with or without
 * numbers (天乡路二段（968号、939号）, 雁城路1-70号, XX路1-99号（单号）, 中山路100弄1-20支弄), a place
 * (幸福小区, 光明村, 福德里（1-7、26-28鄰）), a whole 街道/镇, an exclusion (除…外, 不含…, inside
 * brackets too: 雁城路（不含雁城路1-70号）), or bare numbers of the subject before it (除1-6鄰).
 * What it cannot read becomes a problem at `source`; it never throws.
 */
export function parseRuleFragment(raw: string, source: RuleSource, context: FragmentContext): FragmentResult {
  const text = raw.trim();
  const problems: RuleProblem[] = [];
  const problem = (code: RuleProblemCode, reason: string, words = text) => void problems.push({ source, text: words, code, reason });
  const done = (rules: AddressRule[], subject = context.subject, excluding = context.excluding): FragmentResult => ({ rules, problems, subject, excluding });

  let body = prepareRuleText(text).replace(/\s/g, '').replace(LEAD, '');
  if (BOUNDARY.test(body)) return problem('BOUNDARY_ONLY', '只写了四至边界，没有具体地址；请在地图上画出这一区域（上传区域图形）'), done([]);
  let excluded = context.excluding;
  let excluding = context.excluding;
  if (EXCLUDE.test(body)) {
    body = body.replace(EXCLUDE, '');
    excluded = excluding = true;
  }
  if (excluded && EXCLUDE_END.test(body)) {
    body = body.replace(EXCLUDE_END, '');
    excluding = false;
  }
  const bracket = /^([^(（]*)[(（](.*)[)）]$/.exec(body);
  const rawHead = bracket ? bracket[1]! : body;
  const inner = bracket ? bracket[2]! : '';
  if (OPEN_END.test(rawHead) || OPEN_END.test(inner)) problem('OPEN_LIST', '以“等”或“…”结尾：只收录了写出的各项；请把其余的也写出来');
  const head = rawHead.replace(OPEN_END, '').replace(WHOLE, '');

  const named = head === '' || STARTS_NUMBERS.test(head) ? null : splitName(head);
  if (head !== '' && !named && !STARTS_NUMBERS.test(head)) return problem('UNRECOGNISED', '读不出是路、小区、村、里、街道/镇还是门牌号段；请写成如 雁城路1-70号、幸福小区、光明村'), done([]);
  if (named && 'error' in named) return problem(named.code, named.error), done([]);
  if (!named && !context.subject) return problem('NO_SUBJECT', '门牌号前没有路名或地名；请在前面写上所属的路或小区'), done([]);

  const rules: AddressRule[] = [];
  const wrap = (rule: IncludeRule, isExcluded: boolean, words: string): AddressRule =>
    isExcluded ? { kind: 'EXCLUSION', of: rule, text: words, source, note: context.note } : rule;

  // Brackets after a name: numbers of it (968号、939号), an exclusion from it (不含…), or another name for it.
  let specText = named ? named.spec : head;
  let innerRules: ((subject: RoadRule | PlaceRule) => FragmentResult) | null = null;
  let alias: string | null = null;
  if (inner && EXCLUDE.test(inner)) {
    const words = inner.replace(EXCLUDE, '').replace(EXCLUDE_END, '');
    innerRules = (subject) => parseList(words, source, { ...context, subject, excluding: true });
  } else if (inner && /^(?:含|包括)/.test(inner)) {
    innerRules = (subject) => parseList(inner.replace(/^(?:含|包括)/, ''), source, { ...context, subject, excluding: excluded });
  } else if (inner) {
    const asName = splitName(inner.replace(/[等…]$/, ''));
    if (named && asName && !('error' in asName) && asName.spec === '' && asName.kind === named.kind) alias = asName.name;
    else specText = `${specText}、${inner}`;
  }

  const spec = parseNumberSpec(specText);
  if ('error' in spec) return problem(spec.code, spec.error), done([]);
  const rule = named ? makeRule(named, spec, source, context, text, alias, problem) : withNumbers(context.subject!, spec, source, text, problem);
  if (!rule) return done([]);
  const ownExcluded = excluded && !innerRules;
  rules.push(wrap(rule, ownExcluded, text));
  if (innerRules && rule.kind !== 'UNIT') {
    const more = innerRules(rule);
    rules.push(...more.rules);
    problems.push(...more.problems);
  }
  const subject = rule.kind === 'UNIT' ? context.subject : ownExcluded ? context.subject : rule;
  return done(rules, subject, excluding);
}

/** Items of a bracket (1-6鄰、10鄰 or 雁城路1-70号), each read against the subject. */
function parseList(words: string, source: RuleSource, context: FragmentContext): FragmentResult {
  const result: FragmentResult = { rules: [], problems: [], subject: context.subject, excluding: context.excluding };
  for (const item of words.split(/[、，,]/).filter(Boolean)) {
    const one = parseRuleFragment(item, source, { ...context, subject: result.subject });
    result.rules.push(...one.rules);
    result.problems.push(...one.problems);
  }
  return result;
}

type Kind = 'UNIT' | 'ROAD' | PlaceKind;
interface Named {
  name: string;
  kind: Kind;
  spec: string;
}

/** The shortest name ending in a known suffix after which only numbers (or nothing) follow. */
function splitName(head: string): Named | { error: string; code: 'BAD_NUMBERS' } | null {
  let numberError: string | null = null;
  for (const match of head.matchAll(NAME_END)) {
    const end = match.index! + match[0].length;
    const name = head.slice(0, end);
    const spec = head.slice(end);
    if (name.length < 2) continue;
    if (spec === '') return { name, kind: kindOf(name), spec };
    if (!STARTS_NUMBERS.test(spec)) continue;
    const read = parseNumberSpec(spec);
    if (!('error' in read)) return { name, kind: kindOf(name), spec };
    numberError ??= `${name}：${read.error}`;
  }
  return numberError ? { error: numberError, code: 'BAD_NUMBERS' } : null;
}

function kindOf(name: string): Kind {
  if (/(?:街道办事处|街道)$/.test(name)) return 'UNIT';
  if (/[镇鎮乡鄉]$/.test(name)) return 'UNIT';
  if (/(?:大道|路|街|巷|道|段|弄)$/.test(name)) return 'ROAD';
  if (/里$/.test(name)) return '里';
  if (/村$/.test(name)) return '村';
  if (/社区$/.test(name)) return '社区';
  if (/居委会?$/.test(name)) return '居委会';
  return '小区';
}

function makeRule(
  named: Named,
  spec: NumberSpec,
  source: RuleSource,
  context: FragmentContext,
  text: string,
  alias: string | null,
  problem: (code: RuleProblemCode, reason: string) => void,
): IncludeRule | null {
  const base = { text, source, note: context.note };
  const aliases = alias ? [alias] : [];
  if (named.kind === 'UNIT') {
    if (spec.ranges.length || spec.neighbourhoods.length) return problem('NUMBERS_NOT_ALLOWED', `${named.name}是整片区域，不能带门牌号；请删去号码`), null;
    const unitKind = /街道/.test(named.name) ? '街道' : /[镇鎮]$/.test(named.name) ? '镇' : '乡';
    return { kind: 'UNIT', unitKind, name: ruleKeys.road(named.name), code: null, ...base };
  }
  if (named.kind === 'ROAD') {
    const road: RoadRule = { kind: 'ROAD', road: ruleKeys.road(named.name), aliases, subdistrict: context.subdistrict, ranges: [], ...base };
    return withNumbers(road, spec, source, text, problem);
  }
  const place: PlaceRule = { kind: 'PLACE', placeKind: named.kind, name: ruleKeys.road(named.name), aliases, subdistrict: context.subdistrict, neighbourhoods: [], ...base };
  return withNumbers(place, spec, source, text, problem);
}

/** The subject narrowed to the numbers of `spec` (a road's 号/弄, a 里's or 村's 鄰). */
function withNumbers(
  subject: RoadRule | PlaceRule,
  spec: NumberSpec,
  source: RuleSource,
  text: string,
  problem: (code: RuleProblemCode, reason: string) => void,
): RoadRule | PlaceRule | null {
  if (subject.kind === 'ROAD') {
    if (spec.neighbourhoods.length) return problem('NUMBERS_NOT_ALLOWED', `${subject.road}是路，只有号或弄，没有鄰；请改为门牌号或弄号`), null;
    // "XX路单号" with no numbers: the whole odd side.
    const ranges = spec.ranges.length || !spec.parity || spec.parity === 'ALL' ? spec.ranges : [{ unit: '号' as const, from: 1, to: 99_999, parity: spec.parity, within: null }];
    return { ...subject, text, source, ranges };
  }
  if (spec.ranges.length || (spec.parity && spec.parity !== 'ALL')) return problem('NUMBERS_NOT_ALLOWED', `${subject.name}是${subject.placeKind}，没有号或弄的号段；请删去号码`), null;
  if (spec.neighbourhoods.length && subject.placeKind !== '里' && subject.placeKind !== '村') {
    return problem('NUMBERS_NOT_ALLOWED', `${subject.name}是${subject.placeKind}，只有里或村才有鄰；请删去鄰号`), null;
  }
  return { ...subject, text, source, neighbourhoods: spec.neighbourhoods };
}
