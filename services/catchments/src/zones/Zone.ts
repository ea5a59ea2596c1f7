import type { Crs } from '@zsgk/geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AddressRule } from '../rules';

/** Domain types of catchment zones. Plain data: no mongoose, no Apollo. */
export const STAGES = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'] as const;
export type Stage = (typeof STAGES)[number];
export const ALLOCATION_METHODS = ['NEAREST', 'LOTTERY'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];
/** CONSULTATION: a draft shown publicly as the draft for comment of a consultation, while it runs; never in force. */
export type CatchmentStatus = 'DRAFT' | 'CONSULTATION' | 'PUBLISHED' | 'SUPERSEDED';
export type ZoneGeometry = Polygon | MultiPolygon;

/** A zone as read from an upload, before it belongs to a stored set. */
export interface ZoneDraft {
  name: string;
  boundaryText: string | null;
  /** Null for a zone defined by its address rules alone (对口地段表, 四至 text without a map). */
  geometry: ZoneGeometry | null;
  /** Ordered address rules, authoritative where the zone also has a polygon; absent or empty for a drawn-only zone. */
  rules?: AddressRule[];
  schoolIds: string[];
  allocationMethod: AllocationMethod;
  feederSchoolIds: string[];
}

/** A stored zone: one member of one zone set. */
export interface Zone extends ZoneDraft {
  id: string;
  setId: string;
  districtCode: string;
  year: number;
  stage: Stage;
  version: number;
  uploadedCrs: Crs;
  sampleData: boolean;
  /** The set's source document (title and 文号), copied onto each zone; absent on older zones. */
  sourceDocument?: string | null;
}

/** The zones of one district, year and stage, as drafted together and published together. */
export interface ZoneSet {
  id: string;
  districtCode: string;
  year: number;
  stage: Stage;
  version: number;
  sourceDocument: string | null;
  createdAt: Date;
  createdBy: string;
  /** First publication time; stays set after the set is superseded. */
  publishedAt: Date | null;
  sampleData: boolean;
}

/** A drafted set published as the draft for comment (征求意见稿) of a consultation. */
export interface ZoneSetConsultation {
  consultationId: string;
  /** Last day of the comment window (YYYY-MM-DD, Beijing). */
  closesOn: string;
  /** Id of that publication (ZONE_SET_CONSULTATION:<district>:<year>:<stage>@v<n>), as the log names it. */
  recordId: string;
  /** Live: the window runs and neither this set nor a later version of it is published. */
  open: boolean;
}

/** A zone set with its lifecycle status (derived from the publication documents), as served. */
export interface ZoneSetView extends ZoneSet {
  status: CatchmentStatus;
  /** Its latest publication as a draft for comment, if it ever was one; null otherwise. */
  consultation?: ZoneSetConsultation | null;
}

/** A draft set whose publication for comment is live, with its zones as the public sees them (status CONSULTATION). */
export interface DraftInConsultation {
  set: ZoneSetView;
  consultation: ZoneSetConsultation;
  zones: Catchment[];
}

/** A zone with its lifecycle status, as served. */
export interface Catchment extends Zone {
  status: CatchmentStatus;
  publishedAt: Date | null;
}

/** The education bureau's public contacts, shown when an address falls in no zone. */
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
  boundary: ZoneGeometry;
  uploadedCrs: Crs;
  sampleData: boolean;
  /** Given with the boundary import; null until the bureau provides it. */
  contact: BureauContact | null;
}
