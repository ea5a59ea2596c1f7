import type { RuleSource } from './AddressRule';

/** Why a cell, a row or a fragment of text gave no rule (README lists each with an example). */
export const RULE_PROBLEM_CODES = [
  'UNRECOGNISED', // not a road, place, unit, number range or exclusion the parsers know
  'BOUNDARY_ONLY', // encloses an area (…所围成的区域, A—B—C) but names no address: needs a polygon
  'OPEN_LIST', // the list ends in 等 or …: only the items written out were kept
  'NO_SUBJECT', // numbers (1-6鄰, 单号) with no road or place before them to belong to
  'BAD_NUMBERS', // a 门牌号/弄号/鄰 range that cannot be read, or ends before it starts
  'BAD_PARITY', // 单双号 not one of 单/双/全, or 单 and 双 at once
  'NUMBERS_NOT_ALLOWED', // numbers after a place that has none (小区, 村), or 鄰 after a road
  'MISSING_SCHOOL', // a row with no 学校 and none above it to carry down
  'NO_TARGET', // a row with no 路名, 小区/村 or 街道/镇 of its own
  'MISSING_COLUMN', // the header lacks 学校, or lacks all of 路名, 小区/村 and 街道/镇
  'BAD_FILE', // not CSV in UTF-8/GB18030, not a readable .xlsx, or no header row
] as const;
export type RuleProblemCode = (typeof RULE_PROBLEM_CODES)[number];

/** One thing that could not become a rule, where it is, and why. Nothing is dropped without one. */
export interface RuleProblem {
  source: RuleSource;
  /** The words as published (the cell, or the fragment of text). */
  text: string;
  code: RuleProblemCode;
  reason: string;
}
