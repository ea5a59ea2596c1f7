/** Shapes of the DistrictMap query's answer (see fetchDistrictMap); names as in the GraphQL schema. */
import type { Geometry } from 'geojson';

export type Stage = 'KINDERGARTEN' | 'PRIMARY' | 'JUNIOR' | 'SENIOR';

export interface MapSchool {
  id: string;
  name: string;
  shortName: string | null;
  stages: Stage[];
  ownership: 'PUBLIC' | 'PRIVATE';
  address: string;
  enquiryPhone: string | null;
  location: { lng: number; lat: number } | null;
  sampleData: boolean;
}

export interface District {
  code: string;
  name: string;
  sampleData: boolean;
  /** GeoJSON geometry (MultiPolygon, WGS-84, [lng, lat]); null when no outline is published yet. */
  boundary: Geometry | null;
}

export interface DistrictMap {
  district: District;
  schools: MapSchool[];
}
