import gcoord from 'gcoord';

/** Coordinate systems accepted on input. Everything is stored and served as WGS84. */
export type Crs = 'WGS84' | 'GCJ02' | 'BD09';
export type Position = [number, number];

const systems = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/**
 * Converts one [lng, lat] position to WGS-84.
 *
 * @example toWgs84([116.8, 35.55], 'GCJ02') // ≈ [116.795, 35.551]: GCJ-02 is ~500 m east here
 */
export function toWgs84(position: Position, crs: Crs): Position {
  if (crs === 'WGS84') return [position[0], position[1]];
  const [lng, lat] = gcoord.transform([position[0], position[1]], systems[crs], gcoord.WGS84) as Position;
  return [lng, lat];
}

/** Converts every position of a (Multi)Polygon's coordinate array to WGS-84, returning a copy. */
export function toWgs84Coordinates<T>(coordinates: T, crs: Crs): T {
  if (crs === 'WGS84') return structuredClone(coordinates);
  return mapPositions(coordinates, (p) => toWgs84(p, crs)) as T;
}

function mapPositions(value: unknown, fn: (p: Position) => Position): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return fn(value as Position);
  if (Array.isArray(value)) return value.map((v) => mapPositions(v, fn));
  return value;
}
