import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { OPEN_STATUSES, type Submission, type SubmissionStatus } from '../workflow/Submission';

type SubmissionDoc = Omit<Submission, 'id'> & { _id: string; round: number };

const schema = new Schema<SubmissionDoc>(
  {
    _id: String,
    round: Number,
    kind: String,
    key: { type: String, index: true },
    schoolId: { type: String, index: true },
    districtCode: { type: String, index: true },
    districtVerifiedBy: String,
    year: Number,
    stage: { type: String, default: null },
    fields: Schema.Types.Mixed,
    correctionReason: { type: String, default: null },
    status: { type: String, index: true },
    createdBy: String,
    createdAt: Date,
    updatedAt: Date,
    submittedBy: { type: String, default: null },
    submittedAt: { type: Date, default: null },
    reviewedBy: { type: String, default: null },
    reviewedAt: { type: Date, default: null },
    returnReason: { type: String, default: null },
    publishedRecordId: { type: String, default: null },
  },
  { collection: 'submissions', versionKey: false },
);

/**
 * Submissions. The id of a school's open submission is derived from its record key and a round
 * number, so two identical drafts sent at once collide on _id and one record results.
 * State changes compare-and-set on the status, so two reviewers cannot both act.
 */
export class SubmissionStore {
  private readonly model: Model<SubmissionDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<SubmissionDoc>('Submission', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  async findById(id: string): Promise<Submission | null> {
    const doc = await this.model.findById(id).lean<SubmissionDoc>();
    return doc ? toSubmission(doc) : null;
  }

  /** The latest submission for a record key, open or not. */
  async findLatest(kind: string, key: string): Promise<(Submission & { round: number }) | null> {
    const docs = await this.model.find({ kind, key }).sort({ round: -1 }).limit(1).lean<SubmissionDoc[]>();
    return docs[0] ? { ...toSubmission(docs[0]), round: docs[0].round } : null;
  }

  /** Inserts; resolves false when a submission with that id already exists (a duplicate). */
  async insert(submission: Omit<Submission, 'id'>, round: number): Promise<string | null> {
    const _id = `${submission.kind}:${submission.key}#${round}`;
    try {
      await this.model.create({ ...submission, _id, round });
      return _id;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return null;
      throw error;
    }
  }

  /** Applies `set` only if the submission is still in one of `from`; returns the result or null. */
  async transition(id: string, from: SubmissionStatus[], set: Partial<Submission>): Promise<Submission | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id, status: { $in: from } }, { $set: { ...set, updatedAt: new Date() } }, { new: true })
      .lean<SubmissionDoc>();
    return doc ? toSubmission(doc) : null;
  }

  async find(filter: { districtCode?: string; schoolId?: string; status?: SubmissionStatus[]; kind?: string; year?: number; stage?: string }): Promise<Submission[]> {
    const { status, ...rest } = filter;
    const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const docs = await this.model
      .find({ ...query, ...(status ? { status: { $in: status } } : {}) })
      .sort({ updatedAt: -1 })
      .lean<SubmissionDoc[]>();
    return docs.map(toSubmission);
  }

  /** Open submissions (not yet published) of a district. */
  findOpen(districtCode: string, kind?: string): Promise<Submission[]> {
    return this.find({ districtCode, kind, status: OPEN_STATUSES });
  }
}

function toSubmission(doc: SubmissionDoc): Submission {
  const { _id, round: _round, ...rest } = doc;
  return { ...rest, id: _id };
}
