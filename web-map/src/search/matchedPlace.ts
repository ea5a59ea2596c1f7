import type { AddressCandidate } from '../api/geocodeAddress';

/**
 * The address a candidate stands for, as a link and the answer name it: a street range with the
 * number that put it there (建设路16号: the number is what picks the side), else the entry's name.
 * A number the range does not hold (建设路500号 offered as 建设路 2–98) is not claimed.
 *
 * @example matchedPlace({ kind: 'STREET_RANGE', name: '建设路', match: 'NUMBER_IN_RANGE', houseNumber: 16, … }) // '建设路16号'
 */
export function matchedPlace(candidate: Pick<AddressCandidate, 'kind' | 'name' | 'match' | 'houseNumber'>): string {
  if (candidate.kind === 'STREET_RANGE' && candidate.match === 'NUMBER_IN_RANGE' && candidate.houseNumber !== null) {
    return `${candidate.name}${candidate.houseNumber}号`;
  }
  return candidate.name;
}
