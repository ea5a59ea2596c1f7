import type { AddressRule } from './AddressRule';
import { parseRuleFragment, type FragmentContext } from './parseRuleFragment';
import type { RuleProblem } from './RuleProblem';
import { ruleKeys } from './ruleKeys';

/** One side of a 四至 (东至京杭大运河): kept as published, since it bounds an area rather than naming addresses. */
export interface BoundarySide {
  side: string;
  boundary: string;
  source: { file: string; line: number; column: number };
}

export interface BoundaryTextResult {
  rules: AddressRule[];
  sides: BoundarySide[];
  /** Labels before a colon that are neither a 街道/镇 nor rules (建设路小学：…), kept for the reader. */
  headings: string[];
  problems: RuleProblem[];
}

const SIDE = /^(东南|东北|西南|西北|东|西|南|北)(?:至|到|临|起|抵|邻|界)(.+)$/;
const UNIT_LABEL = /(?:街道|镇|乡)$/;

/**
 * Reads a zone's free text (四至 and lists) into rules: "东至…，西至…；包括…小区、…村",
 * "天乡路二段（968号、939号）", "福德里（1－7、26－28鄰），除1-6鄰", "XX路1-99号（单号）".
 * Clauses end at ；。 or a line break, items at ，、 outside brackets; a "XX街道：" label scopes the
 * clause's roads and places; numbers without a name belong to the road or place before them in the
 * clause; 除/不含 runs to 外 or to the clause's end. Every fragment that gives no rule is a problem
 * with its line and column; the 四至 sides are returned apart.
 */
export function parseBoundaryText(text: string, file: string): BoundaryTextResult {
  const result: BoundaryTextResult = { rules: [], sides: [], headings: [], problems: [] };
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((line, l) => {
    for (const clause of splitOutsideBrackets(line, /[；;。]/, 0)) {
      const context: FragmentContext = { subject: null, subdistrict: null, excluding: false, note: null };
      let items = splitOutsideBrackets(clause.text, /[，,、]/, clause.offset);
      const label = /^([^：:（(]{2,20})[：:]/.exec(items[0]?.text.trim() ?? '');
      if (label && items[0]) {
        const name = label[1]!.trim();
        if (UNIT_LABEL.test(name)) context.subdistrict = ruleKeys.road(name);
        else result.headings.push(name);
        const skip = items[0].text.indexOf(label[0]) + label[0].length;
        items = [{ text: items[0].text.slice(skip), offset: items[0].offset + skip }, ...items.slice(1)];
      }
      for (const item of items) {
        const words = item.text.trim();
        if (!words) continue;
        const source = { file, line: l + 1, column: item.offset + item.text.indexOf(words) + 1 };
        const side = SIDE.exec(words);
        if (side) {
          result.sides.push({ side: side[1]!, boundary: side[2]!, source });
          continue;
        }
        const read = parseRuleFragment(words, source, context);
        result.rules.push(...read.rules);
        result.problems.push(...read.problems);
        context.subject = read.subject;
        context.excluding = read.excluding;
      }
    }
  });
  return result;
}

/** Pieces of `text` between separators that stand outside （）()【】, with their offsets. */
function splitOutsideBrackets(text: string, separator: RegExp, offset: number): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('（(【['.includes(c)) depth++;
    else if ('）)】]'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(c)) {
      pieces.push({ text: text.slice(start, i), offset: offset + start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), offset: offset + start });
  return pieces;
}
