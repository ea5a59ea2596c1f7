/** Shapes of the YearData query's answer (see fetchYearData); names as in the GraphQL schema. */
import type { Geometry } from 'geojson';
import type { Stage, ZonedStage } from '../DistrictMap';

export interface Zone {
  id: string;
  name: string;
  year: number;
  stage: ZonedStage;
  boundaryText: string | null;
  allocationMethod: 'NEAREST' | 'LOTTERY';
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';
  version: number;
  publishedAt: string | null;
  sampleData: boolean;
  geometry: Geometry;
  schools: { id: string }[];
  feederSchools: { id: string }[];
}

export interface TimetablePhase {
  phase: string;
  startsOn: string;
  endsOn: string;
}

export interface EnrolmentRules {
  id: string;
  year: number;
  stage: ZonedStage;
  title: string;
  documentNumber: string | null;
  issuedOn: string | null;
  body: string | null;
  interpretation: string | null;
  /** https link to the document as the bureau published it. */
  sourceUrl: string | null;
  /** https link to the official interpretation. */
  interpretationUrl: string | null;
  eligibility: string[];
  papers: string[];
  migrantEligibility: string[];
  migrantPapers: string[];
  timetable: TimetablePhase[];
  admissionMethod: string;
  consultationPhone: string | null;
  supervisionPhone: string | null;
  petitionAddress: string | null;
  status: 'PUBLISHED' | 'SUPERSEDED';
  version: number;
  publishedAt: string;
  sampleData: boolean;
}

export interface AdmissionResult {
  schoolId: string;
  year: number;
  stage: Stage;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  cutoffScore: number | null;
  explanation: { reasonCode: string; text: string } | null;
  fillRate: number | null;
  publishedAt: string;
}

/** When a stage's rules of another year were issued and published (for "when are next year's rules expected"). */
export interface RulesDate {
  year: number;
  issuedOn: string | null;
  publishedAt: string;
}

/** Everything the answer panel needs for one school year, loaded once per year. */
export interface YearData {
  year: number;
  zones: Record<ZonedStage, Zone[]>;
  rules: Record<ZonedStage, EnrolmentRules | null>;
  /** Per stage, the rules of the year before and of the year after (null when not published), dates only. */
  rulesCalendar: Record<ZonedStage, { previous: RulesDate | null; next: RulesDate | null }>;
  /** This year and the two before, every stage (senior cut-off scores included). */
  results: AdmissionResult[];
  /** Parts that failed to load (e.g. admissions down), as the gateway said; the rest is still shown. */
  problems: string[];
}
