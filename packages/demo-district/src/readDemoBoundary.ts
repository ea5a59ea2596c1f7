import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** The published 济宁市 district boundaries (GCJ-02), in the repository's data/district-boundaries; see its README. */
export const DEMO_BOUNDARY_FILE = 'jining-370800-gcj02.geojson';

export interface DemoBoundary {
  /** The feature as published: GCJ-02. Never store it. */
  raw: Feature<MultiPolygon | Polygon>;
  /** The same feature converted to WGS-84, as the services store it. */
  wgs84: Feature<MultiPolygon | Polygon>;
  name: string;
}

/**
 * Reads one district of the 济宁市 boundary file and converts it from GCJ-02 to WGS-84 (there the
 * datum shift is about 500 m). Throws, naming file and code, when the district is not in the file.
 *
 * @example readDemoBoundary('370812').name // '兖州区'
 */
export function readDemoBoundary(districtCode = '370812'): DemoBoundary {
  const file = path.join(findRepoRoot(__dirname), 'data', 'district-boundaries', DEMO_BOUNDARY_FILE);
  const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<MultiPolygon | Polygon, { adcode?: number; name?: string }>;
  const raw = collection.features.find((feature) => String(feature.properties?.adcode) === districtCode);
  if (!raw) throw new Error(`district ${districtCode} is not in ${file}; it holds ${collection.features.map((f) => f.properties?.adcode).join(', ')}`);
  const wgs84: Feature<MultiPolygon | Polygon> = {
    ...raw,
    properties: { ...raw.properties },
    geometry: { ...raw.geometry, coordinates: mapPositions(raw.geometry.coordinates, toWgs84) } as MultiPolygon | Polygon,
  };
  return { raw, wgs84, name: raw.properties?.name ?? districtCode };
}

function toWgs84(position: Position): Position {
  return gcoord.transform([position[0]!, position[1]!], gcoord.GCJ02, gcoord.WGS84) as Position;
}

function mapPositions<T>(value: T, fn: (p: Position) => Position): T {
  if (Array.isArray(value) && typeof value[0] === 'number') return fn(value as Position) as T;
  if (Array.isArray(value)) return value.map((v) => mapPositions(v, fn)) as T;
  return value;
}

/** The folder whose package.json declares the npm workspaces. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && 'workspaces' in (JSON.parse(fs.readFileSync(manifest, 'utf8')) as object)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json with "workspaces" above ${from}; readDemoBoundary must run inside the repository`);
  }
}
