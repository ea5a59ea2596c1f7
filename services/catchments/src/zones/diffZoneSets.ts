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
  /** Same-named zones that kept their ground (they may still be in `edited`). */
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
    edited: [],
    unchanged: 0,
    areaMoved: [],
  };
  for (const zone of after) {
    const old = oldByName.get(zone.name);
    if (!old) continue;
    const changes = compareFields(old, zone);
    if (changes.length) diff.edited.push({ before: old, after: zone, changes });
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
  return JSON.stringify(a.geometry) === JSON.stringify(b.geometry);
}

const sorted = (ids: readonly string[]) => [...ids].sort();
/** Identity of a zone's content: name, ground and schools. */
const zoneKey = (zone: ZoneDraft) => `${zone.name}|${schoolKey(zone.schoolIds)}|${JSON.stringify(zone.geometry)}`;
const schoolKey = (ids: readonly string[]) => sorted(ids).join(',');
