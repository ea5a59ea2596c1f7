import { AppError } from '@zsgk/errors';
import type { Crs } from '@zsgk/geo';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import { checkSchoolCodes } from '../register/checkSchoolCodes';
import type { SchoolRegister } from '../register/SchoolRegister';
import { readZoneFeatures, type FeatureProblem, type FeatureRepair, type ZonePropertyMapping } from './readZoneFeatures';
import type { Stage, ZoneSet } from './Zone';

export interface ZoneSetImport {
  districtCode: string;
  year: number;
  stage: Stage;
  crs: Crs;
  collection: unknown;
  mapping: ZonePropertyMapping;
  sourceDocument: string | null;
  sampleData: boolean;
  /** Make the safe repairs (and list them) instead of refusing what they would fix. */
  repair: boolean;
  actor: string;
}

export interface ZoneSetImportReport {
  accepted: boolean;
  setId: string | null;
  version: number | null;
  imported: number;
  problems: FeatureProblem[];
  repairs: FeatureRepair[];
  schoolCodesChecked: boolean;
  notes: string[];
}

/**
 * Drafts a zone set from a FeatureCollection; all-or-nothing, every refused feature named. School
 * codes are checked against the register when one is reachable; the report says when they were not.
 */
export async function importZoneSet(
  repository: CatchmentRepository,
  register: SchoolRegister | null,
  input: ZoneSetImport,
): Promise<ZoneSetImportReport> {
  const { zones, featureIndex, problems, repairs } = readZoneFeatures(input.collection, input.mapping, input.crs, { repair: input.repair });
  const names = new Map<string, number>();
  zones.forEach((zone, i) => {
    const index = featureIndex[i]!;
    const first = names.get(zone.name);
    if (first !== undefined) problems.push({ index, name: zone.name, reason: `zone name "${zone.name}" is also used by feature ${first}` });
    else names.set(zone.name, index);
  });
  const codes = await checkSchoolCodes(
    register,
    input.districtCode,
    zones.flatMap((zone) => [...zone.schoolIds, ...zone.feederSchoolIds]),
  );
  zones.forEach((zone, i) => {
    for (const code of [...zone.schoolIds, ...zone.feederSchoolIds].filter((c) => codes.unknown.has(c))) {
      problems.push({ index: featureIndex[i]!, name: zone.name, reason: `unknown school code ${code}: not in the school register` });
    }
  });
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const notes = codes.note ? [codes.note] : [];
  const rejected = { accepted: false, setId: null, version: null, imported: 0, problems, repairs, schoolCodesChecked: codes.checked, notes };
  if (problems.length) return rejected;
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
  return { ...rejected, accepted: true, setId: set.id, version: set.version, imported: zones.length };
}

/**
 * Publishes a drafted set. Refused, naming why: a set of another district (as if absent), one already
 * published, or one older than the version in force (publishing it would silently roll back).
 */
export async function publishZoneSet(repository: CatchmentRepository, setId: string, actor: string, districtCode: string): Promise<ZoneSet> {
  const set = await repository.findZoneSet(setId);
  if (!set || set.districtCode !== districtCode) {
    throw new AppError('NOT_FOUND', `No zone set ${setId} in district ${districtCode}.`, { path: 'setId' });
  }
  if (set.publishedAt) {
    throw new AppError('CONFLICT', `Zone set ${setId} (version ${set.version}) was already published on ${set.publishedAt.toISOString()}.`, {
      path: 'setId',
    });
  }
  const inForce = await repository.findPublishedVersion(set);
  if (inForce !== null && inForce > set.version) {
    throw new AppError('CONFLICT', `Version ${inForce} of this district, year and stage is in force; version ${set.version} is older. Import it again to publish it as a new version.`, {
      path: 'setId',
    });
  }
  await repository.publish(set, actor);
  return set;
}
