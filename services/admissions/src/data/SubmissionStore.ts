import { isDuplicateKeyError } from '@zsgk/publication';
import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { OPEN_STATUSES, type Submission, type SubmissionStatus } from '../workflow/Submission';

/** `seq` counts the transitions applied to this document (its projection of the transition records). */
type SubmissionDoc = Omit<Submission, 'id'> & { _id: string; round: number; seq: number };

/** One state change of a submission; `_id = ${submissionId}#${seq}`, so only one change can be number `seq`. */
interface TransitionDoc {
  _id: string;
  submissionId: string;
  seq: number;
  from: SubmissionStatus;
  set: Partial<Submission>;
  at: Date;
}

const transitionSchema = new Schema<TransitionDoc>(
  { _id: String, submissionId: { type: String, index: true }, seq: Number, from: String, set: Schema.Types.Mixed, at: Date },
  { collection: 'submission_transitions', versionKey: false },
);

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
    decidedOn: { type: String, default: null },
    updatedAt: Date,
    submittedBy: { type: String, default: null },
    submittedAt: { type: Date, default: null },
    reviewedBy: { type: String, default: null },
    reviewedAt: { type: Date, default: null },
    returnReason: { type: String, default: null },
    publishedRecordId: { type: String, default: null },
    approvedPrevious: { type: Schema.Types.Mixed, default: null },
    seq: { type: Number, default: 0 },
  },
  { collection: 'submissions', versionKey: false },
);

/**
 * Submissions. The id of a school's open submission is derived from its record key and a round
 * number, so two identical drafts sent at once collide on _id and one record results.
 *
 * State changes are compare-and-set without findOneAndUpdate (not atomic on FerretDB 1.x): a change
 * from transition number n inserts the record `${id}#${n+1}`; of concurrent changes one insert
 * succeeds, the others hit the duplicate key and lose. The submission document is then brought up to
 * date; a crash before that is finished by the next read (`findById`) or the startup repair.
 */
export class SubmissionStore {
  private readonly model: Model<SubmissionDoc>;
  private readonly transitions: Model<TransitionDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<SubmissionDoc>('Submission', schema);
    this.transitions = connection.model<TransitionDoc>('SubmissionTransition', transitionSchema);
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([this.model.init(), this.transitions.init()]);
  }

  async findById(id: string): Promise<Submission | null> {
    const doc = await this.model.findById(id).lean<SubmissionDoc>();
    return doc ? toSubmission(await this.caughtUp(doc)) : null;
  }

  /** Applies transition records the document has not caught up with (after a crash between the two writes). */
  private async caughtUp(doc: SubmissionDoc): Promise<SubmissionDoc> {
    const pending = await this.transitions.find({ submissionId: doc._id, seq: { $gt: doc.seq ?? 0 } }).sort({ seq: 1 }).lean<TransitionDoc[]>();
    let current = doc;
    for (const t of pending) {
      current = { ...current, ...t.set, seq: t.seq, updatedAt: t.at };
      await this.model.updateOne({ _id: doc._id, seq: { $lt: t.seq } }, { $set: { ...t.set, seq: t.seq, updatedAt: t.at } });
    }
    return current;
  }

  /** Brings every open submission up to date with its transition records (startup repair). */
  async repairTransitions(): Promise<number> {
    const open = await this.model.find({ status: { $in: OPEN_STATUSES } }).lean<SubmissionDoc[]>();
    let repaired = 0;
    for (const doc of open) if ((await this.caughtUp(doc)).seq !== (doc.seq ?? 0)) repaired += 1;
    return repaired;
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
      await this.model.create({ ...submission, _id, round, seq: 0 });
      return _id;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return null;
      throw error;
    }
  }

  /**
   * Applies `set` only if the submission is in one of `from` and no one changed it meanwhile;
   * returns the result, or null when it was in another state or another change won.
   */
  async transition(id: string, from: SubmissionStatus[], set: Partial<Submission>): Promise<Submission | null> {
    const found = await this.model.findById(id).lean<SubmissionDoc>();
    if (!found) return null;
    const doc = await this.caughtUp(found);
    if (!from.includes(doc.status)) return null;
    const seq = (doc.seq ?? 0) + 1;
    const at = new Date();
    try {
      await this.transitions.create({ _id: `${id}#${seq}`, submissionId: id, seq, from: doc.status, set, at });
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
    await this.model.updateOne({ _id: id, seq: { $lt: seq } }, { $set: { ...set, seq, updatedAt: at } });
    return toSubmission({ ...doc, ...set, seq, updatedAt: at });
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
  const { _id, round: _round, seq: _seq, ...rest } = doc;
  return { ...rest, id: _id };
}
