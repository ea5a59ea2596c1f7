import { AppError } from '@zsgk/errors';
import { maskPerson } from '@zsgk/publication';
import type { NamedListEntry } from '../namedLists/NamedList';
import type { AdmissionsContext as Ctx } from './AdmissionsContext';
import { isBureauOf } from './args';

/** A list's people as a reader may see them, and what the history records of an unmasked read. */
export interface ListToRead {
  districtCode: string;
  schoolId: string | null;
  entries: NamedListEntry[];
  /** The history entry's entity id and summary (a published version, or a change in review). */
  entityId: string;
  summary: string;
}

/**
 * The one place a list's people are served (NamedList.entries, and a named-list change's items in
 * review): masked by the published rule, unless `unmasked` is asked by the bureau of the list's
 * district (anyone else asking is refused), and every such read is recorded in the history.
 */
export async function listEntries(list: ListToRead, unmasked: boolean | null | undefined, ctx: Ctx) {
  if (!unmasked) return list.entries.map((e) => ({ ...maskPerson({ name: e.name, idNumber: e.idNumber ?? null }), category: e.category ?? null, masked: true }));
  if (ctx.identity.role === 'PUBLIC' || !isBureauOf(ctx.identity, list.districtCode)) {
    throw new AppError('FORBIDDEN', `Only the education bureau of district ${list.districtCode} reads this list unmasked.`, { path: 'unmasked' });
  }
  await ctx.stores.audit.record([{
    actor: ctx.identity.subject, role: ctx.identity.role, action: 'READ_UNMASKED', entityType: 'NAMED_LIST', entityId: list.entityId, districtCode: list.districtCode,
    schoolId: list.schoolId, summary: list.summary, changes: null,
  }]);
  return list.entries.map((e) => ({ name: e.name, idNumber: e.idNumber ?? null, category: e.category ?? null, masked: false }));
}
