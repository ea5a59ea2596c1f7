/** Shapes of the DistrictMap query's answer (see fetchDistrictMap); names as in the GraphQL schema. */
import type { Geometry } from 'geojson';

export type Stage = 'KINDERGARTEN' | 'PRIMARY' | 'JUNIOR' | 'SENIOR';
/** The stages that have catchments, answered for every home. */
export type ZonedStage = 'PRIMARY' | 'JUNIOR';
export const ZONED_STAGES: readonly ZonedStage[] = ['PRIMARY', 'JUNIOR'];

export interface MapSchool {
  id: string;
  name: string;
  shortName: string | null;
  stages: Stage[];
  ownership: 'PUBLIC' | 'PRIVATE';
  address: string;
  enquiryPhone: string | null;
  supervisionPhone?: string | null;
  petitionAddress?: string | null;
  website?: string | null;
  location: { lng: number; lat: number } | null;
  sampleData: boolean;
}

/** The bureau's public contacts (when the bureau gave them with the boundary). */
export interface BureauContact {
  department: string;
  enquiryPhone: string | null;
  supervisionPhone: string | null;
  address: string | null;
  website: string | null;
}

export interface District {
  code: string;
  name: string;
  sampleData: boolean;
  /** GeoJSON geometry (MultiPolygon, WGS-84, [lng, lat]); null when no outline is published yet. */
  boundary: Geometry | null;
  contact?: BureauContact | null;
}

/** One version of a district's zones for a year and stage (published or superseded; drafts are never public). */
export interface ZoneSetSummary {
  year: number;
  stage: Stage;
  version: number;
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';
  publishedAt: string | null;
  sourceDocument: string | null;
}

export interface DistrictMap {
  district: District;
  schools: MapSchool[];
  zoneSets: ZoneSetSummary[];
}
