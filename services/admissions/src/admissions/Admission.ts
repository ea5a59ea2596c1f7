/** Domain types of enrolment rules and admission results. Plain data: no mongoose, no Apollo. */
export const STAGES = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'] as const;
export type Stage = (typeof STAGES)[number];
export const DISCREPANCY_REASONS = ['UNDER_APPLIED', 'OVER_APPLIED_LOTTERY', 'POLICY_PREFERENCE', 'OTHER'] as const;
export type PublicationStatus = 'PUBLISHED' | 'SUPERSEDED';

/** Bookkeeping every published record carries. */
export interface Published {
  id: string;
  version: number;
  status: PublicationStatus;
  publishedAt: Date;
  publishedBy: string;
}

export interface RulesFields {
  districtCode: string;
  year: number;
  stage: Stage;
  title: string;
  documentNumber: string | null;
  issuedOn: string | null;
  body: string | null;
  interpretation: string | null;
  eligibility: string[];
  papers: string[];
  migrantEligibility: string[];
  migrantPapers: string[];
  timetable: { phase: string; startsOn: string; endsOn: string }[];
  admissionMethod: string;
  consultationPhone: string | null;
  supervisionPhone: string | null;
  petitionAddress: string | null;
  sampleData: boolean;
}
export type EnrolmentRules = RulesFields & Published;

export interface ResultFields {
  districtCode: string;
  schoolId: string;
  year: number;
  stage: Stage;
  round: number;
  plannedSeats: number;
  applicants: number;
  admitted: number;
  cutoffScore: number | null;
  explanation: { reasonCode: (typeof DISCREPANCY_REASONS)[number]; text: string } | null;
  sampleData: boolean;
}
export type AdmissionResult = ResultFields & Published;

/** The identity of a record across versions: a new version with the same key supersedes the old. */
export const rulesKey = (r: Pick<RulesFields, 'districtCode' | 'year' | 'stage'>) => `${r.districtCode}:${r.year}:${r.stage}`;
export const resultKey = (r: Pick<ResultFields, 'schoolId' | 'year' | 'stage' | 'round'>) => `${r.schoolId}:${r.year}:${r.stage}:${r.round}`;
