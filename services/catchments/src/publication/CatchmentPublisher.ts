import { AppError } from '@zsgk/errors';
import { translateReason } from '@zsgk/messages';
import { checkCalendarDate, DATE_WINDOWS } from '@zsgk/validation';
import { publishOrReturn, versionId, type PublicationLog, type ReviewItem, type ReviewQueue } from '@zsgk/publication';
import { districtVersionFields, zoneSetKey, type CatchmentRepository } from '../data/CatchmentRepository';
import { gazetteerKey, type GazetteerRepository } from '../data/GazetteerRepository';
import { beijingDate } from '../zones/beijingDate';
import type { District, ZoneSet } from '../zones/Zone';
import { districtContent, gazetteerContent, zoneSetContent } from './catchmentsContent';
import { publishVersion, staleBase, type FaultHook } from './publishVersion';
import type { VersionStore } from './VersionStore';

/** The kinds this service publishes (and logs). */
export const ZONE_SET = 'ZONE_SET';
export const DISTRICT_BOUNDARY = 'DISTRICT_BOUNDARY';
export const GAZETTEER = 'GAZETTEER';
/** A drafted zone set shown publicly as the draft for comment (征求意见稿) of a consultation. */
export const ZONE_SET_CONSULTATION = 'ZONE_SET_CONSULTATION';
export const CATCHMENT_KINDS = [ZONE_SET, DISTRICT_BOUNDARY, GAZETTEER, ZONE_SET_CONSULTATION] as const;
/** The admissions subgraph's publication-log kind of a consultation (征求意见). */
const CONSULTATION = 'CONSULTATION';
const CONSULTATION_ID = /^(\d{6})\/[0-9a-f]{12}$/;

/** A bureau officer acting in their own district. */
export interface Officer {
  subject: string;
  districtCode: string;
}

export interface PublisherDeps {
  repository: CatchmentRepository;
  gazetteer: GazetteerRepository;
  reviews: ReviewQueue;
  log: PublicationLog;
  /** Called once something was published, so this replica reloads at once (others poll). */
  onPublished: () => Promise<void>;
  fault?: FaultHook;
}

/**
 * 先审查、后公开 for this service: a bureau officer submits (a zone set, a boundary with the
 * bureau's contacts, a gazetteer); another officer of the district approves, which publishes it
 * as the next version of its key, exactly once, and logs it; or returns it with a reason.
 */
export class CatchmentPublisher {
  constructor(private readonly deps: PublisherDeps) {}

  /** Submits a drafted zone set for publication; `decidedOn` (checked by the caller) starts its publication clock. */
  async submitZoneSet(setId: string, officer: Officer, decidedOn?: string): Promise<ReviewItem> {
    const set = await this.deps.repository.findZoneSet(setId);
    if (!set) throw new AppError('NOT_FOUND', `划片方案 ${setId} 不存在`, { path: 'setId' });
    if (set.districtCode !== officer.districtCode) throw foreign(`划片方案 ${setId}`, set.districtCode, officer.districtCode, 'setId');
    if (set.publishedAt) {
      throw new AppError('CONFLICT', `Zone set ${setId} (version ${set.version}) was already published on ${set.publishedAt.toISOString()}.`, { path: 'setId' });
    }
    await this.refuseRollback(set);
    const pending = await this.deps.reviews.list({ districtCode: set.districtCode, kind: ZONE_SET, status: 'SUBMITTED' });
    const already = pending.find((item) => (item.payload as { setId?: string }).setId === setId);
    if (already) throw new AppError('CONFLICT', `划片方案 ${setId} 已提交审核（${already.id}），尚未处理`, { path: 'setId' });
    const zones = await this.deps.repository.findZonesOfSet(set);
    return this.deps.reviews.submit({
      kind: ZONE_SET,
      recordKey: zoneSetKey(set),
      districtCode: set.districtCode,
      payload: { setId, baseVersion: await baseOf(this.deps.repository.zoneSetVersions, zoneSetKey(set)) },
      summary: `发布 ${set.year} 年 ${set.stage} 划片方案第 ${set.version} 版（${zones.length} 个片区）`,
      actor: officer.subject,
      decidedOn,
    });
  }

