import { randomBytes } from 'node:crypto';
import { isDuplicateKeyError } from '@zsgk/publication';
import { Schema, type Connection, type Model } from 'mongoose';
import type { ConsultationComment } from '../consultation/ConsultationComment';

/** `_id` is the comment's duplicate key (commentKey): the second copy of a comment meets the first at the insert. */
type CommentDoc = ConsultationComment & { _id: string };

const schema = new Schema<CommentDoc>(
  {
    _id: String,
    receipt: { type: String, unique: true },
    consultationId: { type: String, index: true },
    districtCode: String,
    text: String,
    contact: { type: String, default: null },
    submittedAt: Date,
  },
  { collection: 'consultation_comments', versionKey: false },
);

/** Receipt numbers: YJ, the Beijing date, six random base-32 characters (30 bits: not guessable from one's own). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
function newReceipt(today: string): string {
  const random = [...randomBytes(6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `YJ${today.replaceAll('-', '')}-${random}`;
}

/** Comments, insert-only: nothing edits or deletes one, except that contacts are cleared when their retention ends (clearContacts). */
export class CommentStore {
  private readonly model: Model<CommentDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<CommentDoc>('ConsultationComment', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  /** Stores the comment under `key`, or returns the one already stored there (`duplicate`): one receipt per comment. */
  async add(key: string, comment: Omit<ConsultationComment, 'receipt'>, today: string): Promise<{ comment: ConsultationComment; duplicate: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = { _id: key, receipt: newReceipt(today), ...comment };
      try {
        await this.model.create(doc);
        return { comment: strip(doc), duplicate: false };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const first = await this.model.findById(key).lean<CommentDoc>();
        if (first) return { comment: strip(first), duplicate: true };
        // Otherwise the random receipt was taken (1 in 10^9): draw another.
      }
    }
    throw new Error(`no free receipt number for comment ${key}`);
  }

  /** A consultation's comments, oldest first. */
  async find(consultationId: string): Promise<ConsultationComment[]> {
    return (await this.model.find({ consultationId }).sort({ submittedAt: 1, receipt: 1 }).lean<CommentDoc[]>()).map(strip);
  }

  async receipts(consultationId: string): Promise<Set<string>> {
    const docs = await this.model.find({ consultationId }, { receipt: 1 }).lean<{ receipt: string }[]>();
    return new Set(docs.map((d) => d.receipt));
  }

  /** Clears the contact of every comment on these consultations; how many were cleared per consultation. */
  async clearContacts(consultationIds: string[]): Promise<Map<string, number>> {
    const filter = { consultationId: { $in: consultationIds }, contact: { $ne: null } };
    const docs = await this.model.find(filter, { consultationId: 1 }).lean<{ _id: string; consultationId: string }[]>();
    const removed = new Map<string, number>();
    if (!docs.length) return removed;
    await this.model.updateMany({ _id: { $in: docs.map((d) => d._id) } }, { $set: { contact: null } });
    for (const d of docs) removed.set(d.consultationId, (removed.get(d.consultationId) ?? 0) + 1);
    return removed;
  }

  /** Comments per consultation, for many at once (one query). */
  async counts(consultationIds: readonly string[]): Promise<Map<string, number>> {
    const docs = await this.model.find({ consultationId: { $in: [...consultationIds] } }, { consultationId: 1 }).lean<{ consultationId: string }[]>();
    const counts = new Map<string, number>();
    for (const d of docs) counts.set(d.consultationId, (counts.get(d.consultationId) ?? 0) + 1);
    return counts;
  }
}

const strip = ({ _id: _key, ...comment }: CommentDoc): ConsultationComment => comment;
