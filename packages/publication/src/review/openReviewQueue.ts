import type { Connection } from 'mongoose';
import { AppError } from '@zsgk/errors';
import { isDuplicateKeyError } from '../isDuplicateKeyError';
import type { DistrictSettings } from '../settings/openDistrictSettings';
import { openDistrictSettings } from '../settings/openDistrictSettings';
import { foldReviewEvents } from './foldReviewEvents';
import type { ReviewEvent, ReviewItem, ReviewStatus } from './ReviewItem';

export interface ReviewActor { subject: string; districtCode: string }

export interface ReviewQueue {
  ensureIndexes(): Promise<void>;
  /** A bureau officer submits a change for review; id = `${kind}:${recordKey}#${round}`. */
  submit(input: { kind: string; recordKey: string; districtCode: string; payload: unknown; summary: string; actor: string; decidedOn?: string | null }): Promise<ReviewItem>;
  get(id: string): Promise<ReviewItem | null>;
  list(filter: { districtCode: string; status?: ReviewStatus; kind?: string }): Promise<ReviewItem[]>;
  /** SUBMITTED → RETURNED with a reason. CONFLICT when another reviewer acted first. */
  returnItem(id: string, reason: string, actor: ReviewActor): Promise<ReviewItem>;
  /** SUBMITTED → APPROVED. FORBIDDEN for the submitter (unless the district's published single-officer
   *  setting allows it) or another district; CONFLICT when another reviewer acted first. */
  approve(id: string, actor: ReviewActor): Promise<ReviewItem>;
  /** APPROVED → PUBLISHED, recording what was published (ids, versions). Idempotent. */
  markPublished(id: string, result: unknown): Promise<ReviewItem>;
  /**
   * APPROVED → RETURNED with `reason`, when publishing it failed for good: another change published
   * the version it was based on first (CONFLICT), and nothing of it is in force. The approval stays on
   * record (`reviewedBy`, `reviewedAt`); `returnReason` tells the clerk to resubmit against the version
   * in force. The same `#2` insert as markPublished, so an item ends either PUBLISHED or RETURNED,
   * once; CONFLICT if it was PUBLISHED, idempotent if already returned.
   */
  returnUnpublished(id: string, reason: string): Promise<ReviewItem>;
  /** APPROVED items neither PUBLISHED nor returned unpublished: the startup repair pass finishes each. */
  approvedUnpublished(): Promise<ReviewItem[]>;
}

