import type { PublicationEventType } from '@zsgk/publication';

/** The kinds of record this service publishes, as the publication log names them. */
export const PUBLISHED_KINDS = ['ENROLMENT_RULES', 'ADMISSION_RESULT', 'TRANSFER', 'SCHOOL_RULES', 'NAMED_LIST', 'POLICY_DOCUMENT', 'ENROLMENT_PLAN', 'CONSULTATION'] as const;
export type PublishedKind = (typeof PUBLISHED_KINDS)[number];

/**
 * A new version to publish: its fields, why it replaces the one in force, and that one (if any).
 * `previous` is the version in force when the change was checked; publishing writes the next version
 * number, so a version published meanwhile makes it a CONFLICT instead of a second version N.
 */
export interface VersionChange<F> {
  key: string;
  fields: F;
  correctionReason: string | null;
  previous: { id: string; version: number } | undefined;
  /** Logged for the new version besides PUBLISHED, e.g. EXPIRED when it sets a policy's expiry. */
  extraEvents?: PublicationEventType[];
  /** Logged for the version it replaces; default CORRECTED with a correction reason, else SUPERSEDED. */
  replacedEvent?: PublicationEventType;
}

/** A version as stored: the fields plus the bookkeeping the log and the verifier see; `key` identifies the record across versions. */
export type StoredVersion<F> = F & {
  _id: string;
  key: string;
  version: number;
  status: 'PUBLISHED' | 'SUPERSEDED';
  publishedAt: Date;
  publishedBy: string;
  correctionReason: string | null;
  supersedes: string | null;
  /** The review item or submission that published this version: a retry from the same source is no conflict. */
  source: string | null;
};

/** What a publication wrote, per version: kept on the review item or submission once published. */
export interface PublishedVersion {
  kind: PublishedKind;
  recordKey: string;
  recordId: string;
  version: number;
}
