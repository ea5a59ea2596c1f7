import type { PlanFields, ResultFields, SchoolRulesFields, TransferFields } from '../admissions/Admission';

/** What a school can submit for review. */
export const SUBMISSION_KINDS = ['ADMISSION_RESULT', 'TRANSFER', 'SCHOOL_RULES', 'ENROLMENT_PLAN'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
export type SubmissionStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLISHED';

export interface SubmissionFieldsByKind {
  ADMISSION_RESULT: ResultFields;
  TRANSFER: TransferFields;
  SCHOOL_RULES: SchoolRulesFields;
  ENROLMENT_PLAN: PlanFields;
}
export type SubmissionFields = SubmissionFieldsByKind[SubmissionKind];

/**
 * A school's figures on their way to publication: DRAFT → SUBMITTED → RETURNED (with reason) | APPROVED
 * → PUBLISHED. `districtCode` was verified when the draft was saved (see SchoolDirectory), never taken
 * from the caller alone.
 */
export interface Submission {
  id: string;
  kind: SubmissionKind;
  /** Record key (school, year, …): one open submission per key. */
  key: string;
  schoolId: string;
  districtCode: string;
  /** Where the district was verified: SCHOOLS_SERVICE or BUREAU_RECORDS. */
  districtVerifiedBy: string;
  year: number;
  stage: string | null;
  fields: SubmissionFields;
  correctionReason: string | null;
  status: SubmissionStatus;
  createdBy: string;
  createdAt: Date;
  /** The date (YYYY-MM-DD, Beijing) the figures were decided, which starts the publication clock; absent on older submissions (then createdAt). */
  decidedOn?: string | null;
  updatedAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  /** Id of the published version it became (set on approval when the figures equal those in force). */
  publishedRecordId: string | null;
  /** The version in force when it was approved, which the published version replaces. */
  approvedPrevious?: { id: string; version: number } | null;
}

/** Statuses in which a submission is still the school's open item for its key. */
export const OPEN_STATUSES: SubmissionStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];
