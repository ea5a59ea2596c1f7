import type { Model } from 'mongoose';
import type { ResultFields } from '../admissions/Admission';
import { figuresOf, type ResultFigures } from '../summary/figuresCodec';
import { PublishedStore, type PublishedDoc } from './PublishedStore';
import type { Group, ResultFiguresStore } from './ResultFiguresStore';

const FIGURE_FIELDS = ['schoolId', 'round', 'plannedSeats', 'applicants', 'admitted', 'explanation'] as const;

/**
 * Admission results: the versioned records, plus the per-district figures read model that summaries
 * read (ResultFiguresStore). Every publication updates both (updateFigures); the results stay the source of truth.
 */
export class ResultStore extends PublishedStore<ResultFields> {
  constructor(model: Model<PublishedDoc<ResultFields>>, readonly figures: ResultFiguresStore) {
    super(model);
  }

  /** Brings the figures read model up to date with just-published results (idempotent: a merge per school and round). */
  async updateFigures(published: ResultFields[]): Promise<void> {
    const groups = new Map<string, { group: Group; rows: ResultFigures[] }>();
    for (const fields of published) {
      const group = { districtCode: fields.districtCode, year: fields.year, stage: fields.stage };
      const entry = groups.get(JSON.stringify(group)) ?? { group, rows: [] };
      entry.rows.push(figuresOf(fields));
      groups.set(JSON.stringify(group), entry);
    }
    for (const { group, rows } of groups.values()) {
      await this.ensureFigures(group);
      await this.figures.merge(group, rows);
    }
  }

  /** In-force figures of a district, year and stage, from the read model (built on first use). */
  async figuresFor(group: Group): Promise<ResultFigures[]> {
    return (await this.figures.read(group)) ?? (await this.ensureFigures(group));
  }

  private async ensureFigures(group: Group): Promise<ResultFigures[]> {
    const existing = await this.figures.read(group);
    if (existing) return existing;
    const rows = (await this.findInForceFields({ ...group }, [...FIGURE_FIELDS])).map(figuresOf);
    await this.figures.create(group, rows);
    return rows;
  }
}
