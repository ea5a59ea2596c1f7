import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { Submission } from './Submission';

/**
 * Who may move a submission where. Pure guards: each throws the AppError the caller sees.
 * FORBIDDEN for the wrong person, CONFLICT for the wrong moment.
 */
export function requireSchoolOf(identity: Identity, schoolId: string, path: string): asserts identity is Extract<Identity, { role: 'SCHOOL' }> {
  if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in school user.');
  if (identity.role !== 'SCHOOL') throw new AppError('FORBIDDEN', 'Only a school user drafts and submits its figures; the bureau reviews them.', { path });
  if (identity.schoolId !== schoolId) {
    throw new AppError('FORBIDDEN', `A user of school ${identity.schoolId} may not submit figures for school ${schoolId}.`, { path });
  }
}

export function requireReviewer(identity: Identity, submission: Submission): asserts identity is Extract<Identity, { role: 'BUREAU' }> {
  if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'Reviewing needs a signed-in bureau user.');
  if (identity.role !== 'BUREAU' || identity.districtCode !== submission.districtCode) {
    throw new AppError('FORBIDDEN', `Only the education bureau of district ${submission.districtCode} may review this submission.`, { path: 'id' });
  }
  if (submission.submittedBy === identity.subject) {
    throw new AppError('FORBIDDEN', 'The submitter may not approve or return their own submission; another reviewer must.', { path: 'id' });
  }
  if (submission.status !== 'SUBMITTED') {
    throw new AppError('CONFLICT', `The submission is ${submission.status}; only a SUBMITTED one can be reviewed.`, { path: 'id' });
  }
}

/** A school may change its draft unless the bureau is looking at it or has approved it. */
export function requireEditable(submission: Submission): void {
  if (submission.status === 'SUBMITTED' || submission.status === 'APPROVED') {
    throw new AppError('CONFLICT', `The ${submission.kind} submission for this record is ${submission.status}; wait for the bureau's decision before changing it.`, {
      path: 'input',
    });
  }
}
