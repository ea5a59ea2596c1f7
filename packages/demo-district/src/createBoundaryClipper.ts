import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bboxesOverlap, bboxOf, containsPoint, type BBox, type MultiPolygonXY, type PolygonXY, type XY } from './planarGeometry';

/** Clips one polygon to the district boundary; [] when nothing of it lies inside. */
export type BoundaryClipper = (polygon: PolygonXY) => MultiPolygonXY;

/**
 * Prepares clipping to a boundary (in local metres). Most cells of a large diagram lie wholly inside
 * or wholly outside the district, and a polygon overlay costs milliseconds, so a cell whose box meets
 * no boundary edge is decided by one point-in-polygon test and only the rest go to turf.intersect.
 *
 * @example const clip = createBoundaryClipper(boundary); clip(cell) // the part of cell inside
 */
export function createBoundaryClipper(boundary: MultiPolygonXY): BoundaryClipper {
  const edgeBoxes: BBox[] = [];
  for (const polygon of boundary) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) edgeBoxes.push(bboxOf([ring[i - 1]!, ring[i]!]));
    }
  }
  const boundaryFeature = turf.multiPolygon(boundary);
  return (polygon) => {
    const box = bboxOf([polygon]);
    if (!edgeBoxes.some((edge) => bboxesOverlap(box, edge))) {
      return containsPoint(boundary, polygon[0]![0]!) ? [polygon] : [];
    }
    const clipped = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([turf.polygon(polygon), boundaryFeature]));
    return clipped ? toMultiPolygonXY(clipped) : [];
  };
}

/** The coordinates of a (Multi)Polygon feature as MultiPolygonXY. */
export function toMultiPolygonXY(feature: Feature<Polygon | MultiPolygon>): MultiPolygonXY {
  const geometry = feature.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.map((p) => [p[0]!, p[1]!] as XY)));
}
