import { fieldsOf } from './diffFields';
import type { School } from './School';

/**
 * The published content of one version of a school's register entry, as the log hashes it and as
 * `PublicationLogEntry.schoolsContent` serves it: the maintained fields and the version number, no
 * lifecycle or account fields (marking a version SUPERSEDED must not change its hash).
 *
 * @example contentHash(contentOf(record)) // the hash in the record's PUBLISHED log entry
 */
export function contentOf(school: School): Record<string, unknown> {
  return { ...fieldsOf(school), version: school.version };
}
