import { bigrams, bigramSimilarity } from './bigramSimilarity';
import { editSimilarity } from './editSimilarity';
import type { GazetteerEntry } from './GazetteerEntry';
import type { GeocodeMatch } from './isClearMatch';
import { compoundCore, normalizeAddress, type AddressPlace, type NormalizedAddress } from './normalizeAddress';

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** 0–1: 1 for an exact name, or a house number inside a range of exactly that street. */
  score: number;
  /** The name or alias that matched. */
  matchedName: string;
  /** How it matched; decides, with the score, whether the match is clear (isClearMatch). */
  match: Exclude<GeocodeMatch, 'EXTERNAL'>;
  /** STREET_RANGE: the number read from the text (in the range or not); ADDRESS: its own number. */
  houseNumber: number | null;
}

/** A street (and maybe a number) read from the text, and how far to trust the reading. */
interface StreetReading {
  street: string;
  houseNumber: number | null;
  /** 1 for street + number + 号 as parsed by normalizeAddress; less for a looser reading. */
  weight: number;
}

interface NamedKey {
  entry: GazetteerEntry;
  name: string;
  key: string;
  core: string;
  /** House number of an address-like name (15 in 建设路15号). */
  houseNumber: number | null;
}

/** Least score a candidate needs to be offered at all. */
export const MIN_SCORE = 0.3;
/** Least similarity between two street names for a range of one to answer for the other. */
const MIN_STREET_SIMILARITY = 0.6;
/** A core-only match (幸福家园 ~ 幸福小区) is a weaker hint than the full name. */
const CORE_WEIGHT = 0.85;
/**
 * Street and number without 号 or without the street's suffix (建设路16, 建设15号): likely, not
 * certain. Below 0.8, the score at which `byAddress` takes the gazetteer's name for the text.
 */
const LOOSE_WEIGHT = 0.75;
/** A known street found inside a longer text (a pasted sentence): a hint, never exact (below 0.8 too). */
const IN_TEXT_WEIGHT = 0.7;
/** A street without a number: each of its ranges is a possibility, none a certainty. */
const NO_NUMBER_WEIGHT = 0.5;
/** A number past every range of the street: the ranges are suggestions (same parity first). */
const OUTSIDE_WEIGHT = 0.4;
const OUTSIDE_OTHER_PARITY_WEIGHT = 0.3;
/** Street + number without 号, or a street without its suffix: 建设路16, 建设15号, 建设露16号. */
const LOOSE_STREET_NUMBER = /^(\D{2,16}?)(\d+)号?$/;

/**
 * An in-memory gazetteer of one district and year: compounds and addresses by normalised name and
 * alias (an inverted index over character bigrams finds fuzzy candidates), and street ranges by
 * normalised street. Immutable; rebuilt when a new gazetteer is imported.
 */
export class GazetteerIndex {
  private readonly named: NamedKey[] = [];
  private readonly byGram = new Map<string, number[]>();
  private readonly ranges = new Map<string, GazetteerEntry[]>();

  constructor(entries: readonly GazetteerEntry[], readonly where: AddressPlace) {
    for (const entry of entries) {
      if (entry.kind === 'STREET_RANGE') {
        const street = streetKey(entry.name, where);
        this.ranges.set(street, [...(this.ranges.get(street) ?? []), entry]);
        continue;
      }
      for (const name of [entry.name, ...entry.aliases]) {
        const normalized = normalizeAddress(name, where);
        const key = normalized.place;
        const position = this.named.push({ entry, name, key, core: compoundCore(key), houseNumber: normalized.houseNumber }) - 1;
        for (const gram of new Set([...bigrams(key).keys(), ...bigrams(compoundCore(key)).keys()])) {
          this.byGram.set(gram, [...(this.byGram.get(gram) ?? []), position]);
        }
      }
    }
  }

  get size(): number {
    return this.named.length + [...this.ranges.values()].reduce((n, list) => n + list.length, 0);
  }

