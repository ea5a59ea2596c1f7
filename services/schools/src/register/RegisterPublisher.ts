import { AppError } from '@zsgk/errors';
import { versionId, type PublicationEventInput, type PublicationLog, type ReviewItem, type ReviewQueue } from '@zsgk/publication';
import type { RegisterAudit, RegisterAuditEvent } from '../audit/RegisterAuditEvent';
import { contentOf } from './contentOf';
import { rebaseChange } from './rebaseChange';
import { SCHOOL_KIND, type RegisterAction, type RegisterChangePayload, type RegisterChangeResult, type SchoolChange } from './RegisterChange';
import type { ChangeSetStore, FaultHook, PublicationStep, RecordStore } from './RegisterPorts';
import type { School, SchoolFields } from './School';
import type { SchoolRecord } from './SchoolRecord';

export interface RegisterPublisherDeps {
  reviews: ReviewQueue;
  log: PublicationLog;
  records: RecordStore;
  changeSets: ChangeSetStore;
  audit: RegisterAudit;
  /** The schools in force among these ids, up to date with every committed write (the fresh catalog). */
  findInForce(ids: string[]): Promise<Map<string, School>>;
  faults?: FaultHook;
}

/** A signed-in bureau officer, already checked to be of the district acted on. */
export interface Officer {
  subject: string;
  districtCode: string;
}

export interface SubmitInput {
  action: RegisterAction;
  districtCode: string;
  changes: SchoolChange[];
  warnings: string[];
  confirmedRows: number[];
  summary: string;
  operation: string;
  officer: Officer;
  /** Date the decision was made (YYYY-MM-DD, checked by the caller); starts the publication clock. */
  decidedOn?: string;
}

/** How many times a publication re-reads and rebases a school that another change published first. */
const MAX_REBASES = 5;

/**
 * Register changes through review (先审查、后公开): an officer submits, a second officer approves,
 * and approving publishes each school's next version. Publishing is idempotent step by step —
 * versions are inserted under deterministic ids, the replaced ones marked SUPERSEDED, the events
 * logged, the item marked PUBLISHED — so `repair` (at start-up) finishes any publication a crash
 * interrupted, and concurrent approvals publish exactly once.
 */
export class RegisterPublisher {
  constructor(private readonly deps: RegisterPublisherDeps) {}

  async submit(input: SubmitInput): Promise<ReviewItem> {
    const { changes, officer } = input;
    const changeSetId = await this.deps.changeSets.save(changes);
    const payload: RegisterChangePayload = {
      action: input.action,
      changeSetId,
      changeCount: changes.length,
      schoolIds: changes.slice(0, 50).map((c) => c.schoolId),
      warnings: input.warnings,
      confirmedRows: input.confirmedRows,
    };
    const recordKey = input.action === 'IMPORT' ? `${input.districtCode}-import` : changes[0]!.schoolId;
    const item = await this.deps.reviews.submit({ kind: SCHOOL_KIND, recordKey, districtCode: input.districtCode, payload, summary: input.summary, actor: officer.subject, decidedOn: input.decidedOn });
    await this.audit(item, `SUBMIT_${input.action}`, input.operation, officer.subject, input.summary);
    return item;
  }

  /** A register change of this service, or NOT_FOUND naming the id. */
  async find(id: string): Promise<ReviewItem> {
    const item = await this.deps.reviews.get(id);
    if (!item || item.kind !== SCHOOL_KIND) throw new AppError('NOT_FOUND', `名册变更 ${id} 不存在`, { path: 'id' });
    return item;
  }

  list(districtCode: string, status?: ReviewItem['status']): Promise<ReviewItem[]> {
    return this.deps.reviews.list({ districtCode, kind: SCHOOL_KIND, ...(status ? { status } : {}) });
  }

  changesOf(item: ReviewItem): Promise<SchoolChange[]> {
    const payload = item.payload as RegisterChangePayload;
    return this.deps.changeSets.load(payload.changeSetId, payload.changeCount);
  }

  /** Approves and publishes. CONFLICT when the change no longer applies, or another reviewer acted first. */
  async approve(item: ReviewItem, officer: Officer): Promise<ReviewItem> {
    if (item.status === 'SUBMITTED') await this.checkStillApplies(item);
    const approved = await this.deps.reviews.approve(item.id, officer);
    await this.fault('approved', item.id);
    return this.publish(approved);
  }

