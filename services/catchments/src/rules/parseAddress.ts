import { normalizeAddress, type AddressPlace } from '../gazetteer';
import { prepareRuleText } from './normalizeRuleText';

/** A home address taken apart the way address rules read it. Names are normalised (see normalizeRuleText). */
export interface ParsedAddress {
  /** The whole address, normalised. */
  text: string;
  /** 街道/镇/乡 the address names (五里墩街道), or null. */
  subdistrict: string | null;
  /** 行政区划代码 of the 街道/镇, when the caller knows it (a text never carries it). */
  subdistrictCode?: string | null;
  /** Road, segment kept (天乡路2段), or a named lane (横河弄). */
  road: string | null;
  /** 门牌号 on the road (建设路15号 → 15); null when the address is in a 弄 or has no number. */
  houseNumber: number | null;
  /** 弄 number (中山路100弄 → 100). */
  lane: number | null;
  /** 支弄 number (100弄3支弄 → 3). */
  branchLane: number | null;
  /** 号 inside a 弄 or 支弄 (100弄3支弄5号 → 5). */
  laneHouseNumber: number | null;
  /** 栋/幢/座/号楼, normalised to its number or letter. */
  building: string | null;
  /** 小区, 村, 社区, 居委 or 里 the address names (幸福小区, 福德里). */
  place: string | null;
  /** 鄰 within a 里. */
  neighbourhood: number | null;
}

const SUBDISTRICT = /^([\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|鎮|鄉))(?![路街巷道弄里村])/;
/** A county-level prefix the caller did not name (Taiwan's 大安區 before a 里): dropped. */
const COUNTY_PREFIX = /^(?:[\u4e00-\u9fff]{2,3}[市縣县])?[\u4e00-\u9fff]{1,3}[區区](?=[\u4e00-\u9fff]{2})/;
const LI_NEIGHBOURHOOD = /([\u4e00-\u9fff]{2,3}里)(\d+)鄰/;
/** Shortest road name followed by a number (or the end): 天乡路2段968号, 中山路100弄, 横河弄3支弄. */
const ROAD = /^(.{1,24}?(?:路|街|巷|道|(?<!\d)弄)(?:\d+段)?)(?=\d|$)/;
const HOUSE_NUMBER = /^(\d+)(?:-\d+)?(?:[A-Z]|甲|乙|丙|之\d+)?号/;

/**
 * Takes a home address apart: 街道/镇, road, 门牌号, 弄, 支弄, 号 inside the 弄, building, 小区/村/里
 * and 鄰. Spellings are normalised first by the gazetteer's rules plus the rule-text ones (full-width
 * digits, Chinese numerals, 〇, 號, 衖, 大街/胡同), and `where` strips the district's own prefixes.
 *
 * @example parseAddress('长宁区中山路一百弄３支弄５號') // { road: '中山路', lane: 100, branchLane: 3, laneHouseNumber: 5, … }
 */
export function parseAddress(raw: string, where: AddressPlace = { districtCode: '' }): ParsedAddress {
  const normalized = normalizeAddress(prepareRuleText(raw), where);
  let rest = normalized.place.replace(COUNTY_PREFIX, '');
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length);
    return match;
  };
  const subdistrict = take(SUBDISTRICT)?.[1] ?? null;
  const li = take(LI_NEIGHBOURHOOD);
  const road = take(ROAD)?.[1] ?? null;

  let houseNumber: number | null = null;
  let lane: number | null = null;
  let branchLane: number | null = null;
  let laneHouseNumber: number | null = null;
  if (road) {
    const inLane = () => lane !== null || branchLane !== null;
    lane = numberOf(take(/^(\d+)弄/));
    branchLane = numberOf(take(/^(\d+)支弄/));
    const number = numberOf(take(HOUSE_NUMBER));
    if (inLane()) laneHouseNumber = number;
    else houseNumber = number;
  }
  const place = li?.[1] ?? (/^[^\d]{2,}/.exec(rest)?.[0] ?? null);
  return {
    text: normalized.text,
    subdistrict,
    road,
    houseNumber,
    lane,
    branchLane,
    laneHouseNumber,
    building: normalized.building,
    place,
    neighbourhood: li ? Number(li[2]) : null,
  };
}

function numberOf(match: RegExpExecArray | null): number | null {
  return match ? Number(match[1]) : null;
}