  /** Ranked candidates for a normalised address, best first, at most `limit`. */
  search(address: NormalizedAddress, limit: number): GazetteerMatch[] {
    const best = new Map<GazetteerEntry, GazetteerMatch>();
    const offer = (match: GazetteerMatch) => {
      if (match.score < MIN_SCORE) return;
      const known = best.get(match.entry);
      if (!known || known.score < match.score) best.set(match.entry, match);
    };
    const reading = readStreet(address);
    for (const [street, entries] of this.ranges) {
      const found = this.streetIn(street, reading, address.place);
      if (!found) continue;
      const holding = found.houseNumber === null ? [] : entries.filter((entry) => rangeHolds(entry, found.houseNumber!));
      // When a range holds the number, the street's other ranges are no possibility at all.
      for (const entry of holding.length ? holding : entries) offer(rangeMatch(entry, found));
    }
    const query = address.place;
    const queryCore = compoundCore(query);
    // A name inside the street the text names is not named by the text (alias 九州 in 九州路8号).
    const outsideStreet = address.street ? query.replace(address.street, '|') : query;
    const seen = new Set<number>();
    for (const gram of new Set([...bigrams(query).keys(), ...bigrams(queryCore).keys()])) {
      for (const position of this.byGram.get(gram) ?? []) {
        if (seen.has(position)) continue;
        seen.add(position);
        const named = this.named[position]!;
        // 建设路37号 is not 建设路15号, however alike the text: another house number is another address.
        if (address.houseNumber !== null && named.houseNumber !== null && address.houseNumber !== named.houseNumber) continue;
        offer({ entry: named.entry, ...scoreName(query, queryCore, outsideStreet, named), matchedName: named.name, houseNumber: named.houseNumber });
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.row - b.entry.row)
      .slice(0, limit)
      .map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 }));
  }

  /**
   * How well the text names `street` (a street of this gazetteer, normalised), with the number it
   * gives: as the street it was read as (exactly, or, when the text's street is none of the known
   * ones, alike enough: a typo, a missing suffix), or as a known street inside it (a sentence).
   */
  private streetIn(street: string, reading: StreetReading | null, place: string): StreetReading | null {
    if (reading) {
      if (reading.street === street) return reading;
      // The text names another known street exactly (中御桥路, not 御桥路): this one is no candidate.
      if (this.ranges.has(reading.street)) return null;
      const similarity = Math.max(bigramSimilarity(street, reading.street), editSimilarity(street, reading.street));
      if (similarity >= MIN_STREET_SIMILARITY) return { street, houseNumber: reading.houseNumber, weight: similarity * reading.weight };
    }
    const at = place.indexOf(street);
    if (street.length < 2 || at < 0) return null;
    const digits = /^(\d+)/.exec(place.slice(at + street.length));
    return { street, houseNumber: digits ? Number(digits[1]) : null, weight: IN_TEXT_WEIGHT };
  }
}

/** The street and number the text gives: normalizeAddress's reading, else a looser one, else the whole text as a street name. */
function readStreet(address: NormalizedAddress): StreetReading | null {
  if (address.street) return { street: address.street, houseNumber: address.houseNumber, weight: 1 };
  const loose = LOOSE_STREET_NUMBER.exec(address.place);
  if (loose) return { street: loose[1]!, houseNumber: Number(loose[2]), weight: LOOSE_WEIGHT };
  return address.place.length >= 2 && !/\d/.test(address.place) ? { street: address.place, houseNumber: null, weight: 1 } : null;
}

/** A range of a street the text names: it holds the number, or (no range of the street does) it is a suggestion. */
function rangeMatch(entry: GazetteerEntry, found: StreetReading): GazetteerMatch {
  const base = { entry, matchedName: entry.name, houseNumber: found.houseNumber };
  const n = found.houseNumber;
  if (n === null) return { ...base, match: 'STREET_WITHOUT_NUMBER', score: NO_NUMBER_WEIGHT * found.weight };
  if (rangeHolds(entry, n)) return { ...base, match: 'NUMBER_IN_RANGE', score: found.weight };
  const sameSide = entry.parity === 'ALL' || entry.parity === (n % 2 === 1 ? 'ODD' : 'EVEN');
  return { ...base, match: 'NUMBER_OUTSIDE_RANGE', score: (sameSide ? OUTSIDE_WEIGHT : OUTSIDE_OTHER_PARITY_WEIGHT) * found.weight };
}

/** The normalised street of a range row (建设大街 → 建设街). */
export function streetKey(name: string, where: AddressPlace): string {
  const normalized = normalizeAddress(name, where);
  return normalized.street ?? normalized.place;
}

/** True when house number `n` is in the range and has its parity (单号 odd, 双号 even). */
export function rangeHolds(entry: Pick<GazetteerEntry, 'fromNumber' | 'toNumber' | 'parity'>, n: number): boolean {
  if (entry.fromNumber === null || entry.toNumber === null) return false;
  if (n < entry.fromNumber || n > entry.toNumber) return false;
  if (entry.parity === 'ODD') return n % 2 === 1;
  if (entry.parity === 'EVEN') return n % 2 === 0;
  return true;
}

function scoreName(query: string, queryCore: string, outsideStreet: string, named: NamedKey): Pick<GazetteerMatch, 'score' | 'match'> {
  if (query === named.key) return { score: 1, match: 'NAME' };
  // The address names the compound and more (建设路15号幸福小区 ⊃ 幸福小区): the longer the name, the surer.
  if (named.key.length >= 2 && outsideStreet.includes(named.key)) return { score: 0.8 + (0.15 * named.key.length) / query.length, match: 'NAME_IN_TEXT' };
  return { score: Math.max(bigramSimilarity(query, named.key), CORE_WEIGHT * bigramSimilarity(queryCore, named.core)), match: 'SIMILAR_NAME' };
}
