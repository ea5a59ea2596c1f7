import type { AddressRule, RuleSource, RuleZone } from './AddressRule';
import { parseBoundaryText } from './parseBoundaryText';
import type { RuleProblem } from './RuleProblem';

/** A zone read from a text of several zones, with its own words (its 四至 as published). */
export interface TextZone extends RuleZone {
  text: string;
}

/** `雁城小学：…` or `雁城小学学区:` at a line's start; a 街道/镇 label (`五里墩街道：`) scopes rules instead. */
const HEADING = /^\s*([^：:，,；;、（(）)\s][^：:，,；;、（()）]{1,39})[：:]/;
const UNIT_LABEL = /(?:街道|镇|乡)$/;

/**
 * Reads the 四至 and lists of several zones from one text, as bureaus paste them: each zone starts
 * on a line `<zone name>：<text>`, and lines without such a heading continue the zone above. Each
 * zone's text is read by parseBoundaryText; every rule and problem keeps the line and column of the
 * whole text. A line before the first heading is a problem (no zone to belong to), never dropped.
 *
 * @example readBoundaryTextZones('雁城小学：雁城路1-70号；幸福小区\n光明小学：光明村', 'zones.txt').zones.map((z) => z.key) // ['雁城小学', '光明小学']
 */
export function readBoundaryTextZones(text: string, file: string): { zones: TextZone[]; problems: RuleProblem[] } {
  const zones = new Map<string, TextZone>();
  const problems: RuleProblem[] = [];
  let current: TextZone | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((line, l) => {
    if (!line.trim()) return;
    const heading = HEADING.exec(line);
    let offset = 0;
    if (heading && !UNIT_LABEL.test(heading[1]!.trim())) {
      const name = heading[1]!.trim();
      current = zones.get(name) ?? { key: name, name, rules: [], text: '' };
      zones.set(name, current);
      offset = heading[0].length;
    }
    const words = line.slice(offset);
    if (!current) {
      problems.push({ source: { file, line: l + 1, column: 1 }, text: line.trim(), code: 'NO_SUBJECT', reason: '这一行之前没有学区标题；请在开头写上“学校名：”' });
      return;
    }
    const read = parseBoundaryText(words, file);
    const shift = (source: RuleSource): RuleSource => ('line' in source ? { ...source, line: l + 1, column: source.column + offset } : source);
    current.rules.push(...read.rules.map((rule) => shiftRule(rule, shift)));
    problems.push(...read.problems.map((problem) => ({ ...problem, source: shift(problem.source) })));
    current.text = current.text ? `${current.text}\n${words.trim()}` : words.trim();
  });
  return { zones: [...zones.values()], problems };
}

function shiftRule(rule: AddressRule, shift: (source: RuleSource) => RuleSource): AddressRule {
  if (rule.kind === 'EXCLUSION') return { ...rule, source: shift(rule.source), of: { ...rule.of, source: shift(rule.of.source) } };
  return { ...rule, source: shift(rule.source) };
}
