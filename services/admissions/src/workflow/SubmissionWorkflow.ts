import { AppError, type RowProblem } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { sameFields } from '../admissions/publishRows';
import { diffFields, type AuditEvent } from '../audit/AuditEvent';
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

export interface WorkflowDeps {
  submissions: SubmissionRepository;
  kinds: KindSpecs;
  directory: SchoolDirectory;
  audit: { record(events: Omit<AuditEvent, 'id' | 'at'>[]): Promise<void> };
}

/**
 * A school drafts and submits its own figures; a bureau user of the school's district, other than the
 * submitter, approves (which publishes) or returns them with a reason. Every step is in the history.
 */
export class SubmissionWorkflow {
  constructor(private readonly deps: WorkflowDeps) {}

  async saveDraft(kind: SubmissionKind, input: Record<string, unknown>, identity: Identity, submit: boolean): Promise<Submission> {
    const schoolId = String(input.schoolId ?? '');
    requireSchoolOf(identity, schoolId, 'input.schoolId');
    const districtCode = await this.verifiedDistrict(schoolId, String(input.districtCode ?? ''));
    const spec = this.deps.kinds[kind] as KindSpec<SubmissionKind>;
    const parsed = spec.parse(input, 1, districtCode);
    if (!parsed.ok) throw badInput(parsed.problems);
    const { correctionReason, ...fields } = parsed.value;
    const problems = await spec.check(fields as never);
    if (problems.length) throw badInput(problems);
    const key = spec.keyOf(fields as never);
    const published = (await spec.target.findInForce([key])).get(key);
    if (published && !correctionReason && !sameFields(fields, published)) {
      throw new AppError('BAD_USER_INPUT', 'These figures change a published record: say why in correctionReason.', { path: 'input.correctionReason' });
    }

    const latest = await this.deps.submissions.findLatest(kind, key);
    const open = latest && latest.status !== 'PUBLISHED' ? latest : null;
    let saved: Submission;
    if (open && sameFields(fields, open.fields) && open.correctionReason === correctionReason) {
      saved = open; // the same draft sent again: one record
    } else if (open) {
      requireEditable(open);
      const updated = await this.deps.submissions.transition(open.id, ['DRAFT', 'RETURNED'], { fields, correctionReason, status: 'DRAFT' });
      if (!updated) throw new AppError('CONFLICT', 'The submission changed meanwhile; reload and try again.', { path: 'input' });
      await this.log(identity, 'SAVE_DRAFT', updated, 'draft changed', diffFields(open.fields, fields));
      saved = updated;
    } else {
      const now = new Date();
      const id = await this.deps.submissions.insert(
        {
          kind, key, schoolId, districtCode, districtVerifiedBy: this.deps.directory.source, year: fields.year, stage: spec.stageOf(fields as never),
          fields, correctionReason, status: 'DRAFT', createdBy: identity.subject, createdAt: now, updatedAt: now,
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
    requireSchoolOf(identity, submission.schoolId, 'id');
    if (submission.status === 'SUBMITTED') return submission; // sent twice: nothing changes
    const moved = await this.deps.submissions.transition(id, ['DRAFT', 'RETURNED'], {
      status: 'SUBMITTED', submittedBy: identity.subject, submittedAt: new Date(),
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
    requireReviewer(identity, submission);
    const moved = await this.deps.submissions.transition(id, ['SUBMITTED'], {
      status: 'RETURNED', reviewedBy: identity.subject, reviewedAt: new Date(), returnReason: reason,
    });
    if (!moved) throw new AppError('CONFLICT', 'Another reviewer acted on this submission first.', { path: 'id' });
    await this.log(identity, 'RETURN', moved, `returned: ${reason}`);
    return moved;
  }

  /** Approves and publishes: a new version of the record, superseding the one in force. */
  async approve(id: string, identity: Identity): Promise<Submission> {
    const submission = await this.load(id);
    requireReviewer(identity, submission);
    const spec = this.deps.kinds[submission.kind] as KindSpec<SubmissionKind>;
    const problems = await spec.check(submission.fields as never); // a cited policy may have expired since
    if (problems.length) throw badInput(problems, 'id');
    const previous = (await spec.target.findInForce([submission.key])).get(submission.key);
    const unchanged = previous !== undefined && sameFields(submission.fields, previous);
    if (previous && !unchanged && !submission.correctionReason) {
      throw new AppError('CONFLICT', 'A version was published since this was submitted; return it so the school gives a correction reason.', { path: 'id' });
    }
    const approved = await this.deps.submissions.transition(id, ['SUBMITTED'], { status: 'APPROVED', reviewedBy: identity.subject, reviewedAt: new Date() });
    if (!approved) throw new AppError('CONFLICT', 'Another reviewer acted on this submission first.', { path: 'id' });
    await this.log(identity, 'APPROVE', approved, 'approved');

    const [recordId] = unchanged
      ? [previous.id]
      : await spec.target.publishVersions([{ key: submission.key, fields: submission.fields, correctionReason: submission.correctionReason, previous }], identity.subject);
    const publishedSubmission = await this.deps.submissions.transition(id, ['APPROVED'], { status: 'PUBLISHED', publishedRecordId: recordId! });
    if (!publishedSubmission) throw new Error(`submission ${id} left APPROVED state while publishing`);
    await this.log(identity, 'PUBLISH', publishedSubmission, unchanged ? `same as published ${recordId}` : `published as ${recordId}${previous ? `, superseding ${previous.id}` : ''}`);
    return publishedSubmission;
  }

  private async load(id: string): Promise<Submission> {
    const submission = await this.deps.submissions.findById(id);
    if (!submission) throw new AppError('NOT_FOUND', `No submission ${id}.`, { path: 'id' });
    return submission;
  }

  /** The school's district from a trusted source, compared with the one the school user claims. */
  private async verifiedDistrict(schoolId: string, claimed: string): Promise<string> {
    const actual = await this.deps.directory.districtOf(schoolId);
    if (actual === null) {
      const hint = this.deps.directory.source === 'BUREAU_RECORDS' ? ' (no SCHOOLS_URL: the bureau must first publish a record for this school)' : '';
      throw new AppError('NOT_FOUND', `School ${schoolId} is not in the school register${hint}.`, { path: 'input.schoolId' });
    }
    if (actual !== claimed) {
      throw new AppError('FORBIDDEN', `School ${schoolId} belongs to district ${actual}, not ${claimed || '(none given)'}.`, { path: 'input.districtCode' });
    }
    return actual;
  }

  private log(identity: Identity, action: string, s: Submission, summary: string, changes?: object): Promise<void> {
    return this.deps.audit.record([{
      actor: identity.role === 'PUBLIC' ? 'anonymous' : identity.subject, role: identity.role, action, entityType: s.kind, entityId: s.id,
      districtCode: s.districtCode, schoolId: s.schoolId, summary: `${s.kind} ${s.key}: ${summary}`, changes: changes ? JSON.stringify(changes) : null,
    }]);
  }
}

function badInput(problems: RowProblem[], base = 'input'): AppError {
  const first = problems[0]!;
  const path = base === 'input' && first.field ? `input.${first.field}` : base;
  const message = problems.map((p) => (p.field ? `${p.field} ${p.reason}` : p.reason)).join('; ');
  return new AppError('BAD_USER_INPUT', message, { path, details: { problems: problems.map(({ field, reason }) => ({ field, reason })) } });
}
