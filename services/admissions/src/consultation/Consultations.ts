import { parseDecidedOn } from '@zsgk/working-days';
import { createHash } from 'node:crypto';
import { AppError } from '@zsgk/errors';
import type { Identity } from '@zsgk/identity';
import type { ReviewItem } from '@zsgk/publication';
import type { AuditRecorder } from '../audit/AuditRecorder';
import type { Published } from '../admissions/Admission';
import type { VersionChange } from '../publication/VersionChange';
import type { BureauChanges } from '../review/BureauChanges';
import type { DistrictScope } from '../scope/DistrictScope';
import { checkComment, commentKey } from './checkComment';
import { checkGrouping, completeFeedback, type CommentGroup } from './checkGroups';
import { acceptsComments, CONSULTATION_KIND, type Consultation, type ConsultationFields } from './Consultation';
import type { CommentGrouping as Grouping, ConsultationComment as StoredComment } from './ConsultationComment';
import { parseConsultation } from './parseConsultation';

export interface ConsultationsDeps {
  scope: DistrictScope;
  changes: BureauChanges;
  audit: AuditRecorder;
  /** Today in Beijing (YYYY-MM-DD); tests move it. */
  today: () => string;
  versions: {
    findInForce(keys: string[]): Promise<Map<string, ConsultationFields & Published>>;
    find(filter: Record<string, unknown>): Promise<(ConsultationFields & Published)[]>;
  };
  comments: {
    add(key: string, comment: Omit<StoredComment, 'receipt'>, today: string): Promise<{ comment: StoredComment; duplicate: boolean }>;
    find(consultationId: string): Promise<StoredComment[]>;
    receipts(consultationId: string): Promise<Set<string>>;
  };
  groupings: {
    latest(consultationId: string): Promise<Grouping>;
    save(consultationId: string, basedOn: number, groups: CommentGroup[], savedBy: string): Promise<Grouping>;
  };
  /** Per text, per client address (when the gateway signed one) and per consultation; exact across replicas. */
  limiter: { consume(consultationId: string, textKey: string, clientAddress?: string): Promise<void> };
  /** The district of a policy document (draft or published), or null when there is none. */
  policyDistrict(id: string): Promise<string | null>;
  /** The district of a published version of an admissions kind (ENROLMENT_RULES, POLICY_DOCUMENT), or null. */
  versionDistrict(kind: 'ENROLMENT_RULES' | 'POLICY_DOCUMENT', recordId: string): Promise<string | null>;
}

/**
 * Consultations on a draft (征求意见, 重大决策预公开): the bureau opens one through review (a second
 * officer approves, which publishes version 1, status CONSULTATION); anyone comments while its window
 * runs; the bureau groups the comments, answers each group (采纳情况及理由) and closes it through
 * review with the final version that superseded the draft (version 2, CLOSED). Comments' contacts
 * are read by the district's bureau only and never published.
 */
export class Consultations {
  constructor(private readonly deps: ConsultationsDeps) {}

  /** Today in Beijing, as every check here sees it. */
  today(): string {
    return this.deps.today();
  }

