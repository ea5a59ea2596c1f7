import { BoundaryIndex } from './BoundaryIndex';
import { findDistrictAt } from './findDistrictAt';
import { isSliver } from './isSliver';
import { insideAndNearEdge, packGeometry } from './packedGeometry';
import { areaOf, boundsOf, boundsOverlap, differenceOf, intersectionOf, partsOf, type Parts } from './polygonSet';
import type { District, ZoneGeometry } from './Zone';

/** A shape that lies partly outside its district's boundary (beyond the tolerance). */
export interface GroundOutside {
  /** Position of the shape in the list given. */
  index: number;
  name: string;
  /** Area outside the boundary and farther than the tolerance from it, m² (rounded). */
  outsideSquareMeters: number;
  /** Other stored districts that ground lies in. */
  intoDistricts: string[];
}

/**
 * Which shapes reach beyond a district's boundary by more than `toleranceMeters`. Fast on the usual
 * answer ("all inside"): a shape is inside when each of its vertices is inside the boundary or
 * within the tolerance of it, and no boundary vertex lies inside the shape farther than the
 * tolerance from its edge (the boundary would then cut through it). Only shapes failing that are
 * clipped exactly (polyclip); of what lies outside, pieces no wider than the tolerance on average
 * are digitising slivers and left out.
 *
 * @example findGroundOutsideDistrict([{ name: '西区', geometry }], yanzhou, [rencheng], 50) // [] when 西区 lies in 兖州区
 */
export function findGroundOutsideDistrict(
  shapes: readonly { name: string; geometry: ZoneGeometry }[],
  district: District,
  others: readonly District[],
  toleranceMeters: number,
): GroundOutside[] {
  const index = new BoundaryIndex(district.boundary);
  const pad = toleranceMeters / 90_000; // degrees; generous at Chinese latitudes
  const reach = [index.bbox[0] - pad, index.bbox[1] - pad, index.bbox[2] + pad, index.bbox[3] + pad];
  let boundaryParts: Parts | null = null;
  const found: GroundOutside[] = [];
  shapes.forEach((shape, i) => {
    const parts = partsOf(shape.geometry);
    const bounds = boundsOf(parts);
    let outside: Parts;
    if (!boundsOverlap(bounds, reach)) outside = parts;
    else if (liesWithin(shape.geometry, parts, bounds, index, toleranceMeters)) return;
    else {
      boundaryParts ??= partsOf(district.boundary);
      outside = differenceOf(parts, boundaryParts).filter((piece) => !isSliver(piece, toleranceMeters));
    }
    const outsideSquareMeters = Math.round(areaOf(outside));
    if (outsideSquareMeters < 1) return;
    const into = new Set<string>();
    for (const piece of outside) {
      const far = piece[0]!.find(([x, y]) => !index.nearEdge(x!, y!, toleranceMeters)) ?? piece[0]![0]!;
      const neighbour = findDistrictAt(others, far[0]!, far[1]!);
      if (neighbour && neighbour.code !== district.code) into.add(neighbour.code);
    }
    found.push({ index: i, name: shape.name, outsideSquareMeters, intoDistricts: [...into].sort() });
  });
  return found;
}

function liesWithin(geometry: ZoneGeometry, parts: Parts, bounds: number[], index: BoundaryIndex, toleranceMeters: number): boolean {
  for (const polygon of parts) {
    for (const ring of polygon) {
      for (const [x, y] of ring) if (!index.insideOrNear(x!, y!, toleranceMeters)) return false;
    }
  }
  const packed = packGeometry(geometry);
  return index.verticesIn(bounds).every(([x, y]) => {
    const { inside, nearEdgeMeters } = insideAndNearEdge(x!, y!, packed, toleranceMeters);
    return !inside || nearEdgeMeters !== null;
  });
}

/**
 * Ground of `geometry` inside `district`'s boundary, m² (rounded), leaving out pieces no wider than
 * the tolerance on average (two districts' boundaries drawn from different sources overlap so).
 */
export function groundInsideDistrict(geometry: ZoneGeometry, district: District, toleranceMeters: number): number {
  const parts = partsOf(geometry);
  const theirs = partsOf(district.boundary);
  if (!boundsOverlap(boundsOf(parts), boundsOf(theirs))) return 0;
  return Math.round(areaOf(intersectionOf(parts, theirs).filter((piece) => !isSliver(piece, toleranceMeters))));
}
