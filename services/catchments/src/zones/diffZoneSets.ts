import { findTouchingPairs } from './findTouchingPairs';
import { GridPolygonSet, type GridPaths } from './GridPolygonSet';
import { areaOf, boundsOf, partsOf, roundArea, toZoneGeometry, type Parts } from './polygonSet';
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

/** A part of a zone other than its ground that differs between versions, with both values. */
export interface ZoneFieldChange {
  field: EditableField;
  before: unknown;
  after: unknown;
}

/** A same-named zone whose 四至 text, rules, schools or allocation changed (its ground may have too). */
export interface ZoneEdit<Z> {
  before: Z;
  after: Z;
  changes: ZoneFieldChange[];
}

export interface ZoneSetDiff<Z> {
  added: Z[];
  removed: Z[];
  reshaped: ZoneReshape<Z>[];
  edited: ZoneEdit<Z>[];
  /** Same-named zones that kept their ground and every field (neither reshaped nor edited). */
  unchanged: number;
  areaMoved: AreaMove[];
}

/**
 * What a zone says besides its ground, compared field by field: the 四至 text (legally the
 * authoritative part), address rules where zones carry them, the schools, feeder schools and
 * allocation method.
 */
export const EDITABLE_FIELDS = ['boundaryText', 'rules', 'schoolIds', 'feederSchoolIds', 'allocationMethod'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * What changed between two versions of a zone set. Zones are matched by name (the published name
 * is what a family knows): names only in `after` were added, only in `before` removed; a matched
 * zone whose ground changed by more than `minAreaSquareMeters` was reshaped; one whose 四至 text,
 * rules, schools or allocation changed was edited, listed with each field before and after (a zone
 * can be both). `areaMoved` adds up,
 * for every old zone × new zone overlap whose school(s) differ, the ground that moved between them.
 * Only old × new pairs whose bounding boxes touch are intersected (an R-tree), on an integer grid
 * (`GridPolygonSet`), and a pair both carried over unchanged (name, ground and schools) moved nothing
 * and is skipped. It holds the thread it runs on: the service runs it in a worker.
 *
 * @example diffZoneSets(v1, v2).areaMoved // [{ fromSchoolIds: ['A'], toSchoolIds: ['B'], areaSquareMeters: 12000, … }]
 */
export async function diffZoneSets<Z extends ZoneDraft>(
  before: readonly Z[],
  after: readonly Z[],
  minAreaSquareMeters = 1,
  onProgress: (fraction: number) => void = () => {},
): Promise<ZoneSetDiff<Z>> {
  const oldByName = new Map(before.map((z) => [z.name, z]));
  const newNames = new Set(after.map((z) => z.name));
  const diff: ZoneSetDiff<Z> = {
    added: after.filter((z) => !oldByName.has(z.name)),
    removed: before.filter((z) => !newNames.has(z.name)),
    reshaped: [],
    edited: [],
    unchanged: 0,
    areaMoved: [],
  };
  const grid = GridPolygonSet.around([...before, ...after].map((z) => z.geometry));
  const oldPaths = new Map<ZoneDraft, GridPaths>();
  const newPaths = new Map<ZoneDraft, GridPaths>();
  const pathsOf = (zone: ZoneDraft, cache: Map<ZoneDraft, GridPaths>) => cache.get(zone) ?? cache.set(zone, grid.toPaths(zone.geometry)).get(zone)!;
  const areaOfPaths = (paths: GridPaths) => (grid.approxSquareMeters(paths) <= minAreaSquareMeters * 0.99 ? 0 : grid.area(paths));
  for (const zone of after) {
    const old = oldByName.get(zone.name);
    if (!old) continue;
    const changes = compareFields(old, zone);
    if (changes.length) diff.edited.push({ before: old, after: zone, changes });
    const same = sameGeometry(old, zone);
    const gained = same ? 0 : areaOfPaths(grid.difference(pathsOf(zone, newPaths), pathsOf(old, oldPaths)));
    const lost = same ? 0 : areaOfPaths(grid.difference(pathsOf(old, oldPaths), pathsOf(zone, newPaths)));
    if (gained > minAreaSquareMeters || lost > minAreaSquareMeters) {
      diff.reshaped.push({ before: old, after: zone, areaGainedSquareMeters: roundArea(gained), areaLostSquareMeters: roundArea(lost) });
    } else if (!changes.length) diff.unchanged += 1;
  }
  onProgress(0.3);
  diff.areaMoved = findAreaMoved(before, after, grid, (z) => pathsOf(z, oldPaths), (z) => pathsOf(z, newPaths), minAreaSquareMeters, (f) => onProgress(0.3 + 0.7 * f));
  return diff;
}

/** Old × new pairs whose boxes touch (R-tree) and whose schools differ; pairs both carried over unchanged moved nothing. */
function findAreaMoved(
  before: readonly ZoneDraft[], after: readonly ZoneDraft[], grid: GridPolygonSet,
  oldPaths: (z: ZoneDraft) => GridPaths, newPaths: (z: ZoneDraft) => GridPaths, minArea: number, onProgress: (fraction: number) => void,
): AreaMove[] {
  const moves = new Map<string, { from: string[]; to: string[]; parts: Parts; area: number }>();
  const oldKeys = new Set(before.map(zoneKey));
  const carriedOverKeys = new Set(after.map(zoneKey).filter((key) => oldKeys.has(key)));
  // Looked up per touching pair: by zone, not by its key (the key holds the whole geometry as text).
  const carriedOver = new Set([...before, ...after].filter((z) => carriedOverKeys.has(zoneKey(z))));
  // Zones of address rules alone have no ground to move.
  const [drawnBefore, drawnAfter] = [before.filter((z) => z.geometry), after.filter((z) => z.geometry)];
  const pairs = findTouchingPairs(drawnBefore.map((z) => boundsOf(partsOf(z.geometry!))), drawnAfter.map((z) => boundsOf(partsOf(z.geometry!))));
  pairs.forEach(([i, j], n) => {
    if (n % 256 === 0) onProgress(n / pairs.length);
    const [old, zone] = [drawnBefore[i]!, drawnAfter[j]!];
    if (schoolKey(old.schoolIds) === schoolKey(zone.schoolIds)) return;
    if (carriedOver.has(old) && carriedOver.has(zone)) return;
    const shared = grid.intersection(oldPaths(old), newPaths(zone));
    if (grid.approxSquareMeters(shared) <= minArea * 0.99) return;
    const parts = grid.toParts(shared);
    const area = areaOf(parts);
    if (area <= minArea) return;
    const key = `${schoolKey(old.schoolIds)}→${schoolKey(zone.schoolIds)}`;
    const move = moves.get(key) ?? { from: sorted(old.schoolIds), to: sorted(zone.schoolIds), parts: [], area: 0 };
    move.parts.push(...parts);
    move.area += area;
    moves.set(key, move);
  });
  return [...moves.values()]
    .map((m) => ({ fromSchoolIds: m.from, toSchoolIds: m.to, areaSquareMeters: roundArea(m.area), geometry: toZoneGeometry(m.parts)! }))
    .sort((a, b) => b.areaSquareMeters - a.areaSquareMeters);
}

/** The fields of EDITABLE_FIELDS whose values differ; text compared without line-ending and edge whitespace noise, school lists as sets. */
export function compareFields(before: ZoneDraft, after: ZoneDraft): ZoneFieldChange[] {
  return EDITABLE_FIELDS.flatMap((field) => {
    const [a, b] = [fieldOf(before, field), fieldOf(after, field)];
    return comparable(field, a) === comparable(field, b) ? [] : [{ field, before: a ?? null, after: b ?? null }];
  });
}

/** `rules` is read where zones carry it (address-rule zones); other fields are ZoneDraft's own. */
function fieldOf(zone: ZoneDraft, field: EditableField): unknown {
  return (zone as unknown as Record<string, unknown>)[field];
}

function comparable(field: EditableField, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (field === 'schoolIds' || field === 'feederSchoolIds') return schoolKey(value as string[]);
  return stableJson(value);
}

/** JSON with object keys sorted, so a stored copy with keys in another order compares equal; arrays keep their order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameGeometry(a: ZoneDraft, b: ZoneDraft): boolean {
  return geometryText(a) === geometryText(b);
}

/** A zone's geometry as JSON, once per zone: the pair loop asks for it per touching pair (4 s of a 2,000-zone diff when recomputed). */
const geometryTexts = new WeakMap<ZoneDraft, string>();
function geometryText(zone: ZoneDraft): string {
  let text = geometryTexts.get(zone);
  if (text === undefined) geometryTexts.set(zone, (text = JSON.stringify(zone.geometry)));
  return text;
}

const sorted = (ids: readonly string[]) => [...ids].sort();
/** Identity of a zone's content: name, ground and schools. */
const zoneKey = (zone: ZoneDraft) => `${zone.name}|${schoolKey(zone.schoolIds)}|${geometryText(zone)}`;
const schoolKey = (ids: readonly string[]) => sorted(ids).join(',');
