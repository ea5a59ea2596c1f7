import type { Zone } from '../api/YearData';
import type { StageLocation } from '../api/locateHome';

/** What the panel says for one stage at one home. */
export type StageAnswer =
  | { kind: 'ZONE'; zone: Zone; source: 'POLYGON' | 'GAZETTEER_ASSIGNMENT' }
  | { kind: 'NEAR_BOUNDARY'; candidates: Zone[]; nearestEdgeMeters: number | null }
  | { kind: 'NO_ZONE'; nearestZones: Zone[]; nearestSchoolIds: string[] }
  /** No point and no assignment (a street range without a point), or the lookup failed: ask the bureau. */
  | { kind: 'UNKNOWN' };

/**
 * Turns locate's answer (and, for a gazetteer address, the bureau's explicit assignment) into what the
 * panel says. The assignment wins over the polygon; a point near an edge is never silently assigned.
 * Ids not in `zones` (a newer version published since the page loaded) are left out.
 *
 * @example decideStageAnswer({ matches: [a, b], nearBoundary: true, … }, null, zones) // { kind: 'NEAR_BOUNDARY', candidates: [A, B] }
 */
export function decideStageAnswer(location: StageLocation | null, assignedZoneId: string | null, zones: ReadonlyMap<string, Zone>): StageAnswer {
  const assigned = assignedZoneId ? zones.get(assignedZoneId) : undefined;
  if (assigned) return { kind: 'ZONE', zone: assigned, source: 'GAZETTEER_ASSIGNMENT' };
  if (!location) return { kind: 'UNKNOWN' };

  const lookUp = (ids: string[]) => [...new Set(ids)].flatMap((id) => zones.get(id) ?? []);
  const matched = lookUp(location.matches.map((m) => m.catchment.id));
  if (location.nearBoundary) {
    const candidates = lookUp([...matched.map((z) => z.id), ...location.nearbyCatchments.map((c) => c.id)]);
    if (candidates.length) return { kind: 'NEAR_BOUNDARY', candidates, nearestEdgeMeters: location.nearestEdgeMeters };
  }
  const [only] = matched;
  if (matched.length === 1 && only) return { kind: 'ZONE', zone: only, source: 'POLYGON' };
  // Two published zones containing the point away from any edge is an overlap: show both, as at an edge.
  if (matched.length > 1) return { kind: 'NEAR_BOUNDARY', candidates: matched, nearestEdgeMeters: location.nearestEdgeMeters };
  return {
    kind: 'NO_ZONE',
    nearestZones: lookUp(location.nearestCatchments.map((m) => m.catchment.id)),
    nearestSchoolIds: location.nearestSchools.map((s) => s.id),
  };
}

/** Ids locate named that the page's zones of that year do not hold: the published set changed since it loaded. */
export function unknownZoneIds(location: StageLocation | null, zones: ReadonlyMap<string, Zone>): string[] {
  if (!location) return [];
  const ids = [
    ...location.matches.map((m) => m.catchment.id),
    ...location.nearbyCatchments.map((c) => c.id),
    ...location.nearestCatchments.map((m) => m.catchment.id),
  ];
  return ids.filter((id) => !zones.has(id));
}
