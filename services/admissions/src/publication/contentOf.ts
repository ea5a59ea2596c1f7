import { createHash } from 'node:crypto';
import { canonicalJson, maskPerson } from '@zsgk/publication';
import type { NamedListEntry } from '../namedLists/NamedList';
import type { PublishedKind, StoredVersion } from './VersionChange';

/**
 * The published content of one stored version, exactly what the publication log hashes and what
 * `PublicationLogEntry.admissionsContent` serves: every stored field but the ones that change after
 * publication by design (`status`) or are storage details (`source`, `entriesSalt`, `publishedBy`).
 * Dates become ISO strings. A named list's people are served masked, with a salted digest of the
 * unmasked entries, so a change to a stored name changes the hash without publishing the name.
 */
export function contentOf(kind: PublishedKind, stored: StoredVersion<object>): Record<string, unknown> {
  const { _id, status: _status, source: _source, publishedBy: _by, entriesSalt, ...fields } = stored as StoredVersion<object> & { entriesSalt?: string };
  const content: Record<string, unknown> = { kind, recordId: _id, ...(JSON.parse(JSON.stringify(fields)) as object) };
  if (kind !== 'NAMED_LIST') return content;
  const entries = (stored as unknown as { entries: NamedListEntry[] }).entries;
  return {
    ...content,
    entries: entries.map((e) => maskPerson(plainEntry(e))),
    entriesDigest: createHash('sha256').update(`${entriesSalt ?? ''}${canonicalJson(entries.map(plainEntry))}`).digest('hex'),
  };
}

const plainEntry = (e: NamedListEntry) => ({ name: e.name, idNumber: e.idNumber ?? null, category: e.category ?? null });
