/** Domain types of the school register. Plain data: no mongoose, no Apollo. */
export const STAGES = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'] as const;
export type Stage = (typeof STAGES)[number];
export const OWNERSHIPS = ['PUBLIC', 'PRIVATE'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const SCHOOL_STATUSES = ['OPEN', 'CLOSED', 'PLANNED'] as const;
export type SchoolStatus = (typeof SCHOOL_STATUSES)[number];

/** The fields a bureau maintains: what an import row carries, and what comparisons look at. */
export interface SchoolFields {
  id: string;
  name: string;
  shortName: string | null;
  stages: Stage[];
  ownership: Ownership;
  districtCode: string;
  address: string;
  location: { lng: number; lat: number } | null;
  enquiryPhone: string | null;
  supervisionPhone: string | null;
  petitionAddress: string | null;
  website: string | null;
  status: SchoolStatus;
  /** YYYY-MM-DD; for a PLANNED school, the planned opening. */
  openedOn: string | null;
  /** YYYY-MM-DD; set exactly when status is CLOSED. */
  closedOn: string | null;
  /** Why it closed; set exactly when status is CLOSED. */
  closureReason: string | null;
  sampleData: boolean;
}

/** Names of the maintained fields, in the order reports list them. */
export const SCHOOL_FIELD_NAMES = [
  'id',
  'name',
  'shortName',
  'stages',
  'ownership',
  'districtCode',
  'address',
  'location',
  'enquiryPhone',
  'supervisionPhone',
  'petitionAddress',
  'website',
  'status',
  'openedOn',
  'closedOn',
  'closureReason',
  'sampleData',
] as const satisfies readonly (keyof SchoolFields)[];

/** A stored school: the maintained fields plus bookkeeping (who wrote this version, and when). */
export interface School extends SchoolFields {
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

/**
 * An earlier version of a school, as it was before a write replaced it, with who replaced it, when,
 * and which fields that write changed.
 */
export interface SchoolVersion extends School {
  supersededAt: Date;
  supersededBy: string;
  changedFields: string[];
}

/** A WGS-84 box: west, south, east, north. */
export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface SchoolFilter {
  districtCode?: string | null;
  stage?: Stage | null;
  ownership?: Ownership | null;
  status?: SchoolStatus | null;
  bbox?: BoundingBox | null;
  /** Substring of the name, short name or address (Chinese or Latin; case-insensitive). */
  text?: string | null;
  /** Only these schools (by 10-digit id). */
  ids?: string[] | null;
}
