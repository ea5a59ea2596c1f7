import { fieldsOf } from './diffFields';
import type { School } from './School';

/**
 * The published content of one version of a school's register entry, as the log hashes it and as
 * `PublicationLogEntry.schoolsContent` serves it: the maintained fields, the version number and the
 * decision date (decidedOn) where the version records one, no
 * lifecycle or account fields (marking a version SUPERSEDED must not change its hash).
 *
 * @example contentHash(contentOf(record)) // the hash in the record's PUBLISHED log entry
 */
export function contentOf(school: School & { decidedOn?: string | null }): Record<string, unknown> {
  // The decision date only where the version records it: older versions hash as they were logged.
  return { ...fieldsOf(school), version: school.version, ...(school.decidedOn ? { decidedOn: school.decidedOn } : {}) };
}
