import type { Position } from 'geojson';
import type { ZoneGeometry } from './Zone';

/**
 * jsts 2.7.1 (the JavaScript port of JTS, the engine GEOS and so PostGIS derive from) ships a UMD
 * bundle without types: these are the few parts used here. Pinned exactly: later releases are ES
 * modules only, which jest and CommonJS code here cannot load as they stand.
 */
interface JstsGeometry {
  getGeometryN(n: number): JstsGeometry;
  getNumGeometries(): number;
}
interface JstsValidationError {
  getErrorType(): number;
  getCoordinate(): { x: number; y: number } | null;
  getMessage(): string;
}
interface Jsts {
  io: { GeoJSONReader: new () => { read(geometry: unknown): JstsGeometry } };
  operation: { valid: { IsValidOp: new (geometry: JstsGeometry) => { getValidationError(): JstsValidationError | null } } };
}
const jsts = require('jsts') as Jsts;

/** JTS TopologyValidationError types, by the names JTS gives them. */
export const TopologyErrorType = {
  HOLE_OUTSIDE_SHELL: 2,
  NESTED_HOLES: 3,
  DISCONNECTED_INTERIOR: 4,
  SELF_INTERSECTION: 5,
  RING_SELF_INTERSECTION: 6,
  NESTED_SHELLS: 7,
  DUPLICATE_RINGS: 8,
} as const;

export interface TopologyError {
  /** A JTS TopologyValidationError type (see TopologyErrorType; others are possible). */
  type: number;
  /** JTS's wording, e.g. "Ring Self-intersection". */
  message: string;
  /** Where JTS found it, [lng, lat]; null when it names no place. */
  at: Position | null;
}

/**
 * The first OGC simple-features violation in a well-shaped (Multi)Polygon, as JTS IsValidOp (and so
 * GEOS `ST_IsValid`) finds it, or null when it is valid. A hole may touch its shell, and parts may
 * touch each other, at single points; rings may not cross, share an edge, or touch themselves.
 * `part` checks only polygon `part` of a MultiPolygon.
 *
 * @example findTopologyError(bowTie) // { type: 5, message: 'Self-intersection', at: [116.79, 35.55] }
 */
export function findTopologyError(geometry: ZoneGeometry, part?: number): TopologyError | null {
  let read = new jsts.io.GeoJSONReader().read(geometry);
  if (part !== undefined) read = read.getGeometryN(part);
  const error = new jsts.operation.valid.IsValidOp(read).getValidationError();
  if (!error) return null;
  const at = error.getCoordinate();
  return { type: error.getErrorType(), message: error.getMessage(), at: at ? [at.x, at.y] : null };
}
