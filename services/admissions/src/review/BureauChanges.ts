import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import { publishOrReturn, type ReviewItem, type ReviewQueue, type ReviewStatus } from '@zsgk/publication';
import type { AuditRecorder, NewAuditEvent } from '../audit/AuditRecorder';
import type { Publisher } from '../publication/Publisher';
import type { PublishedKind, PublishedVersion, VersionChange } from '../publication/VersionChange';
import type { DistrictScope } from '../scope/DistrictScope';

/** What a bureau change carries to its approval: the versions to publish, checked when submitted. */
export interface BureauChangePayload {
  changes: (VersionChange<object> & { diff?: string | null })[];
}

/** A change to submit; `decidedOn` (YYYY-MM-DD, checked by the caller) starts its publication clock, default the submission date. */
export interface SubmitInput {
  recordKey: string;
  districtCode: string;
  payload: BureauChangePayload;
  summary: string;
  decidedOn?: string;
}

/** Checks a kind repeats just before approval (a cited policy may have expired since, …); throws the AppError to show. */
export type Recheck = (changes: VersionChange<any>[]) => Promise<void>;

export interface BureauChangesDeps {
  reviews: ReviewQueue;
  publisher: Publisher;
  scope: DistrictScope;
  audit: AuditRecorder;
  rechecks?: Partial<Record<PublishedKind, Recheck>>;
}

/**
 * Review before publication (先审查、后公开) for every bureau publication: enrolment rules and result
 * imports, policy documents and their expiry, named lists. A bureau officer's write submits a review
 * item; another officer of the same district approves (which publishes) or returns it with a reason.
 * The review queue's transitions are inserts with deterministic ids, so of N concurrent approvals one
 * wins and the rest get CONFLICT; publishing is idempotent, so `publish` also repairs a crashed one.
 */
export class BureauChanges {
  constructor(private readonly deps: BureauChangesDeps) {}

  async submit(kind: PublishedKind, input: SubmitInput, identity: Identity): Promise<ReviewItem> {
    if (identity.role !== 'BUREAU') throw new AppError('FORBIDDEN', 'Only a bureau officer submits a bureau change.');
    const item = await this.deps.reviews.submit({ kind, ...input, actor: identity.subject });
    await this.deps.audit.record([event(item, identity.subject, 'SUBMIT', `submitted for review: ${item.summary}`)]);
    return item;
  }

  /**
   * A school clerk submits a change about its own school (a named list): the caller has checked the
   * school and its district; the bureau of that district approves or returns it like any other.
   */
  async submitFromSchool(kind: PublishedKind, input: SubmitInput, identity: Identity): Promise<ReviewItem> {
    if (identity.role !== 'SCHOOL') throw new AppError('FORBIDDEN', 'Only a school user submits a school change.');
    const item = await this.deps.reviews.submit({ kind, ...input, actor: identity.subject });
    await this.deps.audit.record([{ ...event(item, identity.subject, 'SUBMIT', `submitted for review by school ${identity.schoolId}: ${item.summary}`), role: 'SCHOOL', schoolId: identity.schoolId }]);
    return item;
  }

  /** Submits, unless the same change (same record key) already awaits review: then that item. */
  async submitOnce(kind: PublishedKind, input: SubmitInput, identity: Identity): Promise<ReviewItem> {
    const waiting = await this.deps.reviews.list({ districtCode: input.districtCode, kind, status: 'SUBMITTED' });
    return waiting.find((item) => item.recordKey === input.recordKey) ?? this.submit(kind, input, identity);
  }

  async approve(id: string, identity: Identity): Promise<ReviewItem> {
    const { item, officer } = await this.ownItem(id, identity, 'APPROVE');
    if (item.status === 'SUBMITTED') {
      // Checked again at approval: a cited policy may have expired, or a version been published, since.
      await this.deps.rechecks?.[item.kind as PublishedKind]?.(payloadOf(item).changes);
      await this.deps.publisher.requireCurrent(item.kind as PublishedKind, payloadOf(item).changes);
    }
    const approved = await this.deps.reviews.approve(id, { subject: officer.subject, districtCode: officer.districtCode });
    await this.deps.audit.record([{ ...event(approved, officer.subject, 'APPROVE', 'approved'), id: `${id}:APPROVE` }]);
    return this.publish(approved);
  }