  async open(form: Record<string, unknown>, identity: Identity): Promise<ReviewItem> {
    const { decidedOn: decidedOnInput, ...raw } = form;
    const districtCode = String(raw.districtCode ?? '');
    await this.deps.scope.requireBureauOf(identity, districtCode, 'input.districtCode', { action: 'OPEN_CONSULTATION', entityType: 'CONSULTATION', entityId: districtCode });
    const decidedOn = parseDecidedOn(decidedOnInput, 'input.decidedOn');
    const parsed = parseConsultation(raw, this.deps.today());
    if (!parsed.ok) throw new AppError('BAD_USER_INPUT', parsed.reason, { path: `input.${parsed.field}` });
    const input = parsed.value;
    if (input.subjectKind === 'POLICY_DOCUMENT' && input.subjectId) {
      const owner = await this.deps.policyDistrict(input.subjectId);
      if (owner === null) throw new AppError('NOT_FOUND', `政策文件 ${input.subjectId} 不存在；subjectId 应为政策文件编号（区县代码/文号）`, { path: 'input.subjectId' });
      if (owner !== districtCode) {
        await this.deps.scope.refuse(identity, owner, 'input.subjectId', { action: 'OPEN_CONSULTATION', entityType: 'POLICY_DOCUMENT', entityId: input.subjectId }, `政策文件 ${input.subjectId} 属于 ${owner} 区，不属于 ${districtCode} 区`);
      }
    }
    const consultationId = `${districtCode}/${createHash('sha256').update(JSON.stringify([input.subjectKind, input.subjectId, input.title])).digest('hex').slice(0, 12)}`;
    if ((await this.deps.versions.findInForce([consultationId])).size) {
      throw new AppError('CONFLICT', `“${input.title}”已公开征求意见（${consultationId}）；请勿重复发起`, { path: 'input.title' });
    }
    const change: VersionChange<ConsultationFields> = { key: consultationId, fields: { ...input, consultationId, phase: 'OPEN', feedback: null }, correctionReason: null, previous: undefined };
    const summary = `公开征求意见：${input.title}（${input.opensOn} 至 ${input.closesOn}）`;
    return this.deps.changes.submitOnce(CONSULTATION_KIND, { recordKey: consultationId, districtCode, payload: { changes: [change] }, summary, decidedOn }, identity);
  }

  /** Checked again on approval: an opening approved after its first day would publish a window already begun. */
  async recheck(changes: VersionChange<ConsultationFields>[]): Promise<void> {
    const today = this.deps.today();
    for (const { fields, previous } of changes) {
      if (!previous && fields.opensOn < today) {
        throw new AppError('CONFLICT', `征求意见开始日期 ${fields.opensOn} 已过（今天 ${today}），批准后公布的期限将短于所填；请退回，修改日期后重新提交`, { path: 'id' });
      }
    }
  }

  /**
   * Anyone, anonymously, while the window runs: a receipt; the same comment again gets the first receipt.
   * `clientAddress` (signed by the gateway) is counted by the rate limit only, never stored with the comment.
   */
  async comment(consultationId: string, text: string, contact: string | null | undefined, clientAddress?: string): Promise<{ comment: StoredComment; duplicate: boolean }> {
    const checked = checkComment(text, contact);
    if (!checked.ok) throw new AppError('BAD_USER_INPUT', checked.reason, { path: checked.field });
    const consultation = await this.published(consultationId, 'consultationId');
    const today = this.deps.today();
    if (!acceptsComments(consultation, today)) {
      const when = consultation.phase === 'CLOSED' ? '已结束' : today < consultation.opensOn ? '尚未开始' : '已截止';
      throw new AppError('CONFLICT', `“${consultation.title}”征求意见期为 ${consultation.opensOn} 至 ${consultation.closesOn}，${when}，不再接收意见`, { path: 'consultationId' });
    }
    const key = commentKey(consultationId, checked.text);
    await this.deps.limiter.consume(consultationId, key, clientAddress);
    const added = await this.deps.comments.add(key, { consultationId, districtCode: consultation.districtCode, text: checked.text, contact: checked.contact, submittedAt: new Date() }, today);
    if (!added.duplicate) {
      await this.deps.audit.record([{
        actor: 'anonymous', role: 'PUBLIC', action: 'COMMENT', entityType: 'CONSULTATION', entityId: consultationId, districtCode: consultation.districtCode, schoolId: null,
        summary: `收到意见 ${added.comment.receipt}（${[...checked.text].length} 字${checked.contact ? '，留有联系方式' : ''}）`, changes: null,
      }]);
    }
    return added;
  }

