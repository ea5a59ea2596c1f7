import type { SubmissionFieldsFragment, SubmissionKind } from '../../api/generated/graphql';

/**
 * The submission of a kind still open for one record (a draft, waiting, or returned), newest first;
 * null when the record has none.
 */
export function openSubmission(
  submissions: readonly SubmissionFieldsFragment[] | undefined,
  kind: SubmissionKind,
  matches: (s: SubmissionFieldsFragment) => boolean,
): SubmissionFieldsFragment | null {
  const open = (submissions ?? []).filter((s) => s.kind === kind && s.status !== 'PUBLISHED' && matches(s));
  return open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}
