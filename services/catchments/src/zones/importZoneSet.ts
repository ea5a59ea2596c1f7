import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import { readZoneFeatures, type FeatureProblem, type ZonePropertyMapping } from './readZoneFeatures';
import type { Stage } from './Zone';

export interface ZoneSetImport {
  districtCode: string;
  year: number;
  stage: Stage;
  crs: Crs;
  collection: unknown;
  mapping: ZonePropertyMapping;
  sourceDocument: string | null;
  sampleData: boolean;
  actor: string;
}

export interface ZoneSetImportReport {
  accepted: boolean;
  setId: string | null;
  version: number | null;
  imported: number;
  problems: FeatureProblem[];
}

/** Drafts a zone set from a FeatureCollection; all-or-nothing, every refused feature named. */
export async function importZoneSet(repository: CatchmentRepository, input: ZoneSetImport): Promise<ZoneSetImportReport> {
  const { zones, problems } = readZoneFeatures(input.collection, input.mapping, input.crs);
  const names = new Map<string, number>();
  zones.forEach((zone, i) => {
    if (names.has(zone.name)) problems.push({ index: i, reason: `zone name "${zone.name}" is used twice in this file` });
    names.set(zone.name, i);
  });
  if (problems.length) return { accepted: false, setId: null, version: null, imported: 0, problems };
  const set = await repository.insertZoneSet(
    {
      districtCode: input.districtCode,
      year: input.year,
      stage: input.stage,
      sourceDocument: input.sourceDocument,
      sampleData: input.sampleData,
      uploadedCrs: input.crs,
    },
    zones,
    input.actor,
  );
  return { accepted: true, setId: set.id, version: set.version, imported: zones.length, problems: [] };
}

/** Publishes a drafted set. Publishing an already-published set is refused, naming it. */
export async function publishZoneSet(repository: CatchmentRepository, setId: string, actor: string, districtCode: string) {
  const set = await repository.findZoneSet(setId);
  if (!set || set.districtCode !== districtCode) {
    throw new AppError('NOT_FOUND', `No zone set ${setId} in district ${districtCode}.`, { path: 'setId' });
  }
  if (set.publishedAt) {
    throw new AppError('CONFLICT', `Zone set ${setId} (version ${set.version}) was already published on ${set.publishedAt.toISOString()}.`, {
      path: 'setId',
    });
  }
  await repository.publish(set, actor);
  return set;
}
