export type PublicationEventType = 'PUBLISHED' | 'SUPERSEDED' | 'EXPIRED' | 'CORRECTED' | 'WITHDRAWN';

export const publicationEventTypes: readonly PublicationEventType[] = ['PUBLISHED', 'SUPERSEDED', 'EXPIRED', 'CORRECTED', 'WITHDRAWN'];

/** What a service hands the log when a record's publication state changes. */
export interface PublicationEventInput {
  districtCode: string;
  /** 'SCHOOL' | 'ZONE_SET' | 'DISTRICT_BOUNDARY' | 'GAZETTEER' | 'ENROLMENT_RULES' | 'SCHOOL_RULES' | 'ADMISSION_RESULT' | 'TRANSFER' | 'POLICY_DOCUMENT' | 'NAMED_LIST' | 'DISTRICT_SETTINGS' … */
  kind: string;
  /** Id of the published version document (what the service serves for that version). */
  recordId: string;
  version: number;
  event: PublicationEventType;
  /** The published content of that version, exactly as the service serves it; only its hash is logged. */
  content: unknown;
  at: Date;
}

/** One leaf of a district's log. `at` is an ISO timestamp; hashes are lowercase hex. */
export interface LogEntry {
  districtCode: string;
  index: number;
  kind: string;
  recordId: string;
  version: number;
  event: PublicationEventType;
  contentHash: string;
  at: string;
  leafHash: string;
}

/** The fields of an entry that its leaf commits to (everything but the leaf hash itself). */
export type LeafFields = Omit<LogEntry, 'leafHash'>;