export interface ReviewQueueOptions {
  /** Where the single-officer setting is read; defaults to the published settings in the ledger database. */
  settings?: DistrictSettings;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * Event-sourced review state in `collection` of the service's own database. Each transition is an
 * insert with a deterministic `_id` (`${itemId}#${seq}`), so of N concurrent approvals or returns
 * exactly one inserts `#1` and the others get CONFLICT; no transaction or findOneAndUpdate needed.
 */
export function openReviewQueue(serviceConnection: Connection, collection = 'review_events', options: ReviewQueueOptions = {}): ReviewQueue {
  const events = serviceConnection.collection<ReviewEvent>(collection);
  const settings = options.settings ?? openDistrictSettings(serviceConnection);
  const now = options.now ?? (() => new Date());

  async function load(id: string): Promise<ReviewItem | null> {
    return foldReviewEvents(await events.find({ itemId: id }).toArray());
  }

  async function mustLoad(id: string): Promise<ReviewItem> {
    const item = await load(id);
    if (!item) throw new AppError('NOT_FOUND', `审核事项 ${id} 不存在`, { path: 'id' });
    return item;
  }

  async function decide(id: string, type: 'APPROVED' | 'RETURNED', actor: ReviewActor, reason?: string): Promise<ReviewItem> {
    const item = await mustLoad(id);
    if (actor.districtCode !== item.districtCode) {
      throw new AppError('FORBIDDEN', `审核事项 ${id} 属于 ${item.districtCode} 区，不属于 ${actor.districtCode} 区`, { path: 'id' });
    }
    if (item.status !== 'SUBMITTED') throw alreadyDecided(item);
    if (type === 'APPROVED' && actor.subject === item.submittedBy && !(await settings.singleOfficerAllowed(item.districtCode))) {
      throw new AppError(
        'FORBIDDEN',
        `审核事项 ${id} 由 ${actor.subject} 提交，须由本区另一名工作人员审核（本区未公布“本区发布未经双人复核”设置）`,
        { path: 'id' },
      );
    }
    const event = transition(item, 1, type, actor.subject, reason === undefined ? {} : { reason });
    try {
      await events.insertOne(event);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw alreadyDecided((await load(id)) ?? item);
    }
    return (await load(id))!;
  }

  /** Inserts the item's `#2` event (PUBLISHED or RETURNED after approval); whichever is inserted first is final. */
  async function conclude(id: string, type: 'PUBLISHED' | 'RETURNED', extra: Partial<ReviewEvent>): Promise<ReviewItem> {
    const item = await mustLoad(id);
    if (item.status === type) return item;
    if (item.status !== 'APPROVED') throw notApproved(item, type);
    try {
      await events.insertOne(transition(item, 2, type, item.reviewedBy ?? '', extra));
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const concluded = (await load(id))!;
    if (concluded.status !== type) throw notApproved(concluded, type);
    return concluded;
  }

  function transition(item: ReviewItem, seq: 1 | 2, type: ReviewStatus, actor: string, extra: Partial<ReviewEvent>): ReviewEvent {
    const round = Number(item.id.slice(item.id.lastIndexOf('#') + 1));
    return {
      _id: `${item.id}#${seq}`, itemId: item.id, seq, type, kind: item.kind, recordKey: item.recordKey,
      districtCode: item.districtCode, round, actor, at: now().toISOString(), ...extra,
    };
  }

  return {
    async ensureIndexes() {
      await events.createIndex({ itemId: 1 });
      await events.createIndex({ districtCode: 1, seq: 1 });
      await events.createIndex({ kind: 1, recordKey: 1, seq: 1 });
    },
    async submit(input) {
      const previous = await events.find({ kind: input.kind, recordKey: input.recordKey, seq: 0 }, { projection: { round: 1 } }).toArray();
      let round = previous.reduce((max, event) => Math.max(max, event.round), 0) + 1;
      for (;;) {
        const itemId = `${input.kind}:${input.recordKey}#${round}`;
        const event: ReviewEvent = {
          _id: `${itemId}#0`, itemId, seq: 0, type: 'SUBMITTED', kind: input.kind, recordKey: input.recordKey,
          districtCode: input.districtCode, round, actor: input.actor, at: now().toISOString(),
          payload: input.payload, summary: input.summary, ...(input.decidedOn ? { decidedOn: input.decidedOn } : {}),
        };
        try {
          await events.insertOne(event);
          return foldReviewEvents([event])!;
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          round += 1;
        }
      }
    },
    get: load,
    async list(filter) {
      const submitted = await events
        .find({ districtCode: filter.districtCode, seq: 0, ...(filter.kind ? { kind: filter.kind } : {}) })
        .toArray();
      const later = submitted.length === 0 ? [] : await events.find({ itemId: { $in: submitted.map((e) => e.itemId) }, seq: { $gt: 0 } }).toArray();
      const byItem = new Map<string, ReviewEvent[]>(submitted.map((e) => [e.itemId, [e]]));
      for (const event of later) byItem.get(event.itemId)?.push(event);
      return [...byItem.values()]
        .map((itemEvents) => foldReviewEvents(itemEvents)!)
        .filter((item) => !filter.status || item.status === filter.status)
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
    },
    returnItem: (id, reason, actor) => decide(id, 'RETURNED', actor, reason),
    approve: (id, actor) => decide(id, 'APPROVED', actor),
    markPublished: (id, result) => conclude(id, 'PUBLISHED', { result }),
    returnUnpublished: (id, reason) => conclude(id, 'RETURNED', { reason }),
    async approvedUnpublished() {
      const approved = await events.find({ seq: 1, type: 'APPROVED' }, { projection: { itemId: 1 } }).toArray();
      if (approved.length === 0) return [];
      const published = new Set(
        (await events.find({ seq: 2, itemId: { $in: approved.map((e) => e.itemId) } }, { projection: { itemId: 1 } }).toArray()).map((e) => e.itemId),
      );
      const pending = approved.filter((e) => !published.has(e.itemId));
      return (await Promise.all(pending.map((e) => load(e.itemId)))).filter((item): item is ReviewItem => item !== null);
    },
  };
}

function notApproved(item: ReviewItem, wanted: 'PUBLISHED' | 'RETURNED'): AppError {
  const message =
    item.status === 'PUBLISHED' ? `审核事项 ${item.id} 已发布，不能退回`
    : item.status === 'RETURNED' ? `审核事项 ${item.id} 已退回${item.returnReason ? `（${item.returnReason}）` : ''}，不能${wanted === 'PUBLISHED' ? '发布' : '再次退回'}`
    : `审核事项 ${item.id} 的状态为 ${item.status}，未经批准不能${wanted === 'PUBLISHED' ? '发布' : '作发布失败退回'}`;
  return new AppError('CONFLICT', message, { path: 'id', details: { status: item.status } });
}

function alreadyDecided(item: ReviewItem): AppError {
  const by = item.reviewedBy ? `（${item.reviewedBy} 于 ${item.reviewedAt}）` : '';
  return new AppError('CONFLICT', `审核事项 ${item.id} 已被处理，当前状态为 ${item.status}${by}`, { path: 'id', details: { status: item.status } });
}