  /**
   * Submits a drafted set to be shown publicly as the draft for comment of consultation
   * `consultationId`, until `closesOn`. The consultation must be the district's, opened through
   * review in the admissions subgraph and not yet closed: its version 1 (and no version 2) in the
   * district's publication log, which both services append to. Once another officer approves, the set
   * reads CONSULTATION (public) and `locate` answers for it too, labelled DRAFT.
   */
  async submitConsultation(setId: string, consultationId: string, closesOn: string, officer: Officer): Promise<ReviewItem> {
    const set = await this.deps.repository.findZoneSet(setId);
    if (!set) throw new AppError('NOT_FOUND', `划片方案 ${setId} 不存在`, { path: 'setId' });
    if (set.districtCode !== officer.districtCode) throw foreign(`划片方案 ${setId}`, set.districtCode, officer.districtCode, 'setId');
    if (set.publishedAt) throw new AppError('CONFLICT', `划片方案 ${setId}（第 ${set.version} 版）已正式发布，不能再作为征求意见稿公布`, { path: 'setId' });
    const inForce = await this.deps.repository.findSetInForce(set);
    if (inForce && inForce.version > set.version) {
      throw new AppError('CONFLICT', `本区 ${set.year} 年该学段已发布第 ${inForce.version} 版划片方案，第 ${set.version} 版草稿较旧，不能征求意见；请重新导入`, { path: 'setId' });
    }
    const owner = CONSULTATION_ID.exec(consultationId)?.[1];
    if (!owner) throw new AppError('BAD_USER_INPUT', `征求意见编号应为“区县代码/12 位十六进制”（如 ${set.districtCode}/0123456789ab），不是 ${consultationId}`, { path: 'consultationId' });
    if (owner !== set.districtCode) throw foreign(`征求意见 ${consultationId}`, owner, set.districtCode, 'consultationId');
    const closing = checkCalendarDate(closesOn, DATE_WINDOWS.asked);
    if (!closing.ok) throw new AppError('BAD_USER_INPUT', `征求意见截止日期（closesOn）${translateReason(closing.reason)}`, { path: 'closesOn' });
    if (closesOn < beijingDate()) throw new AppError('BAD_USER_INPUT', `征求意见截止日期（closesOn）${JSON.stringify(closesOn)} 已过（今天 ${beijingDate()}）`, { path: 'closesOn' });
    await this.checkConsultationPublished(set.districtCode, consultationId);
    const key = zoneSetKey(set);
    const pending = await this.deps.reviews.list({ districtCode: set.districtCode, kind: ZONE_SET_CONSULTATION, status: 'SUBMITTED' });
    const already = pending.find((item) => item.recordKey === key);
    if (already) throw new AppError('CONFLICT', `${set.year} 年该学段的征求意见稿已提交审核（${already.id}），尚未处理`, { path: 'setId' });
    return this.deps.reviews.submit({
      kind: ZONE_SET_CONSULTATION,
      recordKey: key,
      districtCode: set.districtCode,
      payload: { setId, consultationId, closesOn, baseVersion: await baseOf(this.deps.repository.consultationVersions, key) },
      summary: `公布 ${set.year} 年 ${set.stage} 划片方案第 ${set.version} 版为征求意见稿（征求意见 ${consultationId}，截至 ${closesOn}）`,
      actor: officer.subject,
    });
  }

  /** Approving a draft for comment whose window ended or whose consultation closed meanwhile would publish nothing live. */
  private async recheckConsultation(item: ReviewItem): Promise<void> {
    const { consultationId, closesOn } = item.payload as { consultationId: string; closesOn: string };
    await this.checkConsultationPublished(item.districtCode, consultationId);
    if (closesOn < beijingDate()) throw new AppError('CONFLICT', `征求意见截止日期 ${closesOn} 已过；请退回`, { path: 'id' });
  }

  /** The consultation is published in the district's log (version 1) and not closed (no version 2). */
  private async checkConsultationPublished(districtCode: string, consultationId: string): Promise<void> {
    const [opened, closed] = await Promise.all([1, 2].map((v) => this.deps.log.entriesForRecord(versionId(CONSULTATION, consultationId, v))));
    if (!opened!.some((e) => e.event === 'PUBLISHED' && e.districtCode === districtCode)) {
      throw new AppError('NOT_FOUND', `征求意见 ${consultationId} 尚未公布：请先发起征求意见（subjectKind ZONE_SET，subjectId 为本划片方案编号）并经审核公布`, { path: 'consultationId' });
    }
    if (closed!.length) throw new AppError('CONFLICT', `征求意见 ${consultationId} 已结束，不能再公布征求意见稿`, { path: 'consultationId' });
  }

  /** Submits a district boundary and the bureau's public contacts for publication. */
  async submitDistrict(district: District, officer: Officer): Promise<ReviewItem> {
    const draftId = await this.deps.repository.saveDistrictDraft(district, officer.subject);
    return this.deps.reviews.submit({
      kind: DISTRICT_BOUNDARY,
      recordKey: district.code,
      districtCode: district.code,
      payload: { draftId, baseVersion: await baseOf(this.deps.repository.districtVersions, district.code) },
      summary: `发布 ${district.name}（${district.code}）行政区划边界及教育局公开联系方式`,
      actor: officer.subject,
    });
  }

