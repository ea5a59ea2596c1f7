import { AppError } from '@zsgk/errors';
import { publishOrReturn, type PublicationLog, type ReviewItem, type ReviewQueue } from '@zsgk/publication';
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
export const CATCHMENT_KINDS = [ZONE_SET, DISTRICT_BOUNDARY, GAZETTEER] as const;

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

  /** Submits a drafted zone set for publication. */
  async submitZoneSet(setId: string, officer: Officer): Promise<ReviewItem> {
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
    });
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
      return found && zoneSetContent(found.set, found.zones);
    }
    if (kind === DISTRICT_BOUNDARY) {
      const district = await this.deps.repository.findDistrictVersion(recordId);
      return district && districtContent(district);
    }
    if (kind === GAZETTEER) {
      const found = await this.deps.gazetteer.findVersion(recordId);
      return found && gazetteerContent(found.set, found.entries);
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
        fields: { districtCode: set.districtCode, year: set.year, stage: set.stage, setId: set.id },
        apply: async (at) => {
          await repository.markSetPublished(set.id, at);
          await repository.bumpPublished();
        },
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
