import type { Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import { decodeFigures, encodeFigures, mergeFigures, type ResultFigures } from '../summary/figuresCodec';

interface FiguresDoc {
  _id: string;
  districtCode: string;
  year: number;
  stage: string;
  /** Bumped on every write: writers compare-and-set on it, so two publishes never lose each other. */
  rev: number;
  figures: string;
  updatedAt: Date;
}

const schema = new Schema<FiguresDoc>(
  { _id: String, districtCode: { type: String, index: true }, year: Number, stage: String, rev: Number, figures: String, updatedAt: Date },
  { collection: 'result_figures', versionKey: false },
);

export type Group = { districtCode: string; year: number; stage: string };
const idOf = (g: Group) => `${g.districtCode}:${g.year}:${g.stage}`;

/**
 * A read model of the in-force admission figures, one document per district, year and stage, kept
 * by ResultStore on every publish. Derived data: delete a document and the next read rebuilds it from
 * the published results.
 */
export class ResultFiguresStore {
  private readonly model: Model<FiguresDoc>;
  constructor(connection: Connection) {
    this.model = connection.model<FiguresDoc>('ResultFigures', schema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.init();
  }

  /** The group's figures, or null when there is no read model for it yet. */
  async read(group: Group): Promise<ResultFigures[] | null> {
    const doc = await this.model.findById(idOf(group)).lean<FiguresDoc>();
    return doc ? decodeFigures(doc.figures) : null;
  }

  /** School ids with figures in any year of a district (and stage): the roster without a school register. */
  async schoolIds(districtCode: string, stage?: string): Promise<string[]> {
    const docs = await this.model.find({ districtCode, ...(stage ? { stage } : {}) }).lean<FiguresDoc[]>();
    const ids = new Set<string>();
    for (const doc of docs) for (const line of doc.figures.split('\n')) if (line) ids.add(line.slice(0, line.indexOf(',')));
    return [...ids];
  }

  /** Creates the group's document from `rows` unless one exists (then that one stands). */
  async create(group: Group, rows: ResultFigures[]): Promise<void> {
    try {
      await this.model.create({ _id: idOf(group), ...group, rev: 1, figures: encodeFigures(mergeFigures([], rows)), updatedAt: new Date() });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  /** Merges rows into the group's existing document, compare-and-set on `rev`, retrying on a concurrent write. */
  async merge(group: Group, rows: ResultFigures[]): Promise<void> {
    const _id = idOf(group);
    for (let attempt = 0; attempt < 20; attempt++) {
      const doc = await this.model.findById(_id).lean<FiguresDoc>();
      if (!doc) throw new Error(`result figures ${_id} missing: create it first`);
      const figures = encodeFigures(mergeFigures(decodeFigures(doc.figures), rows));
      const written = await this.model.updateOne({ _id, rev: doc.rev }, { $set: { figures, rev: doc.rev + 1, updatedAt: new Date() } });
      if (written.modifiedCount === 1) return;
    }
    throw new Error(`result figures ${_id}: too many concurrent writers`);
  }
}
