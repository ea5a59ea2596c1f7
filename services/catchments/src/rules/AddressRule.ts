import type { HouseNumberParity } from '../gazetteer';

/**
 * The rule model of address-rule zones (对口地段表, 四至 lists). Plain data: no mongoose, no Apollo.
 * A zone's rules are ordered as published; every rule keeps its source text and where it came from,
 * so a parent is shown the bureau's own words and a clerk can find the cell or line again.
 */

/** Where a rule or a problem came from: a table cell (row, header as published) or a place in a text. */
export type RuleSource =
  /** 1-based spreadsheet row (the header is row 1) and the column's header as the file spells it. */
  | { file: string; row: number; column: string }
  /** 1-based line and column (characters) of a text. */
  | { file: string; line: number; column: number };

/** An inclusive run of numbers (1-7 鄰, 3-5 栋). */
export interface NumberSpan {
  from: number;
  to: number;
}

/** A run of house numbers on a road: 1-99号 单号, 100-120弄, or (on a named lane) 1-20支弄. */
export interface NumberRange extends NumberSpan {
  unit: '号' | '弄' | '支弄';
  parity: HouseNumberParity;
  /** Inside each number of the range: 100弄1-20支弄, 100弄1-50号, 15号3-5栋; null when the whole number counts. */
  within: ({ unit: '支弄' | '号' | '栋' } & NumberSpan) | null;
}

interface RuleBase {
  /** The published words this rule was read from. */
  text: string;
  source: RuleSource;
  /** 备注 of the row, as published; null when there is none. */
  note: string | null;
}

/** A road, whole or by number ranges (号 or 弄, 单/双/全), optionally only within one 街道/镇. */
export interface RoadRule extends RuleBase {
  kind: 'ROAD';
  /** Normalised road name (天乡路2段, 中山北路). */
  road: string;
  aliases: string[];
  /** Normalised 街道/镇 the road is read in; null when the rule does not say. */
  subdistrict: string | null;
  /** Empty: every number of the road. */
  ranges: NumberRange[];
}

export const PLACE_KINDS = ['小区', '村', '社区', '居委会', '里'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A named place: 小区, 村, 社区, 居委会, or a 里 with 鄰 ranges. */
export interface PlaceRule extends RuleBase {
  kind: 'PLACE';
  placeKind: PlaceKind;
  /** Normalised name, suffix kept (幸福小区, 福德里). */
  name: string;
  aliases: string[];
  subdistrict: string | null;
  /** 里 only: the 鄰 that belong; empty: the whole place. */
  neighbourhoods: NumberSpan[];
}

/** A whole 街道 or 乡镇, by name, by 行政区划代码 (9 or 12 digits), or both. */
export interface UnitRule extends RuleBase {
  kind: 'UNIT';
  unitKind: '街道' | '镇' | '乡';
  name: string | null;
  code: string | null;
}

/** A rule that adds addresses to a zone. */
export type IncludeRule = RoadRule | PlaceRule | UnitRule;

/** 除…外 / 不含…: the addresses of `of` are not in the zone, whatever its other rules include. */
export interface ExclusionRule extends RuleBase {
  kind: 'EXCLUSION';
  of: IncludeRule;
}

export type AddressRule = IncludeRule | ExclusionRule;

/** A zone defined by rules: for one school (or several, for a multi-school zone), rules in published order. */
export interface RuleZone {
  /** Stable key: the zone's name or id as the caller keeps it across years. */
  key: string;
  name: string;
  rules: AddressRule[];
}
