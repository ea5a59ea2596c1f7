import type { AddressCandidate } from '../api/geocodeAddress';
import { t } from '../i18n/t';
import { matchedPlace } from './matchedPlace';

/** The house-number range of a street candidate, e.g. "2–98号（双号）", or ''. */
export function rangeText(c: Pick<AddressCandidate, 'fromNumber' | 'toNumber' | 'parity'>): string {
  return c.fromNumber !== null && c.toNumber !== null ? t('range', { from: c.fromNumber, to: c.toNumber, parity: t(`parity.${c.parity ?? 'ALL'}`) }) : '';
}

/**
 * What the answer was matched to, in words, for the answer and the slip: the street, house number
 * and side; or the compound or address (and the alias typed); or the external geocoder's place.
 *
 * @example describeMatch(range16) // '按区教育局地址库匹配：建设路16号，属于路段 建设路 2–98号（双号）'
 */
export function describeMatch(c: AddressCandidate): string {
  if (c.kind === 'EXTERNAL') return t('matched.external', { name: c.name });
  if (c.kind === 'STREET_RANGE') {
    return c.match === 'NUMBER_IN_RANGE' && c.houseNumber !== null
      ? t('matched.number', { place: matchedPlace(c), street: c.name, range: rangeText(c) })
      : t('matched.street', { street: c.name, range: rangeText(c) });
  }
  // Only an exact alias is "what you typed"; a name found inside the text or alike was chosen from a list.
  const alias = c.match === 'NAME' && c.matchedName !== c.name ? t('matched.alias', { alias: c.matchedName }) : '';
  return t('matched.name', { kind: t(`kind.${c.kind}`), name: c.name, alias });
}

/** Why a candidate is offered rather than answered, or null when it matched exactly (several exact ones). */
export function choiceReason(c: AddressCandidate): string | null {
  switch (c.match) {
    case 'STREET_WITHOUT_NUMBER': return t('why.noNumber');
    case 'NUMBER_OUTSIDE_RANGE': return t('why.outside', { number: c.houseNumber ?? '' });
    case 'NUMBER_IN_RANGE': return c.score < 1 ? t('why.readAs', { place: matchedPlace(c) }) : null;
    case 'NAME_IN_TEXT':
    case 'SIMILAR_NAME': return t('why.similar', { name: c.name });
    case 'EXTERNAL': return t('why.external');
    case 'NAME': return null;
  }
}
