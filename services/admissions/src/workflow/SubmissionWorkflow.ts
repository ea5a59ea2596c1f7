import { parseDecidedOn } from '@zsgk/working-days';
import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { sameFields } from '../admissions/planImport';
import { problemsError } from '../admissions/problemsError';
import { diffFields } from '../audit/AuditEvent';
import type { AuditRecorder } from '../audit/AuditRecorder';
import type { FaultHook } from '../publication/Publisher';
import type { PublishedKind, PublishedVersion, VersionChange } from '../publication/VersionChange';
import type { Attempt, DistrictScope } from '../scope/DistrictScope';
import type { SchoolDirectory } from '../schoolsApi/SchoolDirectory';
import { requireEditable, requireReviewer, requireSchoolOf } from './reviewRules';
import type { KindSpec, KindSpecs } from './submissionKinds';
import type { Submission, SubmissionKind, SubmissionStatus } from './Submission';

/** The parts of the submission store the workflow uses (the data layer implements it). */
export interface SubmissionRepository {
  findById(id: string): Promise<Submission | null>;
  findLatest(kind: string, key: string): Promise<(Submission & { round: number }) | null>;
  insert(submission: Omit<Submission, 'id'>, round: number): Promise<string | null>;
  transition(id: string, from: SubmissionStatus[], set: Partial<Submission>): Promise<Submission | null>;
}

/** What the workflow needs of the publisher (Publisher implements it). */
export interface SubmissionPublisher {
  readonly faults?: FaultHook;
  publish<F extends object>(kind: PublishedKind, changes: VersionChange<F>[], at: { at: Date; actor: string; source: string; decidedOn?: string | null }): Promise<PublishedVersion[]>;
}

export interface WorkflowDeps {
  submissions: SubmissionRepository;
  kinds: KindSpecs;
  directory: SchoolDirectory;
  audit: AuditRecorder;
  publisher: SubmissionPublisher;
  scope: Pick<DistrictScope, 'requireBureauOf' | 'refuse'>;
}

/**
 * A school drafts and submits its own figures; a bureau user of the school's district, other than the
 * submitter, approves (which publishes) or returns them with a reason. Every step is in the history.
 */
export class SubmissionWorkflow {
  constructor(private readonly deps: WorkflowDeps) {}

  async saveDraft(kind: SubmissionKind, form: Record<string, unknown>, identity: Identity, submit: boolean): Promise<Submission> {
    // The date the figures were decided starts their publication clock (default today); not a field of the record.
    const { decidedOn: decidedOnInput, ...input } = form;
    const decidedOn = parseDecidedOn(decidedOnInput, 'input.decidedOn');
    const schoolId = String(input.schoolId ?? '');
    if (identity.role === 'PUBLIC') requireSchoolOf(identity, schoolId, 'input.schoolId');
    const attempt = { action: 'SAVE_DRAFT', entityType: kind, entityId: schoolId };
    const districtCode = await this.verifiedDistrict(identity, schoolId, String(input.districtCode ?? ''), attempt);
    await this.requireAuthor(identity, schoolId, districtCode, 'input.schoolId', attempt);
    const spec = this.deps.kinds[kind] as KindSpec<SubmissionKind>;
    const parsed = spec.parse(input, 1, districtCode);
    if (!parsed.ok) throw problemsError(parsed.problems);
    const { correctionReason, ...fields } = parsed.value;
    const problems = await spec.check(fields as never);
    if (problems.length) throw problemsError(problems);
    const key = spec.keyOf(fields as never);
    const published = (await spec.target.findInForce([key])).get(key);
    if (published && !correctionReason && !sameFields(fields, published)) {
      throw new AppError('BAD_USER_INPUT', 'These figures change a published record: say why in correctionReason.', { path: 'input.correctionReason' });
    }

    const latest = await this.deps.submissions.findLatest(kind, key);
    const open = latest && latest.status !== 'PUBLISHED' ? latest : null;
    let saved: Submission;
    if (open && sameFields(fields, open.fields) && open.correctionReason === correctionReason && (decidedOnInput == null || open.decidedOn === decidedOn)) {
      saved = open; // the same draft sent again: one record
    } else if (open) {
      requireEditable(open);
      const updated = await this.deps.submissions.transition(open.id, ['DRAFT', 'RETURNED'], { fields, correctionReason, status: 'DRAFT', ...(decidedOnInput == null ? {} : { decidedOn }) });
      if (!updated) throw new AppError('CONFLICT', 'The submission changed meanwhile; reload and try again.', { path: 'input' });
      await this.log(identity, 'SAVE_DRAFT', updated, 'draft changed', diffFields(open.fields, fields));
      saved = updated;
    } else {
      const now = new Date();
      const id = await this.deps.submissions.insert(
        {
          kind, key, schoolId, districtCode, districtVerifiedBy: this.deps.directory.source, year: fields.year, stage: spec.stageOf(fields as never),
          fields, correctionReason, status: 'DRAFT', createdBy: identity.subject, createdAt: now, decidedOn, updatedAt: now,
          submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null, returnReason: null, publishedRecordId: null,
        },
        (latest?.round ?? 0) + 1,
      );
      const current = await this.deps.submissions.findLatest(kind, key);
      if (!current) throw new Error(`submission ${kind} ${key} vanished after insert`);
      if (id) await this.log(identity, 'SAVE_DRAFT', current, 'draft created', diffFields(null, fields));
      saved = current;
    }
    return submit ? this.submit(saved.id, identity) : saved;
  }

