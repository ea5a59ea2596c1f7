import type { Published } from '../admissions/Admission';
import type { PolicyDocument, PolicyDocumentFields } from './PolicyDocument';

/** The served view of one document from its published versions (any order) or, unpublished, its draft. */
export function policyView(id: string, versions: (PolicyDocumentFields & Published)[], draft: PolicyDocumentFields | null): PolicyDocument | null {
  if (versions.length === 0) {
    return draft && { ...draft, id, publishedAt: null, version: 0, recordId: null, versionPublishedAt: null, correctionReason: null };
  }
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const current = ordered.at(-1)!;
  const { id: recordId, version, publishedAt: versionPublishedAt, status: _status, publishedBy: _by, correctionReason, ...fields } = current;
  return { ...(fields as PolicyDocumentFields), id, publishedAt: ordered[0]!.publishedAt, version, recordId, versionPublishedAt, correctionReason: correctionReason ?? null };
}
