import { canonicalJson } from '@zsgk/publication';
import DataLoader from 'dataloader';
import type { SchoolRepository } from '../data/SchoolRepository';
import { contentOf } from '../register/contentOf';
import { SCHOOL_KIND } from '../register/RegisterChange';
import type { SchoolsContext } from './SchoolsContext';

interface LogEntryReference {
  kind: string;
  recordId: string;
  version: number;
}

/** Batches the log entries one verifier request names into one read of the stored versions. */
export function createRecordLoader(repository: SchoolRepository) {
  return new DataLoader(async (ids: readonly string[]) => {
    const found = await repository.findRecordsById(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * `PublicationLogEntry.schoolsContent`: the canonical JSON of a SCHOOL version's content as stored
 * now, through the same `contentOf` the log hashed at publication — so a direct database edit of
 * the version no longer matches its log entry, and the verifier names it.
 */
export const publicationLogEntryResolvers = {
  PublicationLogEntry: {
    __resolveReference: async (reference: LogEntryReference, ctx: SchoolsContext) => {
      if (reference.kind !== SCHOOL_KIND) return { ...reference, schoolsContent: null };
      const record = await ctx.recordLoader.load(reference.recordId);
      return { ...reference, schoolsContent: record ? canonicalJson(contentOf(record)) : null };
    },
  },
};