  async submit(id: string, identity: Identity): Promise<Submission> {
    const submission = await this.load(id);
    const author = await this.requireAuthor(identity, submission.schoolId, submission.districtCode, 'id', { action: 'SUBMIT', entityType: submission.kind, entityId: submission.id });
    if (submission.status === 'SUBMITTED') return submission; // sent twice: nothing changes
    const moved = await this.deps.submissions.transition(id, ['DRAFT', 'RETURNED'], {
      status: 'SUBMITTED', submittedBy: author.subject, submittedAt: new Date(),
    });
    if (!moved) {
      // Someone moved it meanwhile; the same submission sent twice at once ends here and is no error.
      const now = await this.load(id);
      if (now.status === 'SUBMITTED') return now;
      throw new AppError('CONFLICT', `The submission is ${now.status}; only a draft or a returned one can be submitted.`, { path: 'id' });
    }
    await this.log(identity, 'SUBMIT', moved, 'submitted for review');
    return moved;
  }

  async returnSubmission(id: string, reason: string, identity: Identity): Promise<Submission> {
    const submission = await this.load(id);
    await this.requireOwnDistrict(identity, submission, 'RETURN');
    requireReviewer(identity, submission);
    const moved = await this.deps.submissions.transition(id, ['SUBMITTED'], {
      status: 'RETURNED', reviewedBy: identity.subject, reviewedAt: new Date(), returnReason: reason,
    });
    if (!moved) throw new AppError('CONFLICT', 'Another reviewer acted on this submission first.', { path: 'id' });
    await this.log(identity, 'RETURN', moved, `returned: ${reason}`);
    return moved;
  }

  /**
   * Approves and publishes: a new version of the record, superseding the one in force. The approval
   * is a compare-and-set (one of N concurrent reviewers wins; the rest get CONFLICT) and records the
   * version it replaces, so publishing, and repairing a crashed publication, write the same version.
   */
  async approve(id: string, identity: Identity): Promise<Submission> {
    const submission = await this.load(id);
    await this.requireOwnDistrict(identity, submission, 'APPROVE');
    requireReviewer(identity, submission);
    const spec = this.deps.kinds[submission.kind] as KindSpec<SubmissionKind>;
    const problems = await spec.check(submission.fields as never); // a cited policy may have expired since
    if (problems.length) throw problemsError(problems, 'id');
    const previous = (await spec.target.findInForce([submission.key])).get(submission.key);
    const unchanged = previous !== undefined && sameFields(submission.fields, previous);
    if (previous && !unchanged && !submission.correctionReason) {
      throw new AppError('CONFLICT', 'A version was published since this was submitted; return it so the school gives a correction reason.', { path: 'id' });
    }
    const approved = await this.deps.submissions.transition(id, ['SUBMITTED'], {
      status: 'APPROVED', reviewedBy: identity.subject, reviewedAt: new Date(),
      approvedPrevious: previous ? { id: previous.id, version: previous.version } : null,
      publishedRecordId: unchanged ? previous.id : null,
    });
    if (!approved) throw new AppError('CONFLICT', 'Another reviewer acted on this submission first.', { path: 'id' });
    await this.log(identity, 'APPROVE', approved, 'approved', undefined, `${id}:APPROVE`);
    return this.publishApproved(approved);
  }

