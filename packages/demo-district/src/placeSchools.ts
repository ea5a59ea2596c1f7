import type { Random } from './createRandom';
import { area, bboxOf, containsPoint, distance, distanceToEdges, type MultiPolygonXY, type XY } from './planarGeometry';

/** What a generated school is; it decides its stages, ownership, name and whether it gets a zone. */
export type SchoolKind = 'PRIMARY' | 'NINE_YEAR' | 'PRIVATE_PRIMARY' | 'JUNIOR' | 'SENIOR';

export interface PlacedSchool {
  kind: SchoolKind;
  xy: XY;
}

export interface SchoolCounts {
  /** Schools offering PRIMARY, nine-year and private ones included. */
  primary: number;
  /** Schools offering JUNIOR, nine-year ones included. */
  junior: number;
  senior: number;
}

// The spacing a real district has between schools of one stage; shrunk for benchmark-sized counts.
const MAX_SPACING = 800;
// Fraction of the spacing random sequential placement can still reach quickly (its jamming limit is
// about 1.2 × √(area per school)); margins to the border and other stages scale with it.
const SPACING_FACTOR = 0.55;
const ATTEMPTS_PER_SPACING = 4000;

/**
 * How many nine-year (九年一贯制) schools: they count towards both PRIMARY and JUNIOR.
 *
 * @example nineYearCount({ primary: 30, junior: 12, senior: 3 }) // 2
 */
export function nineYearCount({ primary, junior }: SchoolCounts): number {
  return primary >= 20 && junior >= 4 ? 2 : 1;
}

/**
 * Places the schools inside the boundary by seeded rejection sampling: schools of a stage at least
 * min(800 m, 0.55 × √(area ÷ count)) apart, any two schools 150 m apart at least, none hugging the
 * district border. When a site cannot be found, that stage's spacing shrinks by 10 % and the search
 * goes on, so large counts still finish. Returned in this order: PRIMARY, NINE_YEAR,
 * PRIVATE_PRIMARY, JUNIOR, SENIOR (the order school codes are given out in).
 *
 * @example placeSchools(boundary, { primary: 30, junior: 12, senior: 3 }, random) // 43 schools
 */
export function placeSchools(boundary: MultiPolygonXY, counts: SchoolCounts, random: Random): PlacedSchool[] {
  const nineYear = nineYearCount(counts);
  const plan: SchoolKind[] = [
    ...Array<SchoolKind>(counts.primary - nineYear - 1).fill('PRIMARY'),
    ...Array<SchoolKind>(nineYear).fill('NINE_YEAR'),
    'PRIVATE_PRIMARY',
    ...Array<SchoolKind>(counts.junior - nineYear).fill('JUNIOR'),
    ...Array<SchoolKind>(counts.senior).fill('SENIOR'),
  ];
  const districtArea = area(boundary);
  const spacingFor = (n: number) => Math.min(MAX_SPACING, SPACING_FACTOR * Math.sqrt(districtArea / Math.max(1, n)));
  const stages = {
    primary: { spacing: spacingFor(counts.primary), sites: new PointGrid(spacingFor(counts.primary)) },
    junior: { spacing: spacingFor(counts.junior), sites: new PointGrid(spacingFor(counts.junior)) },
    senior: { spacing: spacingFor(counts.senior), sites: new PointGrid(spacingFor(counts.senior)) },
  };
  const all = new PointGrid(stages.primary.spacing);
  const [minX, minY, maxX, maxY] = bboxOf(boundary);

  return plan.map((kind) => {
    const own = kind === 'SENIOR' ? [stages.senior] : kind === 'JUNIOR' ? [stages.junior] : kind === 'NINE_YEAR' ? [stages.primary, stages.junior] : [stages.primary];
    for (let attempt = 1; ; attempt++) {
      const spacing = Math.min(...own.map((stage) => stage.spacing));
      const xy: XY = [random.between(minX, maxX), random.between(minY, maxY)];
      const fits =
        containsPoint(boundary, xy) &&
        own.every((stage) => !stage.sites.hasWithin(xy, stage.spacing)) &&
        !all.hasWithin(xy, Math.min(150, spacing / 3)) &&
        distanceToEdges(xy, boundary) >= Math.min(300, spacing / 3);
      if (fits) {
        own.forEach((stage) => stage.sites.add(xy));
        all.add(xy);
        return { kind, xy };
      }
      if (attempt % ATTEMPTS_PER_SPACING === 0) own.forEach((stage) => (stage.spacing *= 0.9));
    }
  });
}

/** Points bucketed in square cells, so "is any point within r?" looks at a few cells, not all. */
class PointGrid {
  private readonly cells = new Map<string, XY[]>();
  constructor(private readonly size: number) {}

  add(p: XY): void {
    const key = this.keyOf(Math.floor(p[0] / this.size), Math.floor(p[1] / this.size));
    const bucket = this.cells.get(key);
    if (bucket) bucket.push(p);
    else this.cells.set(key, [p]);
  }

  hasWithin(p: XY, radius: number): boolean {
    const reach = Math.ceil(radius / this.size);
    const cx = Math.floor(p[0] / this.size);
    const cy = Math.floor(p[1] / this.size);
    for (let x = cx - reach; x <= cx + reach; x++) {
      for (let y = cy - reach; y <= cy + reach; y++) {
        if (this.cells.get(this.keyOf(x, y))?.some((q) => distance(p, q) < radius)) return true;
      }
    }
    return false;
  }

  private keyOf(x: number, y: number): string {
    return `${x},${y}`;
  }
}