  /** The district's bureau only: every comment with its contact; the read is recorded in the history (how many, never what). */
  async comments(consultationId: string, identity: Identity): Promise<StoredComment[]> {
    const consultation = await this.ownConsultation(consultationId, identity, 'READ_COMMENTS');
    const comments = await this.deps.comments.find(consultationId);
    const contacts = comments.filter((c) => c.contact).length;
    await this.deps.audit.record([{
      actor: identity.role === 'PUBLIC' ? 'anonymous' : identity.subject, role: identity.role, action: 'READ_CONTACTS', entityType: 'CONSULTATION', entityId: consultationId,
      districtCode: consultation.districtCode, schoolId: null, summary: `读取意见 ${comments.length} 条（其中 ${contacts} 条留有联系方式）`, changes: null,
    }]);
    return comments;
  }

  async grouping(consultationId: string, identity: Identity): Promise<Grouping & { ungrouped: string[] }> {
    await this.ownConsultation(consultationId, identity, 'READ_COMMENT_GROUPS');
    return this.withUngrouped(await this.deps.groupings.latest(consultationId));
  }

  /** Saves the whole grouping over revision `basedOn` (CONFLICT when another officer saved meanwhile). */
  async saveGroups(consultationId: string, basedOn: number, groups: CommentGroup[], identity: Identity): Promise<Grouping & { ungrouped: string[] }> {
    const consultation = await this.ownConsultation(consultationId, identity, 'GROUP_COMMENTS');
    if (consultation.phase === 'CLOSED') throw new AppError('CONFLICT', `“${consultation.title}”已结束并公布反馈，意见分组不再修改`, { path: 'consultationId' });
    const latest = await this.deps.groupings.latest(consultationId);
    if (latest.revision !== basedOn) throw new AppError('CONFLICT', `意见分组现为第 ${latest.revision} 版，不是第 ${basedOn} 版；请刷新后在最新版本上修改`, { path: 'revision' });
    const problem = checkGrouping(groups, await this.deps.comments.receipts(consultationId));
    if (problem) throw new AppError('BAD_USER_INPUT', problem.reason, { path: problem.field });
    const saved = await this.deps.groupings.save(consultationId, basedOn, groups, (identity as { subject: string }).subject);
    const decided = groups.filter((g) => g.decision).length;
    await this.deps.audit.record([{
      actor: saved.savedBy!, role: 'BUREAU', action: 'GROUP_COMMENTS', entityType: 'CONSULTATION', entityId: consultationId, districtCode: consultation.districtCode, schoolId: null,
      summary: `意见分组第 ${saved.revision} 版：${groups.length} 组，${decided} 组已填写采纳情况`, changes: JSON.stringify({ groups: groups.map((g) => ({ receipts: g.receipts, decision: g.decision })) }),
    }]);
    return this.withUngrouped(saved);
  }

  /**
   * Closes through review: after the window, with every comment grouped and every group answered,
   * and the final version that superseded the draft (verified when it is this service's record).
   */
  async close(consultationId: string, finalRecordId: string, summary: string | null, identity: Identity): Promise<ReviewItem> {
    const consultation = await this.ownConsultation(consultationId, identity, 'CLOSE_CONSULTATION');
    if (consultation.phase === 'CLOSED') throw new AppError('CONFLICT', `“${consultation.title}”已结束并公布反馈`, { path: 'id' });
    const today = this.deps.today();
    if (today <= consultation.closesOn) {
      throw new AppError('CONFLICT', `“${consultation.title}”征求意见期至 ${consultation.closesOn}，期满后（${consultation.closesOn} 以后）才能公布采纳情况`, { path: 'id' });
    }
    await this.checkFinalVersion(consultation, finalRecordId, identity);
    const receipts = await this.deps.comments.receipts(consultationId);
    const { groups } = await this.deps.groupings.latest(consultationId);
    const feedback = completeFeedback(groups, receipts);
    if (!feedback.ok) throw new AppError('BAD_USER_INPUT', `${feedback.reason}（先用 saveCommentGroups 保存）`, { path: feedback.field });
    const fields: ConsultationFields = {
      ...fieldsOf(consultation), phase: 'CLOSED',
      feedback: { groups: feedback.groups, commentsReceived: receipts.size, finalRecordId, summary, closedOn: today },
    };
    const change: VersionChange<ConsultationFields> = {
      key: consultationId, fields, previous: { id: consultation.id, version: consultation.version }, replacedEvent: 'SUPERSEDED',
      correctionReason: `征求意见结束，公布意见采纳情况及理由；最终版本为 ${finalRecordId}`,
    };
    const line = `结束征求意见：${consultation.title}（收到意见 ${receipts.size} 条，${feedback.groups.length} 组反馈；最终版本 ${finalRecordId}）`;
    return this.deps.changes.submit(CONSULTATION_KIND, { recordKey: consultationId, districtCode: consultation.districtCode, payload: { changes: [change] }, summary: line }, identity);
  }

