import { AppError } from '@zsgk/errors';
import { isDuplicateKeyError } from '@zsgk/publication';
import { Schema, type Connection, type Model } from 'mongoose';
import type { CommentGroup } from '../consultation/checkGroups';
import type { CommentGrouping } from '../consultation/ConsultationComment';

type GroupingDoc = CommentGrouping & { _id: string };

const schema = new Schema<GroupingDoc>(
  {
    _id: String,
    consultationId: { type: String, index: true },
    revision: Number,
    groups: [new Schema({ receipts: [String], summary: String, decision: { type: String, default: null }, reason: { type: String, default: null } }, { _id: false })],
    savedBy: String,
    savedAt: Date,
  },
  { collection: 'comment_groupings', versionKey: false },
);

/**
 * Revisions of a grouping: revision n+1 is inserted as `_id = <consultationId>@<n+1>`, so of two
 * officers saving over the same revision one wins and the other gets CONFLICT (no lost update).
 */
export class CommentGroupingStore {
  private readonly model: Model<GroupingDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<GroupingDoc>('CommentGrouping', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  /** The latest revision (revision 0, no groups, when none was saved). */
  async latest(consultationId: string): Promise<CommentGrouping> {
    const [doc] = await this.model.find({ consultationId }).sort({ revision: -1 }).limit(1).lean<GroupingDoc[]>();
    if (!doc) return { consultationId, revision: 0, groups: [], savedBy: null, savedAt: null };
    const { _id, ...grouping } = doc;
    return { ...grouping, groups: grouping.groups.map((g) => ({ receipts: g.receipts, summary: g.summary, decision: g.decision ?? null, reason: g.reason ?? null })) };
  }

  /** Saves the revision after `basedOn`; CONFLICT when someone saved it first. */
  async save(consultationId: string, basedOn: number, groups: CommentGroup[], savedBy: string): Promise<CommentGrouping> {
    const grouping = { consultationId, revision: basedOn + 1, groups, savedBy, savedAt: new Date() };
    try {
      await this.model.create({ _id: `${consultationId}@${grouping.revision}`, ...grouping });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new AppError('CONFLICT', `意见分组已被他人保存为第 ${grouping.revision} 版；请刷新后在最新版本上修改`, { path: 'revision' });
    }
    return grouping;
  }
}
