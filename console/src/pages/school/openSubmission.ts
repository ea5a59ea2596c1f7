import type { SubmissionFieldsFragment, SubmissionKind } from '../../api/generated/graphql';

/**
 * The submission of a kind that is still open for the record a form edits (a draft, waiting, or
 * returned), newest first; null when the record has none (the form starts from what is published).
 */
export function openSubmission(
  submissions: readonly SubmissionFieldsFragment[] | undefined,
  kind: SubmissionKind,
  matches: (s: SubmissionFieldsFragment) => boolean,
): SubmissionFieldsFragment | null {
  const open = (submissions ?? [])
    .filter((s) => s.kind === kind && s.status !== 'PUBLISHED' && matches(s))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return open[0] ?? null;
}

/** A record waiting for review (or approved, being published) cannot be changed until the bureau decides. */
export function isLocked(submission: SubmissionFieldsFragment | null): boolean {
  return submission?.status === 'SUBMITTED' || submission?.status === 'APPROVED';
}
