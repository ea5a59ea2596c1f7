import type { Published } from '../admissions/Admission';
import type { PublishedKind } from '../publication/VersionChange';

/** The publication-log kind of a consultation (征求意见, 重大决策预公开), one of PUBLISHED_KINDS. */
export const CONSULTATION_KIND = 'CONSULTATION' satisfies PublishedKind;

/** What a consultation is about; OTHER needs only its title (any publishable matter the bureau chooses). */
export const SUBJECT_KINDS = ['ENROLMENT_RULES', 'POLICY_DOCUMENT', 'ZONE_SET', 'OTHER'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** 采纳情况: what the bureau did with a group of comments. */
export const ADOPTION_DECISIONS = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;
export type AdoptionDecision = (typeof ADOPTION_DECISIONS)[number];
export const DECISION_LABELS: Record<AdoptionDecision, string> = { ADOPTED: '采纳', PARTLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳' };

/** 公开征求意见的期限一般不少于30日: calendar days, first and last day included. */
export const MIN_WINDOW_DAYS = 30;
export const MAX_WINDOW_DAYS = 366;

/** One group of comments and the bureau's answer to it, as published in the feedback. */
export interface FeedbackGroup {
  receipts: string[];
  summary: string;
  decision: AdoptionDecision;
  reason: string;
}

/** 意见采纳情况及理由, published when the consultation closes, with the final version that superseded the draft. */
export interface ConsultationFeedback {
  groups: FeedbackGroup[];
  commentsReceived: number;
  /** The superseding publication's recordId (e.g. ENROLMENT_RULES:370812:2027:PRIMARY@v2, or a zone set's id). */
  finalRecordId: string;
  summary: string | null;
  closedOn: string;
}

/** A consultation as published: version 1 opens it (phase OPEN), version 2 closes it with the feedback. */
export interface ConsultationFields {
  /** Stable id (the record key): `<districtCode>/<12 hex>`. */
  consultationId: string;
  districtCode: string;
  subjectKind: SubjectKind;
  /** The drafted record's id (a policy draft, a zone set, a rules key), when the draft is a record. */
  subjectId: string | null;
  title: string;
  /** The draft's text, when it is given as text. */
  draftText: string | null;
  /** 决策依据. */
  basis: string;
  /** How to comment (the API, an address, a mailbox…). */
  howToComment: string;
  opensOn: string;
  closesOn: string;
  /** Why the window is shorter than 30 days; published with it. */
  shortWindowReason: string | null;
  phase: 'OPEN' | 'CLOSED';
  feedback: ConsultationFeedback | null;
}

export type Consultation = ConsultationFields & Published;

/** Days of the window, first and last included. */
export function windowDays(opensOn: string, closesOn: string): number {
  return Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${opensOn}T00:00:00Z`)) / 86_400_000) + 1;
}

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether comments are taken on `today` (Beijing): published, not closed, inside the window. */
export function acceptsComments(c: Pick<ConsultationFields, 'phase' | 'opensOn' | 'closesOn'>, today: string): boolean {
  return c.phase === 'OPEN' && c.opensOn <= today && today <= c.closesOn;
}
