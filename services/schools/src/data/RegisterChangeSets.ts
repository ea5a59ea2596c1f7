import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { Schema, type Connection, type Model } from 'mongoose';
import type { SchoolChange } from '../register/RegisterChange';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

interface ChunkDocument {
  _id: string;
  /** The chunk's changes as gzipped JSON (written since the register import was made fast). */
  gzippedJson?: Buffer;
  /** The chunk's changes as a plain array (sets written before); still read. */
  changes?: SchoolChange[];
}

const schema = new Schema({ _id: { type: String, required: true }, gzippedJson: Buffer, changes: Array }, {
  collection: 'register_change_sets',
  versionKey: false,
});

/** Changes per document: 1,000 rows are about 0.7 MB of JSON (~20 kB gzipped); 100,000 rows in one would pass the 16 MB document limit. */
const CHUNK = 1000;

/**
 * The school changes of a register change, kept apart from its review item (an import of 100,000
 * rows does not fit one document). Written once before the item is submitted and never changed;
 * chunk ids are `<setId>#<n>`, so reading needs no filtered query.
 *
 * Each chunk is stored as one gzipped JSON blob, not as an array of subdocuments: nothing queries
 * inside a change set, and the embedded FerretDB converts every nested field on insert. Measured for
 * a 10,000-row import (7 MB of changes): 3.5 s as arrays, 0.17 s as blobs (README, Benchmark).
 */
export class RegisterChangeSets {
  private readonly model: Model<ChunkDocument>;

  constructor(connection: Connection) {
    this.model = (connection.models.RegisterChangeSet as Model<ChunkDocument> | undefined) ?? connection.model<ChunkDocument>('RegisterChangeSet', schema);
  }

  async save(changes: SchoolChange[]): Promise<string> {
    const setId = randomUUID();
    const slices: SchoolChange[][] = [];
    for (let i = 0; i * CHUNK < changes.length; i++) slices.push(changes.slice(i * CHUNK, (i + 1) * CHUNK));
    const chunks = await Promise.all(
      slices.map(async (slice, i): Promise<ChunkDocument> => ({ _id: `${setId}#${i}`, gzippedJson: await gzipAsync(JSON.stringify(slice)) })),
    );
    await this.model.collection.insertMany(chunks as never[], { ordered: true });
    return setId;
  }

  async load(setId: string, count: number): Promise<SchoolChange[]> {
    const ids = Array.from({ length: Math.ceil(count / CHUNK) }, (_, i) => `${setId}#${i}`);
    const docs = await this.model.collection.find({ _id: { $in: ids } } as never).toArray() as unknown as StoredChunk[];
    const byId = new Map(await Promise.all(docs.map(async (doc) => [doc._id, await changesOf(doc)] as const)));
    const changes = ids.flatMap((id) => byId.get(id) ?? []);
    if (changes.length !== count) throw new Error(`register change set ${setId} holds ${changes.length} of its ${count} changes`);
    return changes;
  }
}

/** A chunk as the driver returns it: binary data comes back as a BSON Binary, not a Buffer. */
interface StoredChunk {
  _id: string;
  gzippedJson?: { buffer: Uint8Array; position: number } | Buffer;
  changes?: SchoolChange[];
}

async function changesOf(doc: StoredChunk): Promise<SchoolChange[]> {
  if (!doc.gzippedJson) return doc.changes ?? [];
  const { gzippedJson } = doc;
  const bytes = Buffer.isBuffer(gzippedJson) ? gzippedJson : Buffer.from(gzippedJson.buffer.subarray(0, gzippedJson.position));
  return JSON.parse((await gunzipAsync(bytes)).toString('utf8')) as SchoolChange[];
}
