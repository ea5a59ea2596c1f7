import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SchoolChange } from '../register/RegisterChange';

interface ChunkDocument {
  _id: string;
  changes: SchoolChange[];
}

const schema = new Schema({ _id: { type: String, required: true }, changes: { type: Array, required: true } }, {
  collection: 'register_change_sets',
  versionKey: false,
});

/** Changes per document: 1,000 rows are about 1 MB, far below the 16 MB document limit a 100,000-row import would exceed in one. */
const CHUNK = 1000;

/**
 * The school changes of a register change, kept apart from its review item (an import of 100,000
 * rows does not fit one document). Written once before the item is submitted and never changed;
 * chunk ids are `<setId>#<n>`, so reading needs no filtered query.
 */
export class RegisterChangeSets {
  private readonly model: Model<ChunkDocument>;

  constructor(connection: Connection) {
    this.model = (connection.models.RegisterChangeSet as Model<ChunkDocument> | undefined) ?? connection.model<ChunkDocument>('RegisterChangeSet', schema);
  }

  async save(changes: SchoolChange[]): Promise<string> {
    const setId = randomUUID();
    const chunks: ChunkDocument[] = [];
    for (let i = 0; i * CHUNK < changes.length; i++) chunks.push({ _id: `${setId}#${i}`, changes: changes.slice(i * CHUNK, (i + 1) * CHUNK) });
    await this.model.collection.insertMany(chunks as never[], { ordered: true });
    return setId;
  }

  async load(setId: string, count: number): Promise<SchoolChange[]> {
    const ids = Array.from({ length: Math.ceil(count / CHUNK) }, (_, i) => `${setId}#${i}`);
    const docs = await this.model.find({ _id: { $in: ids } }).lean<ChunkDocument[]>();
    const byId = new Map(docs.map((doc) => [doc._id, doc.changes]));
    const changes = ids.flatMap((id) => byId.get(id) ?? []);
    if (changes.length !== count) throw new Error(`register change set ${setId} holds ${changes.length} of its ${count} changes`);
    return changes;
  }
}
