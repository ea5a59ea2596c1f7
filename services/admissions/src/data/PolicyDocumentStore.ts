import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import type { PolicyDocument, PolicyDocumentFields } from '../policy/PolicyDocument';

type PolicyDoc = Omit<PolicyDocument, 'id'> & { _id: string };

const schema = new Schema<PolicyDoc>(
  {
    _id: String,
    districtCode: { type: String, index: true },
    documentNumber: String,
    title: String,
    issuer: String,
    categories: [String],
    effectiveFrom: String,
    effectiveUntil: { type: String, default: null },
    body: { type: String, default: null },
    interpretation: { type: String, default: null },
    sampleData: Boolean,
    publishedAt: { type: Date, default: null },
    publishedBy: { type: String, default: null },
    createdAt: Date,
    updatedAt: Date,
  },
  { collection: 'policy_documents', versionKey: false },
);

/** Policy documents, one per district and document number (the id is derived from both). */
export class PolicyDocumentStore {
  private readonly model: Model<PolicyDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<PolicyDoc>('PolicyDocument', schema);
  }

  static idOf(districtCode: string, documentNumber: string): string {
    return `${districtCode}/${documentNumber}`;
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  async findById(id: string): Promise<PolicyDocument | null> {
    const doc = await this.model.findById(id).lean<PolicyDoc>();
    return doc ? toDocument(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, PolicyDocument>> {
    const docs = await this.model.find({ _id: { $in: [...ids] } }).lean<PolicyDoc[]>();
    return new Map(docs.map((d) => [d._id, toDocument(d)]));
  }

  async findByNumbers(districtCode: string, numbers: string[]): Promise<Map<string, PolicyDocument>> {
    if (numbers.length === 0) return new Map();
    const ids = [...new Set(numbers)].map((n) => PolicyDocumentStore.idOf(districtCode, n));
    const docs = await this.model.find({ _id: { $in: ids } }).lean<PolicyDoc[]>();
    return new Map(docs.map((d) => [d.documentNumber, toDocument(d)]));
  }

  async find(districtCode: string, publishedOnly: boolean): Promise<PolicyDocument[]> {
    const docs = await this.model
      .find({ districtCode, ...(publishedOnly ? { publishedAt: { $ne: null } } : {}) })
      .sort({ effectiveFrom: -1 })
      .lean<PolicyDoc[]>();
    return docs.map(toDocument);
  }

  /** Creates or replaces a draft; never touches a published document (resolves null then). */
  async saveDraft(fields: PolicyDocumentFields): Promise<PolicyDocument | null> {
    const _id = PolicyDocumentStore.idOf(fields.districtCode, fields.documentNumber);
    const now = new Date();
    try {
      const doc = await this.model
        .findOneAndUpdate(
          { _id, publishedAt: null },
          { $set: { ...fields, updatedAt: now }, $setOnInsert: { createdAt: now, publishedBy: null } },
          { upsert: true, new: true },
        )
        .lean<PolicyDoc>();
      return doc ? toDocument(doc) : null;
    } catch (error) {
      // Upsert on a published id: the filter misses, the insert collides with the published document.
      if ((error as { code?: number }).code === 11000) return null;
      throw error;
    }
  }

  async publish(id: string, actor: string): Promise<PolicyDocument | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id, publishedAt: null }, { $set: { publishedAt: new Date(), publishedBy: actor, updatedAt: new Date() } }, { new: true })
      .lean<PolicyDoc>();
    return doc ? toDocument(doc) : null;
  }

  /** Sets the last day in force of a published document (repeal or expiry); the text stays as published. */
  async setEffectiveUntil(id: string, effectiveUntil: string): Promise<PolicyDocument | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id, publishedAt: { $ne: null } }, { $set: { effectiveUntil, updatedAt: new Date() } }, { new: true })
      .lean<PolicyDoc>();
    return doc ? toDocument(doc) : null;
  }
}

function toDocument({ _id, ...rest }: PolicyDoc): PolicyDocument {
  return { ...rest, id: _id };
}
