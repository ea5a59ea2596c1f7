import turfArea from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import type { ZoneGeometry } from './Zone';

/**
 * Set operations on zone geometry (union, intersection, difference) over polyclip-ts, which keeps
 * untouched vertices exactly as given and reads self-crossing rings even-odd, like the
 * point-in-polygon test. Everything here works on the parts of a (Multi)Polygon as a MultiPolygon's
 * coordinates; `toZoneGeometry` turns the result back into the smallest GeoJSON type.
 */
export type Parts = Position[][][];

type Geom = Parameters<typeof polyclip.union>[0];

/** The polygons of a Polygon or MultiPolygon, as MultiPolygon coordinates; none for a zone without geometry (rules only). */
export function partsOf(geometry: ZoneGeometry | null): Parts {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function unionOf(...geometries: Parts[]): Parts {
  if (geometries.length === 0) return [];
  const [first, ...rest] = geometries as unknown as Geom[];
  return polyclip.union(first!, ...rest) as Parts;
}

export function intersectionOf(a: Parts, b: Parts): Parts {
  return polyclip.intersection(a as unknown as Geom, b as unknown as Geom) as Parts;
}

export function differenceOf(a: Parts, ...b: Parts[]): Parts {
  return polyclip.difference(a as unknown as Geom, ...(b as unknown as Geom[])) as Parts;
}

/** Polygon for one part, MultiPolygon for several, null for none. */
export function toZoneGeometry(parts: Parts): ZoneGeometry | null {
  if (parts.length === 0) return null;
  return parts.length === 1 ? ({ type: 'Polygon', coordinates: parts[0]! } satisfies Polygon) : ({ type: 'MultiPolygon', coordinates: parts } satisfies MultiPolygon);
}

/** Geodesic area in m² (turf: outer rings minus holes). */
export function areaOf(parts: Parts): number {
  return parts.length ? turfArea({ type: 'MultiPolygon', coordinates: parts }) : 0;
}

/** Bounding box [minX, minY, maxX, maxY] of some parts. */
export function boundsOf(parts: Parts): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const polygon of parts) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x! < minX) minX = x!;
      if (y! < minY) minY = y!;
      if (x! > maxX) maxX = x!;
      if (y! > maxY) maxY = y!;
    }
  }
  return [minX, minY, maxX, maxY];
}

export function boundsOverlap(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
}

/**
 * Shoelace area of a closed ring in degrees² (only the sign and zero matter): positive when the ring
 * runs counter-clockwise, zero when it encloses nothing.
 */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

/** Rounds an area for reports: whole square metres. */
export function roundArea(squareMeters: number): number {
  return Math.round(squareMeters);
}
