import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { ReviewItem } from '@zsgk/publication';
import type { PreferentialAdmission } from '../admissions/Admission';
import { hasInterpretation, INTERPRETATION_REQUIRED } from '../admissions/parseRows';
import type { BureauChanges } from '../review/BureauChanges';
import type { VersionChange } from '../publication/VersionChange';
import type { DistrictScope } from '../scope/DistrictScope';
import type { AdmissionRound } from './admissionRound';
import type { PolicyDocument, PolicyDocumentFields } from './PolicyDocument';

/** A published result that applies a policy, as the expiry check reads it. */
export interface CitingResult {
  key: string;
  schoolId: string;
  year: number;
  stage: string;
  round: number;
  preferential: PreferentialAdmission[];
}

export interface PolicyChangesDeps {
  scope: DistrictScope;
  changes: BureauChanges;
  findById(id: string): Promise<PolicyDocument | null>;
  /** In-force results of a district (only the fields the check needs). */
  resultsOf(districtCode: string): Promise<CitingResult[]>;
  roundOf(districtCode: string, year: number, stage: string): Promise<AdmissionRound>;
}

/**
 * Publishing a policy document and setting its expiry: both are bureau changes (review, then a
 * logged version). The expiry may not end the document's force before the round of any published
 * admission that applies it (CONFLICT naming those records), checked on submission and on approval.
 */
export class PolicyChanges {
  constructor(private readonly deps: PolicyChangesDeps) {}

  async submitPublication(id: string, identity: Identity, decidedOn?: string): Promise<ReviewItem> {
    const doc = await this.ownDocument(id, identity, 'PUBLISH_POLICY');
    if (doc.version > 0) throw new AppError('CONFLICT', `${doc.documentNumber} is already published.`, { path: 'id' });
    // Drafts may be saved without it; the publication carries it (相关解读材料于文件公开时同步发布).
    if (!hasInterpretation({ interpretation: doc.interpretation, interpretationUrl: doc.interpretationUrl ?? null })) {
      throw new AppError('BAD_USER_INPUT', `${doc.documentNumber}: interpretation ${INTERPRETATION_REQUIRED.message}; add it to the draft (savePolicyDocument) and publish again.`, {
        path: 'interpretation',
      });
    }
    const { id: _id, publishedAt: _p, version: _v, recordId: _r, versionPublishedAt: _vp, correctionReason: _c, ...fields } = doc;
    const change: VersionChange<PolicyDocumentFields> = { key: id, fields, correctionReason: null, previous: undefined };
    return this.deps.changes.submit('POLICY_DOCUMENT', { recordKey: id, districtCode: doc.districtCode, payload: { changes: [change] }, summary: `发布 ${doc.documentNumber} ${doc.title}`, decidedOn }, identity);
  }

  async submitExpiry(id: string, effectiveUntil: string, reason: string | null, identity: Identity, decidedOn?: string): Promise<ReviewItem> {
    const doc = await this.ownDocument(id, identity, 'EXPIRE_POLICY');
    if (doc.version === 0) throw new AppError('CONFLICT', `${doc.documentNumber} is not published; edit the draft instead.`, { path: 'id' });
    if (effectiveUntil < doc.effectiveFrom) throw new AppError('BAD_USER_INPUT', `Must not be before ${doc.effectiveFrom}.`, { path: 'effectiveUntil' });
    const { id: _id, publishedAt: _p, version, recordId, versionPublishedAt: _vp, correctionReason: _c, ...fields } = doc;
    const change: VersionChange<PolicyDocumentFields> = {
      key: id, fields: { ...fields, effectiveUntil }, correctionReason: reason ?? `失效日期设为 ${effectiveUntil}`,
      previous: { id: recordId!, version }, extraEvents: ['EXPIRED'], replacedEvent: 'SUPERSEDED',
    };
    await this.recheck([change]);
    const summary = `${doc.documentNumber} ${doc.title} 有效期至 ${effectiveUntil}（原为 ${doc.effectiveUntil ?? '长期'}）`;
    return this.deps.changes.submit('POLICY_DOCUMENT', { recordKey: id, districtCode: doc.districtCode, payload: { changes: [change] }, summary, decidedOn }, identity);
  }

  /** CONFLICT when an expiry would end a document's force before the round of a published admission citing it. */
  async recheck(changes: VersionChange<PolicyDocumentFields>[]): Promise<void> {
    for (const change of changes) {
      const until = change.fields.effectiveUntil;
      if (!change.extraEvents?.includes('EXPIRED') || until === null) continue;
      const { districtCode, documentNumber } = change.fields;
      const citing = (await this.deps.resultsOf(districtCode)).filter((r) => r.preferential.some((p) => p.policyDocumentNumber === documentNumber));
      const blocked: string[] = [];
      for (const r of citing) {
        const round = await this.deps.roundOf(districtCode, r.year, r.stage);
        if (until < round.closesOn) blocked.push(`${r.key}（学校 ${r.schoolId} ${r.year} 年 ${r.stage} 第 ${r.round} 轮，招生期至 ${round.closesOn}）`);
      }
      if (blocked.length) {
        throw new AppError('CONFLICT', `${documentNumber} 不能在 ${until} 失效：已公布的录取结果引用了它：${blocked.slice(0, 10).join('；')}${blocked.length > 10 ? ` 等 ${blocked.length} 条` : ''}`, {
          path: 'effectiveUntil',
          details: { citing: blocked.length },
        });
      }
    }
  }

  private async ownDocument(id: string, identity: Identity, action: string): Promise<PolicyDocument> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', 'This action needs a signed-in bureau user.');
    const doc = await this.deps.findById(id);
    if (!doc) throw new AppError('NOT_FOUND', `No policy document ${id}.`, { path: 'id' });
    await this.deps.scope.requireBureauOf(identity, doc.districtCode, 'id', { action, entityType: 'POLICY_DOCUMENT', entityId: id });
    return doc;
  }
}
