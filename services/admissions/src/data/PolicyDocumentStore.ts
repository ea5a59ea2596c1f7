import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import type { PolicyDocument, PolicyDocumentFields } from '../policy/PolicyDocument';
import { policyView } from '../policy/policyView';
import { PublishedStore, versioningFields, type PublishedDoc } from './PublishedStore';

type DraftDoc = PolicyDocumentFields & { _id: string; createdAt: Date; updatedAt: Date };

const policyFields = {
  districtCode: { type: String, index: true },
  documentNumber: String,
  title: String,
  issuer: String,
  categories: [String],
  effectiveFrom: String,
  effectiveUntil: { type: String, default: null },
  body: { type: String, default: null },
  interpretation: { type: String, default: null },
  interpretationUrl: { type: String, default: null },
  sampleData: Boolean,
};

const draftSchema = new Schema<DraftDoc>({ _id: String, ...policyFields, createdAt: Date, updatedAt: Date }, { collection: 'policy_documents', versionKey: false });

const versionSchema = new Schema<PublishedDoc<PolicyDocumentFields>>(
  { ...policyFields, ...versioningFields },
  { collection: 'policy_versions', versionKey: false },
);

/**
 * Policy documents: drafts (`policy_documents`, edited freely until published) and published versions
 * (`policy_versions`, append-only like every published record: setting the expiry is a new version).
 * The id `${districtCode}/${documentNumber}` is stable across both.
 */
export class PolicyDocumentStore {
  private readonly drafts: Model<DraftDoc>;
  readonly versions: PublishedStore<PolicyDocumentFields>;
  constructor(connection: Connection) {
    this.drafts = connection.model<DraftDoc>('PolicyDraft', draftSchema);
    this.versions = new PublishedStore(connection.model('PolicyVersion', versionSchema) as unknown as Model<PublishedDoc<PolicyDocumentFields>>);
  }

  static idOf(districtCode: string, documentNumber: string): string {
    return `${districtCode}/${documentNumber}`;
  }

  async ensureIndexes(): Promise<void> {
    await Promise.all([this.drafts.init(), this.versions.ensureIndexes()]);
  }

  async findById(id: string): Promise<PolicyDocument | null> {
    return (await this.findByIds([id])).get(id) ?? null;
  }

  /** Documents by id: the version in force when published, else the draft. */
  async findByIds(ids: readonly string[]): Promise<Map<string, PolicyDocument>> {
    if (ids.length === 0) return new Map();
    const [versions, drafts] = await Promise.all([
      this.versions.find({ key: { $in: [...ids] } }, true),
      this.drafts.find({ _id: { $in: [...ids] } }).lean<DraftDoc[]>(),
    ]);
    return views(ids, versions, drafts);
  }

  async findByNumbers(districtCode: string, numbers: string[]): Promise<Map<string, PolicyDocument>> {
    const byId = await this.findByIds([...new Set(numbers)].map((n) => PolicyDocumentStore.idOf(districtCode, n)));
    return new Map([...byId.values()].map((d) => [d.documentNumber, d]));
  }

  async find(districtCode: string, publishedOnly: boolean): Promise<PolicyDocument[]> {
    const [versions, drafts] = await Promise.all([
      this.versions.find({ districtCode }, true),
      publishedOnly ? [] : this.drafts.find({ districtCode }).lean<DraftDoc[]>(),
    ]);
    const ids = [...new Set([...versions.map((v) => PolicyDocumentStore.idOf(v.districtCode, v.documentNumber)), ...drafts.map((d) => d._id)])];
    return [...views(ids, versions, drafts).values()].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  }

  /** Creates or replaces a draft; never touches a published document (resolves null then). */
  async saveDraft(fields: PolicyDocumentFields): Promise<PolicyDocument | null> {
    const _id = PolicyDocumentStore.idOf(fields.districtCode, fields.documentNumber);
    if ((await this.versions.find({ key: _id }, true)).length > 0) return null;
    const now = new Date();
    await this.drafts.updateOne({ _id }, { $set: { ...fields, updatedAt: now }, $setOnInsert: { createdAt: now } }, { upsert: true });
    return this.findById(_id);
  }
}

function views(ids: readonly string[], versions: (PolicyDocumentFields & { version: number })[], drafts: DraftDoc[]): Map<string, PolicyDocument> {
  const out = new Map<string, PolicyDocument>();
  for (const id of ids) {
    const own = versions.filter((v) => PolicyDocumentStore.idOf(v.districtCode, v.documentNumber) === id);
    const draft = drafts.find((d) => d._id === id);
    const view = policyView(id, own as never, draft ? draftFields(draft) : null);
    if (view) out.set(id, view);
  }
  return out;
}

function draftFields({ _id: _i, createdAt: _c, updatedAt: _u, ...fields }: DraftDoc): PolicyDocumentFields {
  return fields;
}