  async returnChange(id: string, reason: string, identity: Identity): Promise<ReviewItem> {
    const { officer } = await this.ownItem(id, identity, 'RETURN');
    const returned = await this.deps.reviews.returnItem(id, reason, { subject: officer.subject, districtCode: officer.districtCode });
    await this.deps.audit.record([event(returned, officer.subject, 'RETURN', `returned: ${reason}`)]);
    return returned;
  }

  async list(districtCode: string, status: ReviewStatus | undefined, identity: Identity): Promise<ReviewItem[]> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This needs a signed-in bureau user.');
    if (identity.role !== 'BUREAU' || identity.districtCode !== districtCode) {
      throw new AppError('FORBIDDEN', `Only the education bureau of district ${districtCode} reads its review queue.`, { path: 'districtCode' });
    }
    return this.deps.reviews.list({ districtCode, ...(status ? { status } : {}) });
  }

  /** The changes of `kind` about one school (record keys `<district>:<schoolId>:…`), newest first; the caller checks who may read them. */
  async listOfSchool(kind: PublishedKind, districtCode: string, schoolId: string): Promise<ReviewItem[]> {
    const items = await this.deps.reviews.list({ districtCode, kind });
    return items.filter((i) => i.recordKey.startsWith(`${districtCode}:${schoolId}:`)).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || b.id.localeCompare(a.id));
  }

  /** One change, for the bureau of its district (as `list`); null when there is none. */
  async get(id: string, identity: Identity): Promise<ReviewItem | null> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This needs a signed-in bureau user.');
    const item = await this.deps.reviews.get(id);
    if (item && (identity.role !== 'BUREAU' || identity.districtCode !== item.districtCode)) {
      throw new AppError('FORBIDDEN', `Only the education bureau of district ${item.districtCode} reads this change.`, { path: 'id' });
    }
    return item;
  }

  /**
   * Publishes an APPROVED item (idempotent: the startup repair pass calls it for every approved item
   * not yet published). Its time and actor come from the approval, so a retry writes the same versions.
   */
  async publish(item: ReviewItem): Promise<ReviewItem> {
    const { publisher, audit } = this.deps;
    const actor = item.reviewedBy ?? 'unknown';
    await publisher.faults?.('approved', item.id);
    // A CONFLICT (another version published meanwhile; the store undid this attempt) returns the item with the reason.
    return publishOrReturn(this.deps.reviews, item, async () => {
      const versions = await publisher.publish(item.kind as PublishedKind, payloadOf(item).changes, { at: new Date(item.reviewedAt!), actor, source: item.id, decidedOn: item.decidedOn });
      await audit.record([
        { ...event(item, actor, 'APPROVE', 'approved'), id: `${item.id}:APPROVE` },
        ...versions.map((v) => publishedEvent(item, actor, v)),
      ]);
      const published = await this.deps.reviews.markPublished(item.id, { versions });
      await publisher.faults?.('published', item.id);
      return published;
    });
  }

  /** The item, if the caller is the bureau of its district (a foreign bureau is refused and audited there). */
  private async ownItem(id: string, identity: Identity, action: string) {
    const item = await this.deps.reviews.get(id);
    if (!item) throw new AppError('NOT_FOUND', `审核事项 ${id} 不存在`, { path: 'id' });
    const officer = await this.deps.scope.requireBureauOf(identity, item.districtCode, 'id', { action, entityType: item.kind, entityId: id });
    return { item, officer };
  }
}

const payloadOf = (item: ReviewItem) => item.payload as BureauChangePayload;

function event(item: ReviewItem, actor: string, action: string, summary: string): NewAuditEvent {
  return { actor, role: 'BUREAU', action, entityType: item.kind, entityId: item.id, districtCode: item.districtCode, schoolId: null, summary: `${item.kind} ${item.recordKey}: ${summary}`, changes: null };
}

function publishedEvent(item: ReviewItem, actor: string, v: PublishedVersion): NewAuditEvent {
  const change = payloadOf(item).changes.find((c) => c.key === v.recordKey);
  const fields = change?.fields as { schoolId?: string | null } | undefined;
  const replaced = change?.previous ? `, superseding ${change.previous.id}${change.correctionReason ? ` (${change.correctionReason})` : ''}` : '';
  return {
    id: `${item.id}:PUBLISH:${v.recordId}`, actor, role: 'BUREAU', action: 'PUBLISH', entityType: v.kind, entityId: v.recordId, districtCode: item.districtCode,
    schoolId: fields?.schoolId ?? null, summary: `${v.kind} ${v.recordKey}: version ${v.version}${replaced} (review ${item.id})`,
    changes: change?.diff ?? null,
  };
}