  /** Submits a drafted gazetteer set for publication. */
  async submitGazetteer(set: { id: string; districtCode: string; entryCount: number; validFrom: string | null }, officer: Officer): Promise<ReviewItem> {
    return this.deps.reviews.submit({
      kind: GAZETTEER,
      recordKey: gazetteerKey(set.districtCode),
      districtCode: set.districtCode,
      payload: { setId: set.id, baseVersion: await baseOf(this.deps.gazetteer.versions, gazetteerKey(set.districtCode)) },
      summary: `发布地名地址库（${set.entryCount} 条，自 ${set.validFrom} 起适用于各学年）`,
      actor: officer.subject,
    });
  }

  /** A district's review items of this service's kinds, oldest first. */
  async list(districtCode: string, status?: ReviewItem['status']): Promise<ReviewItem[]> {
    const items = await this.deps.reviews.list({ districtCode, status });
    return items.filter((item) => (CATCHMENT_KINDS as readonly string[]).includes(item.kind));
  }

  /** A review item of the officer's district, else FORBIDDEN naming its district (NOT_FOUND when there is none). */
  async itemFor(id: string, officer: Officer): Promise<ReviewItem> {
    const item = await this.deps.reviews.get(id);
    if (!item || !(CATCHMENT_KINDS as readonly string[]).includes(item.kind)) throw new AppError('NOT_FOUND', `审核事项 ${id} 不存在`, { path: 'id' });
    if (item.districtCode !== officer.districtCode) throw foreign(`审核事项 ${id}`, item.districtCode, officer.districtCode, 'id');
    return item;
  }

  /** Approves (the compare-and-set: one of concurrent reviewers wins), then publishes and marks it. */
  async approve(id: string, officer: Officer): Promise<ReviewItem> {
    const item = await this.itemFor(id, officer);
    if (item.status === 'SUBMITTED') {
      // Refuse before approving what could not be published: the item can then be returned or resubmitted.
      const base = (item.payload as { baseVersion: number }).baseVersion;
      const inForce = (await this.storeOf(item.kind).inForce(item.recordKey))?.version ?? 0;
      if (inForce !== base) throw staleBase({ key: item.recordKey, baseVersion: base }, inForce);
      if (item.kind === ZONE_SET_CONSULTATION) await this.recheckConsultation(item);
    }
    const approved = await this.deps.reviews.approve(id, officer);
    await this.deps.fault?.('approved');
    return this.finish(approved);
  }

  async returnChange(id: string, reason: string, officer: Officer): Promise<ReviewItem> {
    await this.itemFor(id, officer);
    return this.deps.reviews.returnItem(id, reason, officer);
  }

  /** Publishes an approved item (idempotent) and marks it PUBLISHED; RETURNED with the reason when another version got in first (CONFLICT). */
  finish(item: ReviewItem): Promise<ReviewItem> {
    return publishOrReturn(this.deps.reviews, item, async () => {
      const result = await this.publish(item);
      await this.deps.onPublished();
      const published = await this.deps.reviews.markPublished(item.id, result);
      await this.deps.fault?.('marked-published');
      return published;
    });
  }

  /** Start-up repair: finishes every approved item whose publication was interrupted. */
  async repair(): Promise<{ finished: string[]; failed: { id: string; reason: string }[] }> {
    const finished: string[] = [];
    const failed: { id: string; reason: string }[] = [];
    for (const item of await this.deps.reviews.approvedUnpublished()) {
      if (!(CATCHMENT_KINDS as readonly string[]).includes(item.kind)) continue;
      try {
        await this.finish(item);
        finished.push(item.id);
      } catch (error) {
        failed.push({ id: item.id, reason: (error as Error).message });
      }
    }
    return { finished, failed };
  }

  /** The content of one published version as logged, read from the stored documents now; null when not this service's. */
  async contentOf(kind: string, recordId: string): Promise<unknown | null> {
    if (kind === ZONE_SET) {
      const found = await this.deps.repository.findZoneSetVersion(recordId);
      return found && zoneSetContent(found.set, found.zones, found.decidedOn);
    }
    if (kind === DISTRICT_BOUNDARY) {
      const district = await this.deps.repository.findDistrictVersion(recordId);
      return district && districtContent(district);
    }
    if (kind === GAZETTEER) {
      const found = await this.deps.gazetteer.findVersion(recordId);
      return found && gazetteerContent(found.set, found.entries);
    }
    if (kind === ZONE_SET_CONSULTATION) {
      const found = await this.deps.repository.findConsultationVersion(recordId);
      return found && { ...zoneSetContent(found.set, found.zones), consultationId: found.fields.consultationId, closesOn: found.fields.closesOn };
    }
    return null;
  }

