/** Shapes of the SchoolPage query's answer (see fetchSchoolPage); names as in the GraphQL schema. */
import type { Geometry } from 'geojson';
import type { Stage } from '../DistrictMap';

/** What every published admissions record carries: its version, why it replaced the one before, and when. */
export interface Published {
  id: string;
  version: number;
  /** Why this version replaced the one before (published with it); null for a first version. */
  correctionReason: string | null;
  publishedAt: string;
  sampleData: boolean;
}

/** The version's id as the publication log names it, and the lowercase hex SHA-256 of its content as stored now (null if missing from the store). */
export interface Hashed {
  recordId: string;
  contentHash: string | null;
}

export type PolicyStatus = 'DRAFT' | 'NOT_YET_IN_FORCE' | 'IN_FORCE' | 'EXPIRED';

export interface PolicyDocument {
  id: string;
  documentNumber: string;
  title: string;
  issuer: string;
  categories: string[];
  effectiveFrom: string;
  effectiveUntil: string | null;
  body: string | null;
  interpretation: string | null;
  interpretationUrl: string | null;
  publishedAt: string | null;
  version: number;
  recordId: string | null;
  /** Hash of the version in force (`recordId`); null for a draft. */
  contentHash: string | null;
  versionPublishedAt: string | null;
  correctionReason: string | null;
  status: PolicyStatus;
}

export interface EnrolmentPlan extends Published, Hashed {
  year: number;
  stage: Stage;
  plannedSeats: number;
  plannedClasses: number | null;
}

export interface SchoolAdmission extends Published, Hashed {
  year: number;
  stage: Stage;
  round: number;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  cutoffScore: number | null;
  explanation: { reasonCode: string; text: string } | null;
  preferential: { category: string; count: number; policyDocumentNumber: string; policyDocument: { id: string } | null }[];
}

export interface SchoolRules extends Published, Hashed {
  year: number;
  stage: Stage;
  rules: string[];
  papers: string[];
  notes: string | null;
  consultationPhone: string | null;
}

export interface TransferReport extends Published, Hashed {
  year: number;
  term: 'AUTUMN' | 'SPRING';
  transfersIn: { reason: string; count: number }[];
  transfersOut: { reason: string; count: number }[];
}

export interface NamedList extends Published, Hashed {
  kind: 'POLICY_PREFERENCE' | 'POPULAR_SCHOOL_ADMISSION';
  year: number;
  stage: Stage;
  title: string;
  entryCount: number;
  /** Masked by the service for everyone but the district's bureau; the page never asks for `unmasked`. */
  entries: { name: string; idNumber: string | null; category: string | null; masked: boolean }[];
}

/** An address rule of a zone (对口地段表 row or 四至 line), as published. */
export interface ZoneRule {
  kind: 'ROAD' | 'PLACE' | 'UNIT' | 'EXCLUSION';
  text: string;
  note: string | null;
}

export interface SchoolZone extends Hashed {
  id: string;
  name: string;
  year: number;
  stage: Stage;
  boundaryText: string | null;
  allocationMethod: 'NEAREST' | 'LOTTERY';
  version: number;
  publishedAt: string | null;
  geometry: Geometry | null;
  rules: ZoneRule[];
  schools: { id: string }[];
}

export interface SchoolRecord {
  id: string;
  districtCode: string;
  name: string;
  shortName: string | null;
  stages: Stage[];
  ownership: 'PUBLIC' | 'PRIVATE';
  address: string;
  location: { lng: number; lat: number } | null;
  enquiryPhone: string | null;
  supervisionPhone: string | null;
  petitionAddress: string | null;
  website: string | null;
  status: 'OPEN' | 'CLOSED' | 'PLANNED';
  sampleData: boolean;
  version: number;
  recordId: string;
  contentHash: string;
  updatedAt: string;
  enrolmentPlans: EnrolmentPlan[];
  admissions: SchoolAdmission[];
  schoolRules: SchoolRules[];
  transfers: TransferReport[];
  namedLists: NamedList[];
  catchments: SchoolZone[];
}

/** An earlier version of a corrected record, with the fields the page compares. */
export type EarlierVersion = Record<string, unknown> & { version: number; status: string };

export interface SchoolPage {
  school: SchoolRecord;
  /** The district's published policy documents (expired ones included, marked 已失效). */
  policyDocuments: PolicyDocument[];
  /** By record id: the version before it, for every record in its second or later version. */
  previous: Map<string, EarlierVersion>;
  /** The school year whose zones and school rules are shown. */
  year: number;
}