  async find(districtCode: string): Promise<Consultation[]> {
    return this.deps.versions.find({ districtCode });
  }

  async findOne(consultationId: string): Promise<Consultation | null> {
    return (await this.deps.versions.findInForce([consultationId])).get(consultationId) ?? null;
  }

  private async checkFinalVersion(consultation: Consultation, finalRecordId: string, identity: Identity): Promise<void> {
    const kind = consultation.subjectKind;
    if (kind !== 'ENROLMENT_RULES' && kind !== 'POLICY_DOCUMENT') return; // a zone set or other matter lives elsewhere: recorded as given
    if (!finalRecordId.startsWith(`${kind}:`)) {
      throw new AppError('BAD_USER_INPUT', `最终版本应为已公布的 ${kind} 记录编号（如 ${kind}:…@v2），而不是 ${finalRecordId}`, { path: 'finalRecordId' });
    }
    const owner = await this.deps.versionDistrict(kind, finalRecordId);
    if (owner === null) throw new AppError('NOT_FOUND', `最终版本 ${finalRecordId} 尚未公布；请先公布最终版本，再结束征求意见`, { path: 'finalRecordId' });
    if (owner !== consultation.districtCode) {
      await this.deps.scope.refuse(identity, owner, 'finalRecordId', { action: 'CLOSE_CONSULTATION', entityType: kind, entityId: finalRecordId }, `${finalRecordId} 属于 ${owner} 区，不属于 ${consultation.districtCode} 区`);
    }
  }

  private async published(consultationId: string, path: string): Promise<Consultation> {
    const consultation = await this.findOne(consultationId);
    if (!consultation) throw new AppError('NOT_FOUND', `征求意见 ${consultationId} 不存在或尚未公布`, { path });
    return consultation;
  }

  /** The published consultation, if the caller is its district's bureau (another district's is refused and audited there). */
  private async ownConsultation(consultationId: string, identity: Identity, action: string): Promise<Consultation> {
    if (identity.role === 'PUBLIC') throw new AppError('UNAUTHENTICATED', '此操作需要登录的教育局用户');
    const consultation = await this.published(consultationId, 'consultationId');
    await this.deps.scope.requireBureauOf(identity, consultation.districtCode, 'consultationId', { action, entityType: 'CONSULTATION', entityId: consultationId });
    return consultation;
  }

  private async withUngrouped(grouping: Grouping): Promise<Grouping & { ungrouped: string[] }> {
    const grouped = new Set(grouping.groups.flatMap((g) => g.receipts));
    const ungrouped = [...(await this.deps.comments.receipts(grouping.consultationId))].filter((r) => !grouped.has(r)).sort();
    return { ...grouping, ungrouped };
  }
}

/** The published fields of a consultation, without the version's bookkeeping. */
function fieldsOf(c: Consultation): ConsultationFields {
  const { consultationId, districtCode, subjectKind, subjectId, title, draftText, basis, howToComment, opensOn, closesOn, shortWindowReason, phase, feedback } = c;
  return { consultationId, districtCode, subjectKind, subjectId, title, draftText, basis, howToComment, opensOn, closesOn, shortWindowReason, phase, feedback };
}