  async returnItem(item: ReviewItem, reason: string, officer: Officer): Promise<ReviewItem> {
    const returned = await this.deps.reviews.returnItem(item.id, reason, officer);
    await this.audit(returned, 'RETURN', 'returnRegisterChange', officer.subject, `退回：${reason}`);
    return returned;
  }

  /** When the district's last published import was published (its baseline for files that carry none), or null. */
  async lastImportAt(districtCode: string): Promise<Date | null> {
    const published = await this.deps.reviews.list({ districtCode, status: 'PUBLISHED', kind: SCHOOL_KIND });
    const times = published.filter((item) => (item.payload as RegisterChangePayload).action === 'IMPORT').map((item) => Date.parse(item.reviewedAt!));
    return times.length ? new Date(Math.max(...times)) : null;
  }

  /** Start-up repair: copies a pre-review register once, then finishes every approved, unpublished change. */
  async repair(): Promise<number> {
    const migrated = await this.deps.records.migrateLegacy();
    if (migrated.length) {
      await this.deps.log.append(migrated.map((r) => event(r, 'PUBLISHED', contentOf(r), r.updatedAt)));
      await this.deps.records.noteWrite(migrated);
      await this.deps.records.markMigrated();
    }
    const pending = (await this.deps.reviews.approvedUnpublished()).filter((item) => item.kind === SCHOOL_KIND);
    for (const item of pending) await this.publish(item);
    return pending.length;
  }

  /** Publishes an APPROVED change (again: every step is idempotent). */
  async publish(item: ReviewItem): Promise<ReviewItem> {
    const at = new Date(item.reviewedAt!);
    const approver = item.reviewedBy!;
    await this.audit(item, 'APPROVE', 'approveRegisterChange', approver, `批准：${item.summary}`, `${item.id}:APPROVE`);
    const changes = await this.changesOf(item);
    const { published, conflicts } = await this.insertVersions(item, changes, at);
    await this.fault('versionsInserted', item.id);

    const replaced = published.filter((r) => r.version > 1);
    await this.deps.records.markSuperseded(replaced.map((r) => ({ recordId: versionId(SCHOOL_KIND, r.id, r.version - 1), at: r.updatedAt, by: r.updatedBy })));
    await this.fault('previousSuperseded', item.id);

    const previous = await this.previousContents(replaced);
    await this.deps.log.append(
      published.flatMap((r) => [
        event(r, 'PUBLISHED', contentOf(r), r.updatedAt),
        ...(r.version > 1 ? [event({ ...r, recordId: versionId(SCHOOL_KIND, r.id, r.version - 1), version: r.version - 1 }, 'SUPERSEDED', previous.get(r.id)!, r.updatedAt)] : []),
      ]),
    );
    await this.fault('logged', item.id);

    await this.deps.records.noteWrite(published);
    const result: RegisterChangeResult = { published: published.map((r) => r.recordId).sort(), conflicts };
    const marked = await this.deps.reviews.markPublished(item.id, result);
    const outcome = `发布 ${published.length} 所学校的新版本${conflicts.length ? `；${conflicts.length} 所因冲突未发布` : ''}`;
    await this.audit(marked, 'PUBLISH', 'approveRegisterChange', approver, outcome, `${item.id}:PUBLISH`, published.map((r) => r.id));
    await this.fault('markedPublished', item.id);
    return marked;
  }

  /** Refuses (CONFLICT) before approving when a school changed since submission in a field this change also changes. */
  private async checkStillApplies(item: ReviewItem): Promise<void> {
    const changes = await this.changesOf(item);
    const inForce = await this.deps.findInForce(changes.map((c) => c.schoolId));
    const stale = changes.filter((c) => (inForce.get(c.schoolId)?.version ?? null) !== c.baseVersion);
    if (stale.length === 0) return;
    const records = await this.deps.records.findRecords(stale.map((c) => c.schoolId));
    const reasons = stale.flatMap((c) => {
      const rebased = rebaseChange(c, records.get(c.schoolId) ?? []);
      return rebased.ok ? [] : [rebased.reason];
    });
    if (reasons.length) {
      throw new AppError('CONFLICT', `名册变更 ${item.id} 提交后学校已被修改，不能批准：${reasons.slice(0, 5).join('；')}${reasons.length > 5 ? ` 等 ${reasons.length} 所` : ''}。请退回后重新提交。`, {
        path: 'id',
        details: { conflicts: reasons },
      });
    }
  }

