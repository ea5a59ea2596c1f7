import { CHINESE_NUMERAL_CHARS, chineseToNumber } from './chineseDigits';
import { provinceNames } from './provinceNames';

/** The district an address is read in: its own province, city and district names are dropped. */
export interface AddressPlace {
  districtCode: string;
  /** e.g. 兖州区; without it only the province is recognised. */
  districtName?: string | null;
}

export interface NormalizedAddress {
  /** The whole text, normalised. */
  text: string;
  /** `text` without building, unit and room: what is matched against the gazetteer. */
  place: string;
  /** Street of a "street + house number" address (建设路 in 建设路15号). */
  street: string | null;
  houseNumber: number | null;
  building: string | null;
  unit: number | null;
  room: string | null;
}

const NUMERAL_BEFORE_SUFFIX = new RegExp(`第?([${CHINESE_NUMERAL_CHARS}]+)(?=号|栋|幢|座|单元|室|层)`, 'g');
const STREET_SUFFIX = '路|街|巷|弄|道|里|线';
const STREET_NUMBER = new RegExp(`^(.{1,16}?(?:${STREET_SUFFIX}))(\\d+)(?:-\\d+)?号`);
const STREET_ONLY = new RegExp(`^(.{1,16}?(?:${STREET_SUFFIX}))$`);
const SUBDISTRICT_PREFIX = /^.{2,6}?(?:街道|镇|乡)(?=.{2,})/;
/** Spellings of the same thing, most specific first. */
const VARIANTS: [RegExp, string][] = [
  [/(\d+|[A-Z])(?:号楼|#楼|#|幢|座|号?栋)/g, '$1栋'],
  [/号院/g, '号'],
  [/大街/g, '街'],
  [/胡同|衚衕/g, '巷'],
  [/衖/g, '弄'],
  [/第(?=\d)/g, ''],
];
const COMPOUND_SUFFIX = /(?:住宅小区|小区|社区|新村|花园|家园|公寓)$/;

/**
 * Normalises a Chinese address for matching: full-width digits and letters to half-width, Chinese
 * numerals before 号/栋/单元/室 to digits, 号楼/幢/座/# to 栋, 大街 to 街, 胡同 to 巷, punctuation and
 * spaces dropped, and the district's own province, city and district prefixes stripped. Then picks
 * out street + house number, building (栋), unit (单元) and room (室).
 *
 * @example normalizeAddress('山东省济宁市兖州区建设路１５号幸福小区三号楼２单元501室', { districtCode: '370812', districtName: '兖州区' })
 * // { text: '建设路15号幸福小区3栋2单元501室', place: '建设路15号幸福小区', street: '建设路', houseNumber: 15, building: '3', unit: 2, room: '501' }
 */
export function normalizeAddress(raw: string, where: AddressPlace): NormalizedAddress {
  let text = raw.normalize('NFKC').toUpperCase().replace(/[\s,，。.、·•:：;；"'“”‘’()（）[\]【】<>《》]/g, '');
  text = text.replace(NUMERAL_BEFORE_SUFFIX, (all, numeral: string) => {
    const n = chineseToNumber(numeral);
    return Number.isNaN(n) ? all : String(n);
  });
  for (const [pattern, replacement] of VARIANTS) text = text.replace(pattern, replacement);
  text = stripOwnPlaces(text, where);

  let place = text;
  const take = (pattern: RegExp): string | null => {
    const match = pattern.exec(place);
    if (!match) return null;
    place = place.slice(0, match.index) + place.slice(match.index + match[0].length);
    return match[1]!;
  };
  let room = take(/(\d+)室$/) ?? null;
  let unitText = take(/(\d+)单元/);
  let building = take(/(\d+|[A-Z])栋/);
  if (!building && !unitText) {
    const dashed = /(\d+)-(\d+)-(\d+)$/.exec(place);
    if (dashed && dashed.index > 0 && !/号$/.test(place.slice(0, dashed.index + dashed[0].length))) {
      [, building, unitText, room] = dashed as unknown as [string, string, string, string];
      place = place.slice(0, dashed.index);
    }
  }
  place = place.replace(/\d+层$/, '');

  const streetMatch = STREET_NUMBER.exec(place) ?? STREET_ONLY.exec(place);
  const street = streetMatch ? streetMatch[1]!.replace(SUBDISTRICT_PREFIX, '') : null;
  return {
    text,
    place,
    street,
    houseNumber: streetMatch?.[2] ? Number(streetMatch[2]) : null,
    building: building ?? null,
    unit: unitText ? Number(unitText) : null,
    room,
  };
}

/** A compound name without its generic suffix (幸福小区 → 幸福), for fuzzy matching; never shorter than 2. */
export function compoundCore(name: string): string {
  const core = name.replace(COMPOUND_SUFFIX, '');
  return core.length >= 2 ? core : name;
}

function stripOwnPlaces(text: string, where: AddressPlace): string {
  let rest = text.replace(/^中国/, '');
  for (const province of provinceNames(where.districtCode)) {
    if (rest.startsWith(province)) {
      rest = rest.slice(province.length);
      break;
    }
  }
  const district = where.districtName?.normalize('NFKC').trim();
  if (!district) return rest;
  const short = district.replace(/(?:区|县|市|旗)$/, '');
  const names = short.length >= 2 && short !== district ? [district, short] : [district];
  const alternatives = names.map(escapeRegExp).join('|');
  rest = rest.replace(new RegExp(`^[\\u4e00-\\u9fff]{2,6}?市(?=${alternatives})`), '');
  for (const name of names) {
    if (rest.startsWith(name) && rest.length > name.length) return rest.slice(name.length);
  }
  return rest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
