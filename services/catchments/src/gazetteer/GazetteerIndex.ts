import { bigrams, bigramSimilarity } from './bigramSimilarity';
import type { GazetteerEntry } from './GazetteerEntry';
import { compoundCore, normalizeAddress, type AddressPlace, type NormalizedAddress } from './normalizeAddress';

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** 0–1: 1 for an exact name, or a house number inside a range of exactly that street. */
  score: number;
  /** The name or alias that matched. */
  matchedName: string;
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
    if (address.street) {
      for (const [street, entries] of this.ranges) {
        const similarity = street === address.street ? 1 : bigramSimilarity(street, address.street);
        if (similarity < MIN_STREET_SIMILARITY) continue;
        for (const entry of entries) {
          // Without a house number every range of the street is a possibility, none a certainty.
          if (address.houseNumber === null) offer({ entry, score: 0.5 * similarity, matchedName: entry.name });
          else if (rangeHolds(entry, address.houseNumber)) offer({ entry, score: similarity, matchedName: entry.name });
        }
      }
    }
    const query = address.place;
    const queryCore = compoundCore(query);
    const seen = new Set<number>();
    for (const gram of new Set([...bigrams(query).keys(), ...bigrams(queryCore).keys()])) {
      for (const position of this.byGram.get(gram) ?? []) {
        if (seen.has(position)) continue;
        seen.add(position);
        const named = this.named[position]!;
        // 建设路37号 is not 建设路15号, however alike the text: another house number is another address.
        if (address.houseNumber !== null && named.houseNumber !== null && address.houseNumber !== named.houseNumber) continue;
        offer({ entry: named.entry, score: scoreName(query, queryCore, named), matchedName: named.name });
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.entry.row - b.entry.row)
      .slice(0, limit)
      .map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 }));
  }
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

function scoreName(query: string, queryCore: string, named: NamedKey): number {
  if (query === named.key) return 1;
  // The address names the compound and more (建设路15号幸福小区 ⊃ 幸福小区): the longer the name, the surer.
  if (named.key.length >= 2 && query.includes(named.key)) return 0.8 + (0.15 * named.key.length) / query.length;
  return Math.max(bigramSimilarity(query, named.key), CORE_WEIGHT * bigramSimilarity(queryCore, named.core));
}
