import type { PreferenceCategory } from '../admissions/Admission';

/** A policy document behind preferential admissions (政策性照顾), e.g. on military families. */
export interface PolicyDocumentFields {
  districtCode: string;
  /** Document number (文号), unique in the district: how results cite it. */
  documentNumber: string;
  title: string;
  issuer: string;
  /** Categories of preferential admission the document covers. */
  categories: PreferenceCategory[];
  effectiveFrom: string;
  /** Last day in force; null while open-ended. */
  effectiveUntil: string | null;
  body: string | null;
  interpretation: string | null;
  /** Where the interpretation is published (https). */
  interpretationUrl: string | null;
  sampleData: boolean;
}

/**
 * A policy document as served: the draft until it is published, then the version in force. Published
 * documents change only through new versions (setting the expiry), each logged.
 */
export interface PolicyDocument extends PolicyDocumentFields {
  /** Stable id, `${districtCode}/${documentNumber}`, across versions. */
  id: string;
  /** When version 1 was published (the date that counts for "published before use"); null for a draft. */
  publishedAt: Date | null;
  /** 0 for a draft. */
  version: number;
  /** Id of the version in force (what the publication log names); null for a draft. */
  recordId: string | null;
  /** When the version in force was published. */
  versionPublishedAt: Date | null;
  /** Why the version in force replaced the one before. */
  correctionReason: string | null;
}

export type PolicyStatus = 'DRAFT' | 'NOT_YET_IN_FORCE' | 'IN_FORCE' | 'EXPIRED';

/** Label shown beside the document; expired documents stay readable, marked 已失效. */
export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  DRAFT: '未发布',
  NOT_YET_IN_FORCE: '尚未生效',
  IN_FORCE: '现行有效',
  EXPIRED: '已失效',
};

/** Where a document stands on `date` (YYYY-MM-DD). */
export function policyStatus(doc: Pick<PolicyDocument, 'publishedAt' | 'effectiveFrom' | 'effectiveUntil'>, date: string): PolicyStatus {
  if (!doc.publishedAt) return 'DRAFT';
  if (doc.effectiveUntil !== null && doc.effectiveUntil < date) return 'EXPIRED';
  if (doc.effectiveFrom > date) return 'NOT_YET_IN_FORCE';
  return 'IN_FORCE';
}

/** The day a school year's admissions take effect, on which a cited policy must be in force. */
export const enrolmentDay = (year: number) => `${year}-09-01`;
