import { maskPerson, type ReviewItem } from '@zsgk/publication';
import type { NamedListEntry, NamedListFields } from '../namedLists/NamedList';
import type { PublishedKind } from '../publication/VersionChange';
import type { BureauChangePayload } from './BureauChanges';

/** A record a bureau change will publish, as submitted, with the version it replaces. */
export interface ProposedRecord {
  kind: PublishedKind;
  recordKey: string;
  districtCode: string;
  /** The review item it belongs to (what an unmasked read of its people is recorded against). */
  changeId: string;
  /** The fields as they will be published; a named list's people masked, its digest salt left out. */
  content: Record<string, unknown>;
  /** A named list's people unmasked (served only through listEntries); empty for other kinds. */
  entries: NamedListEntry[];
  schoolId: string | null;
  correctionReason: string | null;
  replaces: string | null;
  replacesVersion: number | null;
}

/** The records approving the change publishes, read from its stored payload (one per import row). */
export function proposedRecords(item: ReviewItem): ProposedRecord[] {
  return (item.payload as BureauChangePayload).changes.map((change) => {
    const fields = change.fields as Record<string, unknown>;
    const { content, entries } = item.kind === 'NAMED_LIST' ? namedListContent(fields as unknown as NamedListFields) : { content: fields, entries: [] };
    return {
      kind: item.kind as PublishedKind,
      recordKey: change.key,
      districtCode: item.districtCode,
      changeId: item.id,
      content,
      entries,
      schoolId: typeof fields.schoolId === 'string' ? fields.schoolId : null,
      correctionReason: change.correctionReason ?? null,
      replaces: change.previous?.id ?? null,
      replacesVersion: change.previous?.version ?? null,
    };
  });
}

/** A list as it will be published: its people masked, the salt of the entries' digest left out. */
function namedListContent(list: NamedListFields): { content: Record<string, unknown>; entries: NamedListEntry[] } {
  const { entriesSalt: _salt, entries, ...fields } = list;
  return { content: { ...fields, entries: entries.map((e) => maskPerson({ name: e.name, idNumber: e.idNumber ?? null, category: e.category ?? null })) }, entries };
}
