import type { Model } from 'mongoose';
import type { Published, ResultFields } from '../admissions/Admission';
import { figuresOf, type ResultFigures } from '../summary/figuresCodec';
import { PublishedStore, type PublishedDoc } from './PublishedStore';
import type { Group, ResultFiguresStore } from './ResultFiguresStore';

const FIGURE_FIELDS = ['schoolId', 'round', 'plannedSeats', 'applicants', 'admitted', 'explanation'] as const;

/**
 * Admission results: the versioned records, plus the per-district figures read model that summaries
 * read (ResultFiguresStore). Every publish updates both; the results stay the source of truth.
 */
export class ResultStore extends PublishedStore<ResultFields> {
  constructor(model: Model<PublishedDoc<ResultFields>>, readonly figures: ResultFiguresStore) {
    super(model);
  }

  override async publishVersions(
    changes: { key: string; fields: ResultFields; correctionReason: string | null; previous: (ResultFields & Published) | undefined }[],
    actor: string,
  ): Promise<string[]> {
    const ids = await super.publishVersions(changes, actor);
    const groups = new Map<string, { group: Group; rows: ResultFigures[] }>();
    for (const { fields } of changes) {
      const group = { districtCode: fields.districtCode, year: fields.year, stage: fields.stage };
      const entry = groups.get(JSON.stringify(group)) ?? { group, rows: [] };
      entry.rows.push(figuresOf(fields));
      groups.set(JSON.stringify(group), entry);
    }
    for (const { group, rows } of groups.values()) {
      await this.ensureFigures(group);
      await this.figures.merge(group, rows);
    }
    return ids;
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