  /** Publishes an APPROVED submission; idempotent, so the startup repair pass finishes a crashed one with it. */
  async publishApproved(approved: Submission): Promise<Submission> {
    const { publisher } = this.deps;
    const reviewer = { role: 'BUREAU', subject: approved.reviewedBy ?? 'unknown', districtCode: approved.districtCode } as const;
    await publisher.faults?.('approved', approved.id);
    const previous = approved.approvedPrevious ?? undefined;
    const recordId = approved.publishedRecordId ?? (await publisher.publish(approved.kind, [
      { key: approved.key, fields: approved.fields, correctionReason: approved.correctionReason, previous },
    ], { at: approved.reviewedAt!, actor: reviewer.subject, source: approved.id, decidedOn: approved.decidedOn }))[0]!.recordId;
    await this.log(reviewer, 'APPROVE', approved, 'approved', undefined, `${approved.id}:APPROVE`);
    const what = approved.publishedRecordId ? `same as published ${recordId}` : `published as ${recordId}${previous ? `, superseding ${previous.id}` : ''}`;
    await this.log(reviewer, 'PUBLISH', approved, what, undefined, `${approved.id}:PUBLISH`);
    const published = (await this.deps.submissions.transition(approved.id, ['APPROVED'], { status: 'PUBLISHED', publishedRecordId: recordId })) ?? (await this.load(approved.id));
    if (published.status !== 'PUBLISHED') throw new Error(`submission ${approved.id} left APPROVED state while publishing`);
    await publisher.faults?.('published', approved.id);
    return published;
  }

  /** A bureau (or school) of another district is refused, and the attempt is audited under the submission's district. */
  private async requireOwnDistrict(identity: Identity, submission: Submission, action: string): Promise<void> {
    if (identity.role === 'BUREAU' && identity.districtCode !== submission.districtCode) {
      await this.deps.scope.requireBureauOf(identity, submission.districtCode, 'id', { action, entityType: submission.kind, entityId: submission.id });
    }
  }

  /** Only a user of the school drafts and submits; anyone else is refused naming the record and its district, audited there. */
  private async requireAuthor(identity: Identity, schoolId: string, districtCode: string, path: string, attempt: Attempt): Promise<Extract<Identity, { role: 'SCHOOL' }>> {
    try {
      requireSchoolOf(identity, schoolId, path);
      return identity;
    } catch (error) {
      if (identity.role === 'PUBLIC' || !(error instanceof AppError)) throw error;
      return this.deps.scope.refuse(identity, districtCode, path, attempt, `${error.message} ${attempt.entityId} belongs to district ${districtCode}.`);
    }
  }

  private async load(id: string): Promise<Submission> {
    const submission = await this.deps.submissions.findById(id);
    if (!submission) throw new AppError('NOT_FOUND', `No submission ${id}.`, { path: 'id' });
    return submission;
  }

  /**
   * The school's district from a trusted source, compared with the one the caller claims. A refusal is
   * audited under the school's district (an unregistered school's under the one claimed).
   */
  private async verifiedDistrict(identity: Identity, schoolId: string, claimed: string, attempt: Attempt): Promise<string> {
    const actual = await this.deps.directory.districtOf(schoolId);
    if (actual === null) {
      const hint = this.deps.directory.source === 'BUREAU_RECORDS' ? ' (no SCHOOLS_URL: the bureau must first publish a record for this school)' : '';
      return this.deps.scope.refuse(identity, claimed, 'input.schoolId', attempt, `School ${schoolId} is not in the school register${hint}.`, 'NOT_FOUND');
    }
    if (actual !== claimed) {
      return this.deps.scope.refuse(identity, actual, 'input.districtCode', attempt, `School ${schoolId} belongs to district ${actual}, not ${claimed || '(none given)'}.`);
    }
    return actual;
  }

  private log(identity: Identity, action: string, s: Submission, summary: string, changes?: object, id?: string): Promise<void> {
    return this.deps.audit.record([{
      ...(id ? { id } : {}),
      actor: identity.role === 'PUBLIC' ? 'anonymous' : identity.subject, role: identity.role, action, entityType: s.kind, entityId: s.id,
      districtCode: s.districtCode, schoolId: s.schoolId, summary: `${s.kind} ${s.key}: ${summary}`, changes: changes ? JSON.stringify(changes) : null,
    }]);
  }
}
