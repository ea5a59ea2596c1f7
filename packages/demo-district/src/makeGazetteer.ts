import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { createRandom, type Random } from './createRandom';
import type { CatchmentProperties, DemoDistrict } from './DemoDistrict';
import { roundDegrees } from './roundDegrees';

/** One row of a gazetteer CSV, as the catchments service's `importGazetteer` reads it. */
export interface GazetteerCsvRow {
  kind: 'COMPOUND' | 'STREET_RANGE';
  name: string;
  aliases: string[];
  from: number | null;
  to: number | null;
  parity: 'ODD' | 'EVEN' | null;
  lng: number | null;
  lat: number | null;
  /** Zone names (stable across versions of a zone set), or null: the polygon decides. */
  primaryZone: string | null;
  juniorZone: string | null;
}

export interface GazetteerOptions {
  seed?: number;
  /** Compounds per single-school PRIMARY zone. Default 2. */
  compoundsPerZone?: number;
  /** Streets along shared zone edges (odd numbers one side, even the other). Default 8. */
  streets?: number;
}

const COMPOUND_NAMES = [
  '幸福', '龙城', '九州', '鼓楼', '兴隆', '金桥', '阳光', '东方', '翰林', '书香', '御景', '锦绣', '泗河', '少陵',
  '文化', '青莲', '华府', '丽景', '和平', '建业', '中央', '铁路', '新华', '益民', '惠民', '颜店', '漕河',
];
const COMPOUND_SUFFIXES = ['小区', '花园', '家园', '新村', '苑', '公寓', '华庭', '名城'];
const STREET_NAMES = ['建设路', '九州路', '鼓楼大街', '兴隆路', '龙桥路', '中御桥路', '府前街', '文化路', '建设东路', '少陵路', '西御桥路', '东方大道'];
/** A compound's point is at least this far inside its zone, so the polygon answer is unambiguous. */
const MARGIN_METRES = 60;
const HEADER = ['kind', 'name', 'aliases', 'from', 'to', 'parity', 'lng', 'lat', 'primaryZone', 'juniorZone'];

/**
 * A sample gazetteer (地名地址库) for a generated district: residential compounds placed well inside
 * single-school PRIMARY zones (every other one explicitly assigned to its PRIMARY and JUNIOR zone by
 * name, the rest left to the polygon), and streets along shared PRIMARY edges whose 单号 belong to
 * the zone on one side and 双号 to the zone on the other (e.g. 建设路 1–99 单号 → zone A, 2–98 双号 →
 * zone B). Pure and seeded like the rest of the package. Import with `sampleData: true`.
 *
 * @example makeGazetteer(generateDistrict({ boundary, districtCode: '370812', districtName: '兖州区' })).csv
 * // 'kind,name,aliases,from,to,parity,lng,lat,primaryZone,juniorZone\nCOMPOUND,幸福小区,幸福,,,,116.80…'
 */
export function makeGazetteer(demo: DemoDistrict, options: GazetteerOptions = {}): { rows: GazetteerCsvRow[]; csv: string } {
  const random = createRandom(options.seed ?? 1, 'gazetteer');
  const primary = demo.catchments.PRIMARY.features;
  const junior = demo.catchments.JUNIOR.features;
  const names = compoundNames(random);
  const rows: GazetteerCsvRow[] = [];

  primary.filter((zone) => zone.properties.schools.length === 1).forEach((zone) => {
    for (let i = 0; i < (options.compoundsPerZone ?? 2); i++) {
      const point = pointInside(zone, random);
      const name = names.next().value as string;
      if (!point) break;
      const assigned = rows.length % 2 === 0;
      rows.push({
        kind: 'COMPOUND', name, aliases: [name.replace(/(?:小区|花园|家园|新村|苑|公寓|华庭|名城)$/, '')], from: null, to: null, parity: null,
        lng: point[0]!, lat: point[1]!,
        primaryZone: assigned ? zone.properties.name : null,
        juniorZone: assigned ? (junior.find((j) => turf.booleanPointInPolygon(point, j))?.properties.name ?? null) : null,
      });
    }
  });

  for (const [a, b] of random.shuffle(adjacentPairs(primary)).slice(0, Math.min(options.streets ?? 8, STREET_NAMES.length))) {
    const street = STREET_NAMES[rows.filter((r) => r.kind === 'STREET_RANGE').length / 2]!;
    const last = 2 * random.int(20, 80);
    rows.push(streetRange(street, 1, last - 1, 'ODD', primary[a]!.properties.name));
    rows.push(streetRange(street, 2, last, 'EVEN', primary[b]!.properties.name));
  }
  return { rows, csv: [HEADER, ...rows.map(toCells)].map((cells) => cells.map(quote).join(',')).join('\n') + '\n' };
}

function streetRange(name: string, from: number, to: number, parity: 'ODD' | 'EVEN', zone: string): GazetteerCsvRow {
  return { kind: 'STREET_RANGE', name, aliases: [], from, to, parity, lng: null, lat: null, primaryZone: zone, juniorZone: null };
}

function* compoundNames(random: Random): Generator<string> {
  const used = new Set<string>();
  for (let round = 1; ; round++) {
    for (const stem of random.shuffle(COMPOUND_NAMES)) {
      const name = `${stem}${random.pick(COMPOUND_SUFFIXES)}${round > 1 ? `${round}期` : ''}`;
      if (!used.has(name)) {
        used.add(name);
        yield name;
      }
    }
  }
}

/** A point inside the zone at least MARGIN_METRES from its edges, or null if 200 tries find none. */
function pointInside(zone: Feature<Polygon | MultiPolygon, CatchmentProperties>, random: Random): Position | null {
  const [minX, minY, maxX, maxY] = turf.bbox(zone);
  const outline = turf.polygonToLine(zone);
  const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
  for (let attempt = 0; attempt < 200; attempt++) {
    const point = [roundDegrees(random.between(minX, maxX), 6), roundDegrees(random.between(minY, maxY), 6)];
    if (!turf.booleanPointInPolygon(point, zone)) continue;
    if (lines.every((line) => turf.pointToLineDistance(point, line as never, { units: 'meters' }) >= MARGIN_METRES)) return point;
  }
  return null;
}

/** Pairs of zones sharing an edge: the generator gives neighbours identical vertices along it. */
function adjacentPairs(zones: Feature<Polygon | MultiPolygon, CatchmentProperties>[]): [number, number][] {
  const owners = new Map<string, Set<number>>();
  zones.forEach((zone, i) => {
    for (const position of turf.coordAll(zone)) {
      const key = `${position[0]},${position[1]}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(i));
    }
  });
  const shared = new Map<string, number>();
  for (const set of owners.values()) {
    const list = [...set].sort((x, y) => x - y);
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const key = `${list[i]}-${list[j]}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  return [...shared].filter(([, n]) => n >= 3).map(([key]) => key.split('-').map(Number) as [number, number]);
}

function toCells(row: GazetteerCsvRow): string[] {
  return [row.kind, row.name, row.aliases.join('|'), row.from, row.to, row.parity, row.lng, row.lat, row.primaryZone, row.juniorZone].map((v) => (v == null ? '' : String(v)));
}

function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
