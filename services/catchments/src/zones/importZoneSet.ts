import type { Crs } from '@zsgk/geo';
import type { CatchmentRepository } from '../data/CatchmentRepository';
import { checkSchoolDistricts } from '../register/checkSchoolDistricts';
import type { SchoolRegister } from '../register/SchoolRegister';
import { checkWithinDistrict, type DistrictScope } from './checkWithinDistrict';
import { readZoneFeatures, type FeatureProblem, type FeatureRepair, type ZonePropertyMapping } from './readZoneFeatures';
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
 * Drafts a zone set from a FeatureCollection; all-or-nothing, every refused feature named. Then the
 * district scope: every zone within the district's published boundary (beyond the tolerance), and
 * every school code a school registered in the district (when a register is configured; the report
 * says when it is not). Scope violations are refused outright (FORBIDDEN / NOT_FOUND), naming them.
 */
export async function importZoneSet(
  repository: CatchmentRepository,
  register: SchoolRegister | null,
  input: ZoneSetImport,
  scope: DistrictScope,
): Promise<ZoneSetImportReport> {
  const { zones, featureIndex, problems, repairs } = readZoneFeatures(input.collection, input.mapping, input.crs, { repair: input.repair });
  const names = new Map<string, number>();
  zones.forEach((zone, i) => {
    const index = featureIndex[i]!;
    const first = names.get(zone.name);
    if (first !== undefined) problems.push({ index, name: zone.name, reason: `zone name "${zone.name}" is also used by feature ${first}` });
    else names.set(zone.name, index);
  });
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const rejected = { accepted: false, setId: null, version: null, imported: 0, problems, repairs, schoolCodesChecked: false, notes: [] as string[] };
  if (problems.length) return rejected;
  checkWithinDistrict(zones, input.districtCode, scope, 'input.content');
  const codes = await checkSchoolDistricts(register, input.districtCode, zones.flatMap((zone) => [...zone.schoolIds, ...zone.feederSchoolIds]), 'input.content');
  const notes = codes.note ? [codes.note] : [];
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
  return { ...rejected, accepted: true, setId: set.id, version: set.version, imported: zones.length, schoolCodesChecked: codes.checked, notes };
}
