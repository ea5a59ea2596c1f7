import { useEffect } from 'react';
import { useApiQuery } from '../../api';
import { MySubmissionsDocument, type SubmissionFieldsFragment, type SubmissionKind } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { openSubmission } from './openSubmission';

export interface RecordFormOptions<P> {
  kind: SubmissionKind;
  /** Whether a submission is for the record the form edits (its year, stage, round or term). */
  matches: (submission: SubmissionFieldsFragment) => boolean;
  /** The version of that record in force, or null; loaded again when `deps` change. */
  loadPublished: () => Promise<P | null>;
  deps: readonly unknown[];
  /** Puts the figures to start from into the form: the open submission's, else the published version's. */
  prefill: (open: SubmissionFieldsFragment | null, published: P | null) => void;
}

/**
 * What a school form edits: the record's open submission (a draft, waiting, or returned, newest
 * first), its version in force, and whether the form may be changed. The form is filled when both
 * have loaded and again when the record (or its submission's status) changes; until then `loading`
 * keeps it read-only, so a late answer never overwrites what the clerk typed.
 */
export function useRecordForm<P>({ kind, matches, loadPublished, deps, prefill }: RecordFormOptions<P>) {
  const client = useClient();
  const submissions = useApiQuery(async () => (await client.request(MySubmissionsDocument)).submissions, [client]);
  const published = useApiQuery(loadPublished, deps);
  const open = openSubmission(submissions.data, kind, matches);
  const loading = published.loading || submissions.loading;

  useEffect(() => {
    if (!loading) prefill(open, published.data ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open?.id, open?.status, published.data, loading]);

  return {
    open,
    published: published.data ?? null,
    loading,
    /** Waiting for review (or approved, being published): the bureau decides before anything changes. */
    locked: open?.status === 'SUBMITTED' || open?.status === 'APPROVED',
    reload: submissions.reload,
  };
}
