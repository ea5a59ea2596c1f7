/**
 * The published records the open-data files are made from, as the gateway's public GraphQL API
 * answers them (the fields `fetchPublicRecords` asks for). PUBLIC callers only ever see published
 * versions; the generator still keeps only `status: PUBLISHED` (not SUPERSEDED) rows.
 */
export interface SignedTreeHead {
  districtCode: string;
  treeSize: number;
  rootHash: string;
  timestamp: string;
  signature: string;
}

export interface PublicSchool {
  id: string;
  districtCode: string;
  name: string;
  shortName: string | null;
  stages: string[];
  ownership: string;
  status: string;
  address: string;
  location: { lng: number; lat: number } | null;
  enquiryPhone: string | null;
  supervisionPhone: string | null;
  petitionAddress: string | null;
  website: string | null;
  openedOn: string | null;
  closedOn: string | null;
  closureReason: string | null;
  version: number;
  recordId: string;
  contentHash: string;
  updatedAt: string;
  sampleData: boolean;
  transfers?: PublicTransferReport[];
}

export interface PublicCatchment {
  id: string;
  districtCode: string;
  year: number;
  stage: string;
  name: string;
  boundaryText: string | null;
  geometry: unknown;
  rules: { kind: string; text: string; note: string | null }[];
  allocationMethod: string;
  schools: { id: string }[];
  feederSchools: { id: string }[];
  status: string;
  version: number;
  publishedAt: string | null;
  sourceDocument: string | null;
  sampleData: boolean;
  recordId: string | null;
  contentHash: string | null;
}

interface Versioned {
  status: string;
  version: number;
  correctionReason: string | null;
  publishedAt: string;
  sampleData: boolean;
}

export interface PublicEnrolmentPlan extends Versioned {
  id: string;
  school: { id: string; name: string };
  year: number;
  stage: string;
  plannedSeats: number;
  plannedClasses: number | null;
  recordId: string;
  contentHash: string | null;
}

export interface PublicAdmissionResult extends Versioned {
  id: string;
  school: { id: string; name: string };
  year: number;
  stage: string;
  round: number;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  cutoffScore: number | null;
  fillRate: number | null;
  explanation: { reasonCode: string; text: string } | null;
  preferential: { category: string; count: number; policyDocumentNumber: string }[];
  recordId: string;
  contentHash: string | null;
}

export interface PublicTransferReport extends Versioned {
  id: string;
  year: number;
  term: string;
  transfersIn: { reason: string; count: number }[];
  transfersOut: { reason: string; count: number }[];
}

/** A transfer report with the school it belongs to (the API nests reports under School). */
export type PublicTransferRow = PublicTransferReport & { school: { id: string; name: string } };

/** Everything one district-year's files are made from, and the head it was read at. */
export interface PublicRecords {
  head: SignedTreeHead;
  district: { code: string; name: string; sampleData: boolean };
  year: number;
  catchments: PublicCatchment[];
  schools: PublicSchool[];
  plans: PublicEnrolmentPlan[];
  results: PublicAdmissionResult[];
  transfers: PublicTransferRow[];
}
