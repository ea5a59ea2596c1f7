import type { Position } from '@zsgk/geo';
import type { AddressPlace, GazetteerEntry } from '../gazetteer';
import { parseAddress, type IncludeRule } from '../rules';
import { claimZonesByAddress, indexZoneRules, type RuleZoneOf } from './claimZonesByAddress';
import type { ZoneGeometry } from './Zone';
import { ZoneIndex } from './ZoneIndex';

type SetZone = RuleZoneOf & { geometry: ZoneGeometry | null };

/** A gazetteer entry whose zone by rules and zone by polygon differ for a zone that has both. */
export interface RulePolygonDisagreement<Z> {
  entry: GazetteerEntry;
  point: Position;
  /** Zones whose rules claim it, with the rule. */
  byRules: { zone: Z; rule: IncludeRule }[];
  /** Zones whose polygon contains its point. */
  byPolygon: Z[];
}

/** A rule of a zone with a polygon that claims a gazetteer place lying outside that polygon. */
export interface RuleOutsidePolygon<Z> {
  zone: Z;
  rule: IncludeRule;
  entry: GazetteerEntry;
  point: Position;
}

export interface RuleCheck<Z> {
  /** Per zone of rules alone (no area): its rules by kind and the gazetteer entries they claim. */
  textOnlyZones: { zone: Z; rules: number; roads: number; places: number; units: number; exclusions: number; gazetteerEntries: number }[];
  /** Gazetteer entries no zone of the set claims by rule or contains by polygon. */
  unclaimed: GazetteerEntry[];
  disagreements: RulePolygonDisagreement<Z>[];
  rulesOutsidePolygon: RuleOutsidePolygon<Z>[];
}

/**
 * Checks a zone set's address rules against the district's gazetteer. Zones of rules alone are
 * counted by rule (they have no area) and by the gazetteer entries they claim. For zones with both
 * (the text is authoritative, the polygon illustrates it), every entry with a point where the two
 * disagree is listed, and every rule claiming a place outside its own zone's polygon. An entry is
 * read as its name, then its aliases (a street range as its first house number).
 */
export function checkRulesAgainstGazetteer<Z extends SetZone>(zones: readonly Z[], entries: readonly GazetteerEntry[], where: AddressPlace): RuleCheck<Z> {
  const rules = indexZoneRules(zones);
  const byId = new Map(zones.map((z) => [z.id, z]));
  const polygons = new ZoneIndex(zones);
  const both = new Set(zones.filter((z) => z.geometry && z.rules?.length).map((z) => z.id));
  const claimedBy = new Map<string, number>();
  const result: RuleCheck<Z> = { textOnlyZones: [], unclaimed: [], disagreements: [], rulesOutsidePolygon: [] };
  const scope = { districtCode: zones[0]?.districtCode ?? '', year: zones[0]?.year ?? null, stage: zones[0]?.stage ?? null, latest: () => null };
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases].map((name) => (entry.kind === 'STREET_RANGE' && entry.fromNumber !== null ? `${name}${entry.fromNumber}号` : name));
    const { claims } = claimZonesByAddress(names.map((name) => parseAddress(name, where)), rules, byId, scope);
    for (const claim of claims) claimedBy.set(claim.zone.id, (claimedBy.get(claim.zone.id) ?? 0) + 1);
    const point = entry.point;
    const inside = point ? polygons.locate(point[0]!, point[1]!, { year: scope.year, stage: scope.stage, toleranceMeters: 0 }).matches.map((m) => m.zone) : [];
    if (claims.length === 0 && inside.length === 0) result.unclaimed.push(entry);
    if (!point) continue;
    const disagrees = [...both].some((id) => claims.some((c) => c.zone.id === id) !== inside.some((z) => z.id === id));
    if (disagrees) result.disagreements.push({ entry, point, byRules: claims, byPolygon: inside });
    for (const claim of claims) {
      if (both.has(claim.zone.id) && !inside.includes(claim.zone)) result.rulesOutsidePolygon.push({ zone: claim.zone, rule: claim.rule, entry, point });
    }
  }
  for (const zone of zones) {
    if (zone.geometry || !zone.rules?.length) continue;
    const count = (kind: string) => zone.rules!.filter((r) => r.kind === kind).length;
    result.textOnlyZones.push({
      zone, rules: zone.rules.length, roads: count('ROAD'), places: count('PLACE'), units: count('UNIT'), exclusions: count('EXCLUSION'),
      gazetteerEntries: claimedBy.get(zone.id) ?? 0,
    });
  }
  return result;
}
