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
  sampleData: boolean;
}

/** A stored school: the maintained fields plus bookkeeping. */
export interface School extends SchoolFields {
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

export interface SchoolFilter {
  districtCode?: string;
  stage?: Stage;
  status?: SchoolStatus;
}
