import { checkChinaPosition, toWgs84, type Position } from '@zsgk/geo';
import type { Catchment, Stage } from '../zones/Zone';
import type { ZoneIndex } from '../zones/ZoneIndex';
import { compareYears, type ZoneYearChange } from './compareYears';
import type { ExternalGeocoder } from './ExternalGeocoder';
import type { GazetteerEntry, GazetteerKind, HouseNumberParity, ZoneAssignment } from './GazetteerEntry';
import { gazetteerEntryId } from './gazetteerEntryId';
import type { GazetteerIndex } from './GazetteerIndex';
import { isClearMatch, type GeocodeMatch } from './isClearMatch';
import { normalizeAddress, type AddressPlace, type NormalizedAddress } from './normalizeAddress';

/** Where a candidate's zone comes from: the bureau's explicit assignment, or the point in a polygon. */
export type CatchmentSource = 'GAZETTEER_ASSIGNMENT' | 'POLYGON';

export interface GeocodedZone {
  stage: Stage;
  catchment: Catchment;
  source: CatchmentSource;
  /** POLYGON only: the point is within the tolerance of a zone edge; confirm with the bureau. */
  nearBoundary: boolean;
  /** POLYGON only: distance from the point to this zone's nearest edge. */
  edgeDistanceMeters: number | null;
  /** GAZETTEER_ASSIGNMENT only: the polygon at the point says otherwise (or nothing); false without a point. */
  overridesPolygon: boolean;
}

export interface GeocodeCandidate {
  /** The gazetteer entry's stable id (gazetteerEntryId); null for an external candidate. */
  id: string | null;
  kind: GazetteerKind | 'EXTERNAL';
  name: string;
  matchedName: string;
  score: number;
  match: GeocodeMatch;
  /** STREET_RANGE: the number read from the text; ADDRESS: its own; else null. */
  houseNumber: number | null;
  point: Position | null;
  fromNumber: number | null;
  toNumber: number | null;
  parity: HouseNumberParity | null;
  zones: GeocodedZone[];
  /** Per stage, its zone in the district's previous published year against the year answered (empty when there is none). */
  yearChanges: ZoneYearChange[];
}

export interface GeocodeAnswer {
  normalized: NormalizedAddress;
  year: number | null;
  candidates: GeocodeCandidate[];
  /** The first candidate may be answered without asking (isClearMatch); otherwise the parent chooses. */
  clearMatch: boolean;
}

export interface GeocodeSources {
  /** The gazetteer of the district and year, if the bureau imported one. */
  gazetteer: GazetteerIndex | null;
  /** The published zones (what `locate` uses). */
  zones: ZoneIndex<Catchment>;
  catchments: readonly Catchment[];
  external: ExternalGeocoder | null;
  toleranceMeters: number;
  /** Reports an external geocoder failure; the answer goes on without it. */
  warn?: (message: string, error: unknown) => void;
}

/** Below this best gazetteer score the external geocoder (if configured) is asked too. */
export const EXTERNAL_BELOW = 0.8;

/**
 * Geocodes an address typed in a district: the bureau's gazetteer first (ranked fuzzy candidates),
 * then, only if configured and the gazetteer has no good match, an external geocoder. Each candidate
 * carries the zones it falls in per stage: an explicit assignment wins over the polygon and says so.
 */
