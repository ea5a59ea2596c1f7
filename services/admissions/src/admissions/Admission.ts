/** Domain types of enrolment rules and admission results. Plain data: no mongoose, no Apollo. */
export const STAGES = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'SENIOR'] as const;
export type Stage = (typeof STAGES)[number];
export const DISCREPANCY_REASONS = ['UNDER_APPLIED', 'OVER_APPLIED_LOTTERY', 'POLICY_PREFERENCE', 'OTHER'] as const;
export type PublicationStatus = 'PUBLISHED' | 'SUPERSEDED';
/** Categories of preferential admission (政策性照顾); each must cite a published policy document. */
export const PREFERENCE_CATEGORIES = ['MILITARY_FAMILY', 'MARTYR_CHILD', 'HIGH_LEVEL_TALENT', 'FIRE_RESCUE_FAMILY', 'POLICE_FAMILY', 'OTHER'] as const;
export type PreferenceCategory = (typeof PREFERENCE_CATEGORIES)[number];
/** Terms of a school year: AUTUMN (first, from September) and SPRING (second). */
export const TERMS = ['AUTUMN', 'SPRING'] as const;
export type Term = (typeof TERMS)[number];
export const TRANSFER_REASONS = ['FAMILY_MOVE', 'PARENT_JOB', 'HUKOU_CHANGE', 'HEALTH', 'RETURN_TO_HOMETOWN', 'OTHER'] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];

/** Bookkeeping every published record carries. */
export interface Published {
  id: string;
  version: number;
  status: PublicationStatus;
  publishedAt: Date;
  publishedBy: string;
  /** Why this version replaced the one before; null for a first version. */
  correctionReason?: string | null;
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
  sourceUrl: string | null;
  interpretationUrl: string | null;
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
  /** Admissions under preferential policies, by category, each citing a policy document by number. */
  preferential: PreferentialAdmission[];
  sampleData: boolean;
}
export type AdmissionResult = ResultFields & Published;

export interface PreferentialAdmission {
  category: PreferenceCategory;
  count: number;
  policyDocumentNumber: string;
}

/** A school's transfers (转学) in one term, in and out by reason. */
export interface TransferFields {
  districtCode: string;
  schoolId: string;
  /** School year by its autumn: 2025 = 2025–2026. */
  year: number;
  term: Term;
  transfersIn: { reason: TransferReason; count: number }[];
  transfersOut: { reason: TransferReason; count: number }[];
  sampleData: boolean;
}
export type TransferReport = TransferFields & Published;

/** Rules a school adds to its district's enrolment rules (校级招生细则). */
export interface SchoolRulesFields {
  districtCode: string;
  schoolId: string;
  year: number;
  stage: Stage;
  rules: string[];
  papers: string[];
  notes: string | null;
  consultationPhone: string | null;
  sampleData: boolean;
}
export type SchoolRules = SchoolRulesFields & Published;

/** A school's enrolment plan (招生计划) for one year and stage, published before registration opens. */
export interface PlanFields {
  districtCode: string;
  schoolId: string;
  year: number;
  stage: Stage;
  plannedSeats: number;
  /** Number of classes (班级数), where the school plans by class. */
  plannedClasses: number | null;
  sampleData: boolean;
}
export type EnrolmentPlan = PlanFields & Published;

/** The identity of a record across versions: a new version with the same key supersedes the old. */
export const rulesKey = (r: Pick<RulesFields, 'districtCode' | 'year' | 'stage'>) => `${r.districtCode}:${r.year}:${r.stage}`;
export const resultKey = (r: Pick<ResultFields, 'schoolId' | 'year' | 'stage' | 'round'>) => `${r.schoolId}:${r.year}:${r.stage}:${r.round}`;
export const transferKey = (r: Pick<TransferFields, 'schoolId' | 'year' | 'term'>) => `${r.schoolId}:${r.year}:${r.term}`;
export const schoolRulesKey = (r: Pick<SchoolRulesFields, 'schoolId' | 'year' | 'stage'>) => `${r.schoolId}:${r.year}:${r.stage}`;
export const planKey = (r: Pick<PlanFields, 'schoolId' | 'year' | 'stage'>) => `${r.schoolId}:${r.year}:${r.stage}`;