  /** Inserts each school's next version; a school another change published first is rebased on it, or reported. */
  private async insertVersions(item: ReviewItem, changes: SchoolChange[], at: Date) {
    const done = new Map((await this.deps.records.findRecordsOfReview(item.id)).map((r) => [r.id, r]));
    const conflicts: RegisterChangeResult['conflicts'] = [];
    let attempt = changes.filter((c) => !done.has(c.schoolId)).map((change) => ({ change, next: change.next, baseVersion: change.baseVersion, changedFields: change.changedFields }));
    for (let round = 0; attempt.length; round++) {
      if (round === MAX_REBASES) throw new AppError('CONFLICT', `名册变更 ${item.id} 发布时学校一再被其他变更修改；请稍后重试。`, { path: 'id' });
      const records = attempt.map((a) => this.recordOf(item, a.next, (a.baseVersion ?? 0) + 1, a.changedFields, at));
      const taken = new Set(await this.deps.records.insertRecords(records));
      records.filter((r) => !taken.has(r.recordId)).forEach((r) => done.set(r.id, r));
      const lost = attempt.filter((_, i) => taken.has(records[i]!.recordId));
      if (lost.length === 0) break;
      const current = await this.deps.records.findRecords(lost.map((a) => a.change.schoolId));
      attempt = [];
      for (const { change } of lost) {
        const versions = current.get(change.schoolId) ?? [];
        const mine = versions.find((r) => r.reviewId === item.id);
        if (mine) {
          done.set(mine.id, mine);
          continue;
        }
        const rebased = rebaseChange(change, versions);
        if (rebased.ok) attempt.push({ change, ...rebased });
        else conflicts.push({ schoolId: change.schoolId, fields: rebased.fields, publishedBy: rebased.publishedBy });
      }
    }
    return { published: [...done.values()].sort((a, b) => a.id.localeCompare(b.id)), conflicts };
  }

  private recordOf(item: ReviewItem, next: SchoolFields, version: number, changedFields: string[], at: Date): SchoolRecord {
    const action = (item.payload as RegisterChangePayload).action;
    // The decision date is this change's, never one carried over from the version it replaces.
    const { decidedOn: _replaced, ...fields } = next as SchoolFields & { decidedOn?: string };
    return {
      ...fields,
      ...(item.decidedOn ? { decidedOn: item.decidedOn } : {}),
      version,
      updatedAt: at,
      updatedBy: item.submittedBy,
      recordId: versionId(SCHOOL_KIND, next.id, version),
      recordStatus: 'PUBLISHED',
      changedFields,
      reviewId: item.id,
      approvedBy: item.reviewedBy,
      action,
    };
  }

  /**
   * The content of each replaced version, for its SUPERSEDED log entry, read as stored (one query by
   * id): a change's own fields cannot tell the replaced version's decision date.
   */
  private async previousContents(replaced: SchoolRecord[]): Promise<Map<string, Record<string, unknown>>> {
    const read = await this.deps.records.findRecordsById(replaced.map((r) => versionId(SCHOOL_KIND, r.id, r.version - 1)));
    const contents = new Map<string, Record<string, unknown>>();
    for (const r of replaced) {
      const before = read.get(versionId(SCHOOL_KIND, r.id, r.version - 1));
      if (!before) throw new Error(`school ${r.id} has no version ${r.version - 1} to supersede`);
      contents.set(r.id, contentOf(before));
    }
    return contents;
  }

  private async fault(step: PublicationStep, reviewId: string): Promise<void> {
    await this.deps.faults?.(step, reviewId);
  }

  private audit(item: ReviewItem, action: string, operation: string, actor: string, summary: string, eventId?: string, schoolIds?: string[]): Promise<void> {
    const entry: Omit<RegisterAuditEvent, 'at'> = {
      actor,
      role: 'BUREAU',
      actorDistrictCode: item.districtCode,
      districtCode: item.districtCode,
      action,
      operation,
      outcome: 'OK',
      errorCode: null,
      schoolIds: schoolIds ?? (item.payload as RegisterChangePayload).schoolIds,
      reviewId: item.id,
      summary,
    };
    return this.deps.audit.record(entry, eventId);
  }
}

function event(record: { districtCode: string; recordId: string; version: number }, type: PublicationEventInput['event'], content: unknown, at: Date): PublicationEventInput {
  return { districtCode: record.districtCode, kind: SCHOOL_KIND, recordId: record.recordId, version: record.version, event: type, content, at };
}