  private async publish(item: ReviewItem): Promise<{ recordId: string; version: number }> {
    const common = {
      key: item.recordKey,
      districtCode: item.districtCode,
      reviewId: item.id,
      actor: item.reviewedBy ?? item.submittedBy,
      baseVersion: (item.payload as { baseVersion: number }).baseVersion,
    };
    const contentOf = (recordId: string) => this.contentOf(item.kind, recordId);
    const deps = { log: this.deps.log, fault: this.deps.fault };
    const { repository, gazetteer } = this.deps;
    if (item.kind === ZONE_SET) {
      const set = await this.mustFind(repository.findZoneSet((item.payload as { setId: string }).setId), item);
      return publishVersion(repository.zoneSetVersions, {
        ...common, kind: ZONE_SET, contentOf,
        fields: { districtCode: set.districtCode, year: set.year, stage: set.stage, setId: set.id, ...(item.decidedOn ? { decidedOn: item.decidedOn } : {}) },
        apply: async (at) => {
          await repository.markSetPublished(set.id, at);
          await repository.bumpPublished();
        },
      }, deps);
    }
    if (item.kind === ZONE_SET_CONSULTATION) {
      const payload = item.payload as { setId: string; consultationId: string; closesOn: string };
      const set = await this.mustFind(repository.findZoneSet(payload.setId), item);
      return publishVersion(repository.consultationVersions, {
        ...common, kind: ZONE_SET_CONSULTATION, contentOf,
        fields: { districtCode: set.districtCode, year: set.year, stage: set.stage, setId: set.id, consultationId: payload.consultationId, closesOn: payload.closesOn },
        apply: () => repository.bumpPublished(),
      }, deps);
    }
    if (item.kind === DISTRICT_BOUNDARY) {
      const district = await this.mustFind(repository.findDistrictDraft((item.payload as { draftId: string }).draftId), item);
      return publishVersion(repository.districtVersions, {
        ...common, kind: DISTRICT_BOUNDARY, contentOf, fields: districtVersionFields(district), apply: () => repository.bumpPublished(),
      }, deps);
    }
    const set = await this.mustFind(gazetteer.findSet((item.payload as { setId: string }).setId), item);
    return publishVersion(gazetteer.versions, {
      ...common, kind: GAZETTEER, contentOf, fields: { districtCode: set.districtCode, year: set.year, setId: set.id, switchedAt: new Date(), validFrom: set.validFrom ?? beijingDate() },
    }, deps);
  }

  private storeOf(kind: string): VersionStore<unknown> {
    if (kind === ZONE_SET) return this.deps.repository.zoneSetVersions as VersionStore<unknown>;
    if (kind === DISTRICT_BOUNDARY) return this.deps.repository.districtVersions as VersionStore<unknown>;
    if (kind === ZONE_SET_CONSULTATION) return this.deps.repository.consultationVersions as VersionStore<unknown>;
    return this.deps.gazetteer.versions as VersionStore<unknown>;
  }

  private async mustFind<T>(found: Promise<T | null>, item: ReviewItem): Promise<T> {
    const value = await found;
    if (!value) throw new AppError('NOT_FOUND', `审核事项 ${item.id} 所指的草稿已不存在`, { path: 'id' });
    return value;
  }

  /** Publishing a version older than the one in force would silently roll back. */
  private async refuseRollback(set: ZoneSet): Promise<void> {
    const inForce = await this.deps.repository.findSetInForce(set);
    if (inForce && inForce.id !== set.id && inForce.version > set.version) {
      throw new AppError('CONFLICT', `Version ${inForce.version} of this district, year and stage is in force; version ${set.version} is older. Import it again to publish it as a new version.`, {
        path: 'setId',
      });
    }
  }
}

async function baseOf(store: VersionStore<unknown> | VersionStore<never>, key: string): Promise<number> {
  return (await (store as VersionStore<unknown>).inForce(key))?.version ?? 0;
}

/** FORBIDDEN naming a record of another district; the refusal is audited under that district. */
export function foreign(record: string, owner: string, caller: string, path: string): AppError {
  return new AppError('FORBIDDEN', `${record} 属于 ${owner} 区，不属于 ${caller} 区`, { path, details: { targetDistricts: [owner] } });
}
