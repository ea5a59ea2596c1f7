import { createYielder } from './createYielder';
import { areaOf, boundsOf, boundsOverlap, differenceOf, intersectionOf, partsOf, roundArea, toZoneGeometry, type Parts } from './polygonSet';
import type { ZoneDraft, ZoneGeometry } from './Zone';

export interface ZoneReshape<Z> {
  before: Z;
  after: Z;
  areaGainedSquareMeters: number;
  areaLostSquareMeters: number;
}

/** Ground served by one group of schools before and another after. */
export interface AreaMove {
  fromSchoolIds: string[];
  toSchoolIds: string[];
  areaSquareMeters: number;
  geometry: ZoneGeometry;
}

export interface ZoneSetDiff<Z> {
  added: Z[];
  removed: Z[];
  reshaped: ZoneReshape<Z>[];
  unchanged: number;
  areaMoved: AreaMove[];
}

/**
 * What changed between two versions of a zone set. Zones are matched by name (the published name
 * is what a family knows): names only in `after` were added, only in `before` removed; a matched
 * zone whose ground changed by more than `minAreaSquareMeters` was reshaped. `areaMoved` adds up,
 * for every old zone × new zone overlap whose school(s) differ, the ground that moved between them.
 * A pair of zones both carried over unchanged (name, ground and schools) moved nothing and is
 * skipped, so comparing versions that differ in a few zones stays cheap; the work yields to other
 * requests as it goes.
 *
 * @example diffZoneSets(v1, v2).areaMoved // [{ fromSchoolIds: ['A'], toSchoolIds: ['B'], areaSquareMeters: 12000, … }]
 */
export async function diffZoneSets<Z extends ZoneDraft>(before: readonly Z[], after: readonly Z[], minAreaSquareMeters = 1): Promise<ZoneSetDiff<Z>> {
  const pause = createYielder();
  const oldByName = new Map(before.map((z) => [z.name, z]));
  const newNames = new Set(after.map((z) => z.name));
  const diff: ZoneSetDiff<Z> = {
    added: after.filter((z) => !oldByName.has(z.name)),
    removed: before.filter((z) => !newNames.has(z.name)),
    reshaped: [],
    unchanged: 0,
    areaMoved: [],
  };
  for (const zone of after) {
    const old = oldByName.get(zone.name);
    if (!old) continue;
    await pause();
    const gained = sameGeometry(old, zone) ? 0 : areaOf(differenceOf(partsOf(zone.geometry), partsOf(old.geometry)));
    const lost = sameGeometry(old, zone) ? 0 : areaOf(differenceOf(partsOf(old.geometry), partsOf(zone.geometry)));
    if (gained > minAreaSquareMeters || lost > minAreaSquareMeters) {
      diff.reshaped.push({ before: old, after: zone, areaGainedSquareMeters: roundArea(gained), areaLostSquareMeters: roundArea(lost) });
    } else diff.unchanged += 1;
  }
  diff.areaMoved = await findAreaMoved(before, after, minAreaSquareMeters, pause);
  return diff;
}

async function findAreaMoved(before: readonly ZoneDraft[], after: readonly ZoneDraft[], minArea: number, pause: () => Promise<void>): Promise<AreaMove[]> {
  const moves = new Map<string, { from: string[]; to: string[]; parts: Parts; area: number }>();
  const newBounds = after.map((z) => boundsOf(partsOf(z.geometry)));
  const oldKeys = new Set(before.map(zoneKey));
  const carriedOver = new Set(after.map(zoneKey).filter((key) => oldKeys.has(key)));
  for (const old of before) {
    const oldBounds = boundsOf(partsOf(old.geometry));
    const oldCarried = carriedOver.has(zoneKey(old));
    for (const [i, zone] of after.entries()) {
      if (schoolKey(old.schoolIds) === schoolKey(zone.schoolIds) || !boundsOverlap(oldBounds, newBounds[i]!)) continue;
      if (oldCarried && carriedOver.has(zoneKey(zone))) continue;
      await pause();
      const shared = intersectionOf(partsOf(old.geometry), partsOf(zone.geometry));
      const area = areaOf(shared);
      if (area <= minArea) continue;
      const key = `${schoolKey(old.schoolIds)}→${schoolKey(zone.schoolIds)}`;
      const move = moves.get(key) ?? { from: sorted(old.schoolIds), to: sorted(zone.schoolIds), parts: [], area: 0 };
      move.parts.push(...shared);
      move.area += area;
      moves.set(key, move);
    }
  }
  return [...moves.values()]
    .map((m) => ({ fromSchoolIds: m.from, toSchoolIds: m.to, areaSquareMeters: roundArea(m.area), geometry: toZoneGeometry(m.parts)! }))
    .sort((a, b) => b.areaSquareMeters - a.areaSquareMeters);
}

function sameGeometry(a: ZoneDraft, b: ZoneDraft): boolean {
  return JSON.stringify(a.geometry) === JSON.stringify(b.geometry);
}

const sorted = (ids: readonly string[]) => [...ids].sort();
/** Identity of a zone's content: name, ground and schools. */
const zoneKey = (zone: ZoneDraft) => `${zone.name}|${schoolKey(zone.schoolIds)}|${JSON.stringify(zone.geometry)}`;
const schoolKey = (ids: readonly string[]) => sorted(ids).join(',');