export async function geocodeAddress(
  text: string,
  where: AddressPlace,
  options: { year: number | null; stage: Stage | null; limit: number },
  sources: GeocodeSources,
): Promise<GeocodeAnswer> {
  const normalized = normalizeAddress(text, where);
  const year = options.year ?? sources.zones.latest(where.districtCode, options.stage);
  const previousYear = year === null ? null : yearBefore(sources.catchments, where.districtCode, options.stage, year);
  const resolveIn = (y: number | null, point: Position | null, assignments: ZoneAssignment[]) =>
    resolveZones(point, assignments, { districtCode: where.districtCode, year: y, stage: options.stage }, sources);
  // The same entry in both years: a zone assignment names the zone (its stable key), so it resolves in each year's set.
  const resolve = (point: Position | null, assignments: ZoneAssignment[]) => {
    const zones = resolveIn(year, point, assignments);
    const yearChanges = previousYear === null ? [] : compareYears(zones, resolveIn(previousYear, point, assignments), previousYear, year!);
    return { zones, yearChanges };
  };
  // At least two, so that the clear-match rule sees the runner-up even when one candidate is asked for.
  const found = sources.gazetteer?.search(normalized, Math.max(options.limit, 2)) ?? [];
  const candidates: GeocodeCandidate[] = found.map(({ entry, score, matchedName, match, houseNumber }) => ({
    ...describe(entry),
    matchedName,
    score,
    match,
    houseNumber,
    ...resolve(entry.point, entry.assignments),
  }));
  if (sources.external && (candidates[0]?.score ?? 0) < EXTERNAL_BELOW && normalized.text) {
    try {
      for (const found of await sources.external.geocode(`${where.districtName ?? ''}${normalized.text}`)) {
        if (checkChinaPosition(found.lng, found.lat)) continue;
        const point = toWgs84([found.lng, found.lat], found.crs);
        candidates.push({
          id: null, kind: 'EXTERNAL', name: found.name, matchedName: found.name, score: Math.round(found.score * 1000) / 1000, match: 'EXTERNAL',
          houseNumber: null, point, fromNumber: null, toNumber: null, parity: null, ...resolve(point, []),
        });
      }
    } catch (error) {
      sources.warn?.(`external geocoder ${sources.external.name} failed; answering from the gazetteer alone`, error);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  return { normalized, year, candidates: candidates.slice(0, options.limit), clearMatch: isClearMatch(candidates) };
}

function describe(entry: GazetteerEntry): Pick<GeocodeCandidate, 'id' | 'kind' | 'name' | 'point' | 'fromNumber' | 'toNumber' | 'parity'> {
  return { id: gazetteerEntryId(entry), kind: entry.kind, name: entry.name, point: entry.point, fromNumber: entry.fromNumber, toNumber: entry.toNumber, parity: entry.parity };
}

function resolveZones(
  point: Position | null,
  assignments: ZoneAssignment[],
  scope: { districtCode: string; year: number | null; stage: Stage | null },
  sources: GeocodeSources,
): GeocodedZone[] {
  if (scope.year === null) return [];
  const located = point
    ? sources.zones.locate(point[0]!, point[1]!, { year: scope.year, stage: scope.stage, toleranceMeters: sources.toleranceMeters })
    : null;
  const polygonHits = (located?.matches ?? []).filter((m) => m.zone.districtCode === scope.districtCode);
  const stages = new Set<Stage>([...assignments.map((a) => a.stage), ...polygonHits.map((m) => m.zone.stage)]);
  const zones: GeocodedZone[] = [];
  for (const stage of [...stages].sort()) {
    if (scope.stage && stage !== scope.stage) continue;
    const hits = polygonHits.filter((m) => m.zone.stage === stage);
    const assignment = assignments.find((a) => a.stage === stage);
    const assigned = assignment && findAssignedZone(sources.catchments, { ...scope, year: scope.year, stage }, assignment.zone);
    if (assigned) {
      zones.push({
        stage, catchment: assigned, source: 'GAZETTEER_ASSIGNMENT', nearBoundary: false, edgeDistanceMeters: null,
        overridesPolygon: located !== null && !hits.some((m) => m.zone.id === assigned.id),
      });
      continue;
    }
    // An assignment naming a zone that is no longer published falls back to the polygon.
    for (const hit of hits) {
      zones.push({
        stage, catchment: hit.zone, source: 'POLYGON', nearBoundary: located!.nearestEdgeMeters !== null,
        edgeDistanceMeters: Math.round(hit.edgeDistanceMeters * 100) / 100, overridesPolygon: false,
      });
    }
  }
  return zones;
}

/** The district's latest published year (of the stage, when given) before `year`, or null. */
function yearBefore(catchments: readonly Catchment[], districtCode: string, stage: Stage | null, year: number): number | null {
  let best: number | null = null;
  for (const c of catchments) {
    if (c.districtCode === districtCode && c.year < year && (!stage || c.stage === stage) && (best === null || c.year > best)) best = c.year;
  }
  return best;
}

/** The published zone an assignment names, by id or by name (names survive a new version of the set). */
function findAssignedZone(
  catchments: readonly Catchment[],
  scope: { districtCode: string; year: number; stage: Stage },
  zone: string,
): Catchment | undefined {
  const inScope = (c: Catchment) => c.districtCode === scope.districtCode && c.year === scope.year && c.stage === scope.stage;
  return catchments.find((c) => inScope(c) && c.id === zone) ?? catchments.find((c) => inScope(c) && c.name === zone);
}
