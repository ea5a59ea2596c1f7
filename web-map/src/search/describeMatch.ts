import type { AddressCandidate } from '../api/geocodeAddress';
import { t, tNodes } from '../i18n/t';
import { matchedPlace } from './matchedPlace';

/** How API data (a street, a compound) is put in a sentence: as it is, or wrapped (`dataText`, marked `lang="zh-CN"` in English mode). */
export type DataWrap = (text: string) => string | Node;
const plain: DataWrap = (text) => text;

/** The house-number range of a street candidate, e.g. "2–98号（双号）", or ''. */
export function rangeText(c: Pick<AddressCandidate, 'fromNumber' | 'toNumber' | 'parity'>): string {
  return c.fromNumber !== null && c.toNumber !== null ? t('range', { from: c.fromNumber, to: c.toNumber, parity: t(`parity.${c.parity ?? 'ALL'}`) }) : '';
}

/**
 * What the answer was matched to, in words, for the answer and the slip: the street, house number
 * and side; or the compound or address (and the alias typed); or the external geocoder's place.
 * `data` wraps the names (API data); the result is the sentence's parts, in order.
 *
 * @example describeMatch(range16).join('') // '按区教育局地址库匹配：建设路16号，属于路段 建设路 2–98号（双号）'
 */
export function describeMatch(c: AddressCandidate, data: DataWrap = plain): (string | Node)[] {
  if (c.kind === 'EXTERNAL') return tNodes('matched.external', { name: data(c.name) });
  if (c.kind === 'STREET_RANGE') {
    return c.match === 'NUMBER_IN_RANGE' && c.houseNumber !== null
      ? tNodes('matched.number', { place: data(matchedPlace(c)), street: data(c.name), range: rangeText(c) })
      : tNodes('matched.street', { street: data(c.name), range: rangeText(c) });
  }
  // Only an exact alias is "what you typed"; a name found inside the text or alike was chosen from a list.
  const alias = c.match === 'NAME' && c.matchedName !== c.name ? tNodes('matched.alias', { alias: data(c.matchedName) }) : [];
  return [...tNodes('matched.name', { kind: t(`kind.${c.kind}`), name: data(c.name), alias: '' }), ...alias];
}

/** Why a candidate is offered rather than answered, or null when it matched exactly (several exact ones). */
export function choiceReason(c: AddressCandidate, data: DataWrap = plain): (string | Node)[] | null {
  switch (c.match) {
    case 'STREET_WITHOUT_NUMBER': return [t('why.noNumber')];
    case 'NUMBER_OUTSIDE_RANGE': return [t('why.outside', { number: c.houseNumber ?? '' })];
    case 'NUMBER_IN_RANGE': return c.score < 1 ? tNodes('why.readAs', { place: data(matchedPlace(c)) }) : null;
    case 'NAME_IN_TEXT':
    case 'SIMILAR_NAME': return tNodes('why.similar', { name: data(c.name) });
    case 'EXTERNAL': return [t('why.external')];
    case 'NAME': return null;
  }
}
